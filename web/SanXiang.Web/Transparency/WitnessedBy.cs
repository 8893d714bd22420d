namespace SanXiang.Web.Transparency;

/// <summary>A supervising department that witnessed (cosigned) an agency's checkpoint, and when.</summary>
public sealed record WitnessedBy(string DepartmentId, string DepartmentName, DateTimeOffset WitnessedAt);
