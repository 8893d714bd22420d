namespace SanXiang.Web.Components.Data;

public enum AgencyViewStatus
{
    Found,
    NotFound,
    Forbidden,
}
