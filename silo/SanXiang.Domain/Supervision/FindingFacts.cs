namespace SanXiang.Domain.Supervision;

/// <summary>
/// The facts the read model holds about one finding, as its model's query read them: the subject's title (a case's
/// title), a detail and an extra (a party, a document number, an officer's name, a certificate's status, a count), a day
/// (a due date, a certificate's last day) and a time (when a case was opened, a decision published).
/// </summary>
public sealed record FindingFacts(string Title, string? Detail, string? Extra, DateOnly? Day, DateTimeOffset? At);
