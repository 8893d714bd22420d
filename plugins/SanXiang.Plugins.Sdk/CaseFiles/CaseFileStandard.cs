namespace SanXiang.Plugins;

/// <summary>案卷标准: the document kinds an archived case of a category must contain, in filing order; optional ones only when their step took place.</summary>
public sealed record CaseFileStandard(
    EnforcementCategory Category,
    IReadOnlyList<CaseFileItem> Items);
