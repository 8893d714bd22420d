namespace SanXiang.Web.Tests.Cases;

/// <summary>The same on PostgreSQL, whose trigger the table owner can disable (needs SANXIANG_TEST_POSTGRES; ./test.sh sets it).</summary>
public sealed class PostgresCaseChainShould(PostgresCasesAppFactory factory) : IClassFixture<PostgresCasesAppFactory>
{
    [PostgresFact]
    public Task ReportTheFirstEventWhosePayloadWasChangedInPostgres() => CaseChain.DetectAChangedPayloadByteAsync(factory);
}
