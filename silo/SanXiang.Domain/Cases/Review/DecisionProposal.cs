using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// The decision a case proposes (拟作出的处罚决定): the kinds of penalty, the fine and the value confiscated
/// (yuan), the legal basis, the facts, and whether the handler finds the case 疑难复杂 (行政处罚法 第五十八条第一款第三项).
/// A legal review names it by <see cref="Hash"/>, so a review of one proposal never passes another.
/// </summary>
public sealed record DecisionProposal(
    IReadOnlyList<PenaltyKind> Kinds,
    decimal Fine,
    decimal Confiscation,
    string LegalBasis,
    string FactsSummary,
    bool Complex)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Fine and confiscation together: catalogs set their amounts on the sum (罚没合计).</summary>
    [JsonIgnore]
    public decimal Amount => Fine + Confiscation;

    /// <summary><c>sm3:</c> and the SM3 of the canonical JSON (<see cref="CanonicalJson"/>), as <see cref="PinnedProcedure.Hash"/>.</summary>
    [JsonIgnore]
    public string Hash => "sm3:" + Convert.ToHexStringLower(Sm3.Hash(CanonicalJson.Canonicalize(JsonSerializer.Serialize(Canonical, Json))));

    // 50000 and 50000.00 are one amount, and the order the kinds were ticked in says nothing: neither may change the hash.
    private DecisionProposal Canonical => this with { Kinds = [.. Kinds.Distinct().Order()], Fine = Plain(Fine), Confiscation = Plain(Confiscation) };

    private static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;
}
