namespace SanXiang.Silo.Host.Catalog;

/// <summary>Collects every error of every file, so that one start-up attempt reports them all.</summary>
internal sealed class CatalogProblems
{
    private readonly List<CatalogError> errors = [];
    private readonly List<CatalogError> warnings = [];

    public IReadOnlyList<CatalogError> Errors => errors;

    public IReadOnlyList<CatalogError> Warnings => warnings;

    public bool Any => errors.Count > 0;

    /// <summary>
    /// Agency ids written in the files, also in those with errors, so that one bad file does not
    /// make it look as if its children's parent were missing.
    /// </summary>
    public HashSet<string> SeenIds { get; } = new(StringComparer.Ordinal);

    public void Add(string file, int line, string message) => errors.Add(new CatalogError(file, line, message));

    public void Warn(string file, int line, string message) => warnings.Add(new CatalogError(file, line, message));
}
