namespace SanXiang.Silo.Host.Catalog;

/// <summary>Collects every error of every file, so that one start-up attempt reports them all.</summary>
internal sealed class CatalogProblems
{
    private readonly List<CatalogError> errors = [];
    private readonly List<CatalogError> warnings = [];

    public IReadOnlyList<CatalogError> Errors => errors;

    public IReadOnlyList<CatalogError> Warnings => warnings;

    public bool Any => errors.Count > 0;

    public void Add(string file, int line, string message) => errors.Add(new CatalogError(file, line, message));

    public void Warn(string file, int line, string message) => warnings.Add(new CatalogError(file, line, message));
}
