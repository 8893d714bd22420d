using GraphQL;
using SanXiang.Domain.Officers;
using SanXiang.Silo.Officers;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Officers;

/// <summary>An officer (执法人员) with the fields of the 执法人员清单 and their certificate's standing.</summary>
[Name("Officer")]
public sealed class OfficerNode(Officer officer)
{
    [Id]
    public string Id => officer.Id;

    public string Name => officer.Name;

    public string Unit => officer.Unit;

    public string? Position => officer.Position;

    public string CertificateNumber => officer.CertificateNumber;

    /// <summary>Enforcement categories by name: Licensing, Penalty, Coercion, Inspection, Expropriation, Fee, Filing, Benefit.</summary>
    public IEnumerable<string> Categories => officer.Categories.Select(c => c.ToString());

    /// <summary>The categories in Chinese (行政处罚 …), as the public list shows them.</summary>
    public IEnumerable<string> CategoryNames => officer.Categories.Select(EnforcementCategoryNames.Chinese);

    public string? Area => officer.Area;

    public string ValidFrom => IsoDate.Format(officer.ValidFrom);

    public string ValidTo => IsoDate.Format(officer.ValidTo);

    public OfficerStatus Status => officer.Status;

    public bool IsReviewer => officer.IsReviewer;

    public bool HasLegalQualification => officer.HasLegalQualification;

    /// <summary>Set when <c>status</c> is Inactive (停用).</summary>
    public OfficerDeactivationNode? Deactivation => officer.Deactivation is { } d ? new OfficerDeactivationNode(d) : null;

    /// <summary>The validities earlier renewals replaced, oldest first.</summary>
    public IEnumerable<CertificateTermNode> PastTerms => officer.PastTerms.Select(t => new CertificateTermNode(t));
}
