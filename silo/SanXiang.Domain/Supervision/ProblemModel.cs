namespace SanXiang.Domain.Supervision;

/// <summary>
/// A problem model (监督线索模型, DOMAIN.md §10): a named check over live data that yields findings. <see cref="Id"/> is
/// stable (a finding's id and an agency's switch cite it), <see cref="Name"/> what the console shows, <see cref="Basis"/>
/// the rule the check enforces, and <see cref="Subject"/> what each finding points at.
/// </summary>
public sealed record ProblemModel(string Id, string Name, string Basis, FindingSubject Subject);
