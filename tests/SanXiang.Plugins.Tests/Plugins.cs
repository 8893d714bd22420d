using System.Reflection;

namespace SanXiang.Plugins.Tests;

/// <summary>The four plugins, found the way the host finds them: through the assembly attribute.</summary>
internal static class Plugins
{
    public static readonly Assembly[] Assemblies =
    [
        typeof(Judicial.JudicialPlugin).Assembly,
        typeof(CivilDefense.CivilDefensePlugin).Assembly,
        typeof(MarketRegulation.MarketRegulationPlugin).Assembly,
        typeof(EmergencyManagement.EmergencyManagementPlugin).Assembly,
    ];

    private static readonly Dictionary<string, ISectorPlugin> ById = Assemblies
        .Select(a => (ISectorPlugin)Activator.CreateInstance(a.GetCustomAttribute<SectorPluginAttribute>()!.PluginType)!)
        .ToDictionary(p => p.Sector.Id);

    public static IReadOnlyList<string> SectorIds => [.. ById.Keys];

    public static TheoryData<string> Ids => new(ById.Keys);

    public static TheoryData<string, string> Templates
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var plugin in ById.Values)
            {
                foreach (var template in plugin.DocumentTemplates)
                {
                    data.Add(plugin.Sector.Id, template.Kind);
                }
            }

            return data;
        }
    }

    public static ISectorPlugin Get(string id) => ById[id];

    public static Dictionary<string, object?> Samples(DocumentTemplate template) =>
        template.Fields.ToDictionary(f => f.Name, f => (object?)f.Sample);
}
