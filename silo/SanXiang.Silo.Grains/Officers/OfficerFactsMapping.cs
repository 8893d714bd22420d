using SanXiang.Domain.Errors;
using SanXiang.Domain.Officers;
using SanXiang.Domain.Text;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Officers;

internal static class OfficerFactsMapping
{
    public static IReadOnlyList<string> Problems(this Officer officer) => [.. officer.FieldProblems().Select(p => p.Message)];

    public static IReadOnlyList<FieldProblem> FieldProblems(this Officer officer) =>
        OfficerValidation.FieldProblems(officer.Name, officer.Unit, officer.CertificateNumber, officer.Categories, officer.ValidFrom, officer.ValidTo, officer.Position, officer.Area);

    /// <summary>
    /// Normalises the text fields as <see cref="TextInput"/> does (a value it refuses stays as typed,
    /// trimmed, for <see cref="Problems"/> to report) and keys the officer by the normalised certificate number.
    /// </summary>
    public static Officer Normalised(this Officer officer)
    {
        var certificate = Text(TextFields.CertificateNumber, officer.CertificateNumber) ?? string.Empty;
        return officer with
        {
            Id = OfficerId.FromCertificate(certificate),
            Name = Text(TextFields.OfficerName, officer.Name) ?? string.Empty,
            Unit = Text(TextFields.OfficerUnit, officer.Unit) ?? string.Empty,
            Position = Optional(Text(TextFields.OfficerPosition, officer.Position)),
            CertificateNumber = certificate,
            Categories = [.. (officer.Categories ?? []).Distinct()],
            Area = Optional(Text(TextFields.OfficerArea, officer.Area)),
        };
    }

    private static string? Text(TextField field, string? text) =>
        TextInput.Check(field, text) is { IsAccepted: true } accepted ? accepted.Text : text?.Trim();

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
