namespace SanXiang.Web.Transparency;

/// <summary>A supervising department's witness alerts, newest first, with its name for the heading.</summary>
public sealed record DepartmentWitnessAlerts(string DepartmentId, string DepartmentName, IReadOnlyList<WitnessAlertView> Alerts);
