namespace SanXiang.Web.Officers;

/// <summary>How many officers an import wrote (all rows, or none) and, when none, every row's problems.</summary>
public sealed record OfficerImportResult(int Imported, IReadOnlyList<ImportError> Errors);
