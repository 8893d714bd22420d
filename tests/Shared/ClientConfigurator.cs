using Microsoft.Extensions.Configuration;
using Orleans.Serialization;
using Orleans.TestingHost;
using SanXiang.Silo.Serialization;

namespace SanXiang.Tests.Shared;

/// <summary>A test cluster's client carries the Domain's records as the web host's client does (linked into each test project with a TestCluster).</summary>
public sealed class ClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.Services.AddSerializer(serializer => serializer.AddSanXiangTypes());
}
