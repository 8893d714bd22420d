using SanXiang.Plugins;

namespace SanXiang.Domain.Officers;

/// <summary>What the certification rule needs to know about an officer and their certificate.</summary>
public sealed record OfficerFacts(
    string Name,
    string? CertificateNumber,
    IReadOnlyCollection<EnforcementCategory> Categories,
    string? Area,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    OfficerStanding Standing);
