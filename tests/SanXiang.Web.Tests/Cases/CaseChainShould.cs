namespace SanXiang.Web.Tests.Cases;

[Collection(CasesCollection.Name)]
public sealed class CaseChainShould(CasesAppFactory factory)
{
    [Fact]
    public Task ReportTheFirstEventWhosePayloadWasChangedInSqlite() => CaseChain.DetectAChangedPayloadByteAsync(factory);
}
