using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>An agency as read from one file, with the JSON it came from for cross-file checks.</summary>
internal sealed record AgencyDraft(Agency Agency, JsonCursor Json)
{
    public AgencyProfile Profile => Agency.Profile;

    public void Report(string field, string message) => Json.Field(field).Report(message);
}
