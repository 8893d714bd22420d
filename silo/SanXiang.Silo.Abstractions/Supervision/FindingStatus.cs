namespace SanXiang.Silo.Supervision;

/// <summary>Which findings a list shows: those still open (the default), those a supervisor dismissed, or both.</summary>
public enum FindingStatus
{
    Open,
    Dismissed,
    All,
}
