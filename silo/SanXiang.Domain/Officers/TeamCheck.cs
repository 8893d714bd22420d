namespace SanXiang.Domain.Officers;

/// <summary>The outcome of <see cref="EnforcementTeam.Check"/>: enough officers, or why not (in Chinese).</summary>
public sealed record TeamCheck(bool Enough, int Required, int Certified, string? Reason);
