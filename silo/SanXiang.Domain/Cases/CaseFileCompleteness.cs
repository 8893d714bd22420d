namespace SanXiang.Domain.Cases;

/// <summary>The case against its sector's 案卷标准: every listed document kind and whether it was issued.</summary>
public sealed record CaseFileCompleteness(
    IReadOnlyList<CaseFileItemView> Items,
    bool Complete);
