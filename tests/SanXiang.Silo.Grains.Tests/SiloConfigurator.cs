using Orleans.TestingHost;

namespace SanXiang.Silo.Grains.Tests;

public sealed class SiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) =>
        siloBuilder.AddMemoryGrainStorage(Names.Storage).UseInMemoryReminderService().AddSanXiangGrains().AddDocumentsForTests().AddCasesForTests();
}
