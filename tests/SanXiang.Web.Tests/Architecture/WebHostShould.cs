namespace SanXiang.Web.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md "Requests": the web host reaches the silo only through grain interfaces, so it works
/// as a pure client of a cluster. It references the silo host for the co-hosted default, so the project
/// graph cannot say this; the compiled code can.
/// </summary>
public sealed class WebHostShould
{
    // The case-file export still reads the event log from the web process; it is moving into a grain
    // (issue 9, item 5), after which this list is empty.
    private static readonly HashSet<string> CaseFileExport =
    [
        "SanXiang.Silo.Grains.CaseFiles.CaseFileExporter",
        "SanXiang.Silo.Grains.EventLog.CaseEventStore",
        "SanXiang.Silo.Grains.EventLog.TenantMerkleLog",
    ];

    [Fact]
    public void NameNoGrainCodeButTheCaseFileExportOnItsWayIntoAGrain()
    {
        var named = GrainCodeReferences.In(typeof(Program).Assembly);

        Assert.Empty(named.Except(CaseFileExport));
    }
}
