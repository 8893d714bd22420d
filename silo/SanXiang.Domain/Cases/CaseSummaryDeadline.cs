namespace SanXiang.Domain.Cases;

/// <summary>An open dated deadline of a case: its due date and its description.</summary>
public sealed record CaseSummaryDeadline(
    DateOnly Due,
    string Text);
