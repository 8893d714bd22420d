using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Integrity;
using SanXiang.Plugins;

namespace SanXiang.Domain.Disclosures;

/// <summary>
/// A decision as the public reads it: already masked (<see cref="Masking.MaskingPipeline"/>). The record the staff
/// member was shown is named by its <see cref="Hash"/>, and publishing refuses a record whose hash is not the one
/// shown, so what goes out is exactly what was read. <paramref name="PartyCode"/> only for an organisation.
/// </summary>
public sealed record PublishedDecision(
    string AgencyName,
    string DocumentNumber,
    string PartyName,
    PartyKind PartyKind,
    string? PartyCode,
    EnforcementCategory Category,
    string Conclusion,
    string Basis,
    string Facts,
    DateOnly DecidedOn)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary><c>sm3:</c> and the SM3 of the record's canonical JSON, as <see cref="Cases.Review.DecisionProposal.Hash"/>.</summary>
    [JsonIgnore]
    public string Hash => "sm3:" + Convert.ToHexStringLower(Sm3.Hash(CanonicalJson.Canonicalize(JsonSerializer.Serialize(this, Json))));
}
