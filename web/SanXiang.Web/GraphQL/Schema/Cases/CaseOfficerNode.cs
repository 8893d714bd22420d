using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>An officer named on a case or step, as the roster knew them then.</summary>
[Name("CaseOfficer")]
public sealed class CaseOfficerNode(CaseOfficer officer)
{
    [Id]
    public string Id => officer.Id;

    public string Name => officer.Name;

    public string CertificateNumber => officer.CertificateNumber;
}
