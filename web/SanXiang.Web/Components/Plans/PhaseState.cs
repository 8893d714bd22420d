namespace SanXiang.Web.Components.Plans;

public enum PhaseState
{
    Past,
    Current,
    Future,
}
