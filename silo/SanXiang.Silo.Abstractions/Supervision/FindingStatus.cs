namespace SanXiang.Silo.Supervision;

/// <summary>Which findings a list shows: those still open (the default), those a supervisor dismissed, those turned into rectification tasks, or all.</summary>
public enum FindingStatus
{
    Open,
    Dismissed,
    All,
    Converted,
}
