using GraphQL;
using SanXiang.Silo.Officers;

namespace SanXiang.Web.GraphQL.Schema.Officers;

/// <summary>A past validity of the certificate, replaced by the renewal (换证) of <c>renewedOn</c>; dates yyyy-MM-dd.</summary>
[Name("CertificateTerm")]
public sealed class CertificateTermNode(CertificateTerm term)
{
    public string ValidFrom => IsoDate.Format(term.ValidFrom);

    public string ValidTo => IsoDate.Format(term.ValidTo);

    public string RenewedOn => IsoDate.Format(term.RenewedOn);
}
