namespace SanXiang.Web.Portal;

public enum FlowchartLineKind
{
    Name,
    Optional,
    Deadline,
}
