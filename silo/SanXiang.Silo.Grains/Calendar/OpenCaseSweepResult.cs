namespace SanXiang.Silo.Grains.Calendar;

/// <summary>What a sweep did: tenants walked, cases recomputed, cases that failed and the first failure.</summary>
public sealed record OpenCaseSweepResult(int Tenants, int Cases, int Failed, string? Problem);
