namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// What <c>plan.json</c> says about the task ledger: its file and how many rows and task groups it
/// has, so that a lost or doubled row is caught (Xuchang's ledger: 43 rows in 21 groups).
/// </summary>
internal sealed record LedgerDeclaration(string File, int Rows, int Groups, JsonCursor Json);
