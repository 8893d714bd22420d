using GraphQL;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Transparency;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Transparency;

/// <summary>A checkpoint the department refused to witness: the agency, the size it cosigned before and the size claimed now, why, and the sentence.</summary>
[Name("WitnessAlert")]
public sealed class WitnessAlertNode(WitnessAlertView alert)
{
    [Id]
    public string Id => alert.Id;

    [Id]
    public string AgencyId => alert.AgencyId;

    public string AgencyName => alert.AgencyName;

    /// <summary>SIGNATURE_INVALID, SIZE_WENT_BACKWARDS, ROOT_CHANGED or PROOF_INVALID.</summary>
    public string Reason => alert.Outcome switch
    {
        WitnessOutcome.SignatureInvalid => "SIGNATURE_INVALID",
        WitnessOutcome.SizeWentBackwards => "SIZE_WENT_BACKWARDS",
        WitnessOutcome.RootChanged => "ROOT_CHANGED",
        _ => "PROOF_INVALID",
    };

    /// <summary>The log's size the department cosigned before (0 if never).</summary>
    public int OldSize => checked((int)alert.OldSize);

    /// <summary>The size the refused checkpoint claimed.</summary>
    public int NewSize => checked((int)alert.NewSize);

    public string RaisedAt => IsoTime.Format(alert.RaisedAt);

    public string Message => alert.Message;
}
