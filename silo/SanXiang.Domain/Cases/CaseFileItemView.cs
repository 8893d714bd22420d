namespace SanXiang.Domain.Cases;

public sealed record CaseFileItemView(
    string Kind,
    string Name,
    bool Required,
    bool Present);
