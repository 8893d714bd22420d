namespace SanXiang.Web.Components.Data;

/// <summary>What the signed-in user is to an agency, for the 监督线索 panel.</summary>
public sealed record FindingViewer(bool IsHead, bool CanDismiss);
