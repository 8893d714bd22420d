using PublicApiGenerator;
using SanXiang.Plugins;

namespace SanXiang.Plugins.Sdk.Tests;

/// <summary>
/// Plugins built against one SDK must keep loading into hosts built with the next: any change to the
/// SDK's public surface must be deliberate. When this fails, review the difference; if it is
/// intended, copy SanXiang.Plugins.Sdk.received.txt over SanXiang.Plugins.Sdk.approved.txt and say in
/// PLUGINS.md which plugin versions it affects.
/// </summary>
public sealed class PublicApiShould
{
    [Fact]
    public void MatchTheApprovedSurface()
    {
        var sdk = typeof(ISectorPlugin).Assembly;
        var actual = Normalize(sdk.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Orleans' generated codecs (namespace OrleansCodeGen…) are public by necessity but not part of the contract.
            IncludeTypes = [.. sdk.GetExportedTypes().Where(t => t.Namespace?.StartsWith("SanXiang.", StringComparison.Ordinal) == true)],
            ExcludeAttributes = ["Orleans.ApplicationPartAttribute", "Orleans.Serialization.Configuration.TypeManifestProviderAttribute"],
        }).Split('\n'));
        var approved = Normalize(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "SanXiang.Plugins.Sdk.approved.txt")));

        if (actual != approved)
        {
            var received = Path.Combine(AppContext.BaseDirectory, "SanXiang.Plugins.Sdk.received.txt");
            File.WriteAllText(received, actual);
            Assert.Fail($"The SDK's public surface changed. Review with: diff tests/SanXiang.Plugins.Sdk.Tests/SanXiang.Plugins.Sdk.approved.txt {received}");
        }
    }

    private static string Normalize(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(l => l.TrimEnd('\r'))).Trim() + "\n";
}
