namespace SanXiang.Domain.Supervision;

/// <summary>
/// A finding's stable id: its model, its agency and its subject (<c>case-past-90-days/{tenant}/{case}</c>). The same facts
/// always give the same id, so a dismissal or a rectification that cites it keeps meaning the same finding.
/// </summary>
public static class FindingIds
{
    public static string Of(string modelId, string tenantId, string subject) => $"{modelId}/{tenantId}/{subject}";

    /// <summary>The model, agency and subject of an id; null for text that is not one.</summary>
    public static (string ModelId, string TenantId, string Subject)? Parse(string? id)
    {
        var parts = (id ?? "").Split('/', 3);
        return parts.Length == 3 && parts.All(p => p.Length > 0) ? (parts[0], parts[1], parts[2]) : null;
    }
}
