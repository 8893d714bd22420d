namespace SanXiang.Silo.Officers;

/// <summary>A past validity of an officer's certificate, replaced by a renewal (换证) on <see cref="RenewedOn"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record CertificateTerm(
    [property: Id(0)] DateOnly ValidFrom,
    [property: Id(1)] DateOnly ValidTo,
    [property: Id(2)] DateOnly RenewedOn);
