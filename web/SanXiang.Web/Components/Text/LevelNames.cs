using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Components.Text;

public static class LevelNames
{
    public static string Chinese(AgencyLevel level) => level switch
    {
        AgencyLevel.Province => "省",
        AgencyLevel.City => "市",
        AgencyLevel.County => "县",
        AgencyLevel.Township => "乡镇",
        _ => level.ToString(),
    };
}
