namespace SanXiang.Silo.Grains.Agencies.ReadModel;

/// <summary>One row of the ancestor closure: <see cref="Ancestor"/> supervises <see cref="Descendant"/>, <see cref="Depth"/> levels up (0: itself).</summary>
internal readonly record struct ClosureRow(string Ancestor, string Descendant, int Depth);
