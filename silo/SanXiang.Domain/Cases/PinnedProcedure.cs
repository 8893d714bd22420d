using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SanXiang.Domain.Integrity;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <summary>
/// The procedure a case was opened under, as its sector plugin stated it then: the category's steps (and
/// 简易程序), the category's 案卷标准 and the names of the sector's documents. The case's opening event names it
/// by <see cref="Hash"/>, so an upgraded plugin changes new cases only and a renamed step cannot vanish from an
/// open one; the text is kept beside the log (content-addressed, never changed) for as long as the case is.
/// </summary>
public sealed record PinnedProcedure(
    string SectorId,
    string SectorVersion,
    Procedure Procedure,
    CaseFileStandard? Standard,
    IReadOnlyDictionary<string, string> DocumentNames)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The plugin's procedure for <paramref name="category"/> as it is now, or null when the sector has none.</summary>
    public static PinnedProcedure? From(ISectorPlugin plugin, EnforcementCategory category)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        var procedure = plugin.Procedures.FirstOrDefault(p => p.Category == category);
        if (procedure is null)
        {
            return null;
        }

        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in plugin.DocumentTemplates)
        {
            names.TryAdd(template.Kind, template.Name);
        }

        return new PinnedProcedure(plugin.Sector.Id, plugin.Sector.Version, procedure, plugin.CaseFileStandards.FirstOrDefault(s => s.Category == category), names);
    }

    public static PinnedProcedure FromJson(string json) =>
        JsonSerializer.Deserialize<PinnedProcedure>(json, Json) ?? throw new InvalidDataException("程序版本的内容为空。");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary><c>sm3:</c> and the SM3 of the canonical JSON (<see cref="CanonicalJson"/>): the same procedure always names itself alike.</summary>
    [JsonIgnore]
    public string Hash => "sm3:" + Convert.ToHexStringLower(Sm3.Hash(CanonicalJson.Canonicalize(ToJson())));
}
