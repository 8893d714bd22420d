namespace SanXiang.Plugins;

public sealed record CaseFileItem(
    string DocumentKind,
    bool Required);
