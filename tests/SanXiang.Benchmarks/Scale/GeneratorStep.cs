namespace SanXiang.Benchmarks.Scale;

/// <summary>One step of the generator and how long it took, for the report.</summary>
internal sealed record GeneratorStep(string Name, int Rows, TimeSpan Elapsed);
