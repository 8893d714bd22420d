namespace SanXiang.Web.Officers;

/// <summary>What a file held: the rows that parsed and every problem found. Import only when <see cref="Errors"/> is empty.</summary>
public sealed record OfficerSheet(IReadOnlyList<OfficerRow> Rows, IReadOnlyList<ImportError> Errors)
{
    public static OfficerSheet Failed(string message) => new([], [new ImportError(0, message)]);
}
