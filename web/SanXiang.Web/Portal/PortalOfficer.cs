using SanXiang.Domain.Officers;
using SanXiang.Silo.Officers;

namespace SanXiang.Web.Portal;

/// <summary>A published officer with the certificate's status today, as the certification rule decides it (<see cref="OfficerCertification.StatusOn"/>).</summary>
public sealed record PortalOfficer(PublishedOfficer Officer, CertificateStatus Status);
