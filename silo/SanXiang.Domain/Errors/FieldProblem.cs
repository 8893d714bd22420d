namespace SanXiang.Domain.Errors;

/// <summary>What is wrong with one field of a command (<paramref name="Field"/> as the API names it), in Chinese.</summary>
public sealed record FieldProblem(string Field, string Message);
