using SanXiang.Plugins;

namespace SanXiang.Web.Officers;

/// <summary>One valid data row of an officer file; <see cref="Row"/> is its row number in the file (the header is row 1).</summary>
public sealed record OfficerRow(
    int Row,
    string Name,
    string Unit,
    string? Position,
    string CertificateNumber,
    IReadOnlyList<EnforcementCategory> Categories,
    string? Area,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    bool IsReviewer,
    bool HasLegalQualification);
