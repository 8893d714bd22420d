using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Integrity;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Transparency;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Transparency;

[Collection(GraphQLCollection.Name)]
public sealed class PublicTransparencyShould(GraphQLAppFactory factory)
{
    [Fact]
    public async Task ServeTheSignedCheckpointAndItsKeyWithoutSignIn()
    {
        using var anonymous = factory.CreateClient();
        using var before = await anonymous.GetAsync(new Uri("/public/gengma-yjj/checkpoint", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Contains("尚未发布签名检查点", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await AppendAsync("gengma-yjj", $"pub-{Guid.NewGuid():N}", 4);
        var signed = await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITransparencyLogGrain>("gengma-yjj").CheckpointAsync();
        using var note = await anonymous.GetAsync(new Uri("/public/gengma-yjj/checkpoint", UriKind.Relative));
        var key = Sm2PublicKey.FromPem(await anonymous.GetStringAsync(new Uri("/public/gengma-yjj/checkpoint/key", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        Assert.Equal("text/plain", note.Content.Headers.ContentType!.MediaType);
        var text = await note.Content.ReadAsStringAsync();
        Assert.StartsWith("sanxiang/gengma-yjj\n", text, StringComparison.Ordinal);
        Assert.True(CheckpointNote.TryOpen(text, key, out var checkpoint));
        Assert.Equal(signed.TreeSize, checkpoint!.TreeSize);
    }

    [Fact]
    public async Task ProveAnEventIsInTheTreeTheLatestCheckpointSigned()
    {
        var caseId = $"pub-{Guid.NewGuid():N}";
        await AppendAsync("xintian-scjg", caseId, 5);
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITransparencyLogGrain>("xintian-scjg").CheckpointAsync();
        using var anonymous = factory.CreateClient();

        var proof = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"/public/xintian-scjg/proof?case={caseId}&seq=3", UriKind.Relative)))!;
        var note = await anonymous.GetStringAsync(new Uri("/public/xintian-scjg/checkpoint", UriKind.Relative));
        var key = Sm2PublicKey.FromPem(await anonymous.GetStringAsync(new Uri("/public/xintian-scjg/checkpoint/key", UriKind.Relative)));

        Assert.True(CheckpointNote.TryOpen(note, key, out var checkpoint));
        Assert.Equal(checkpoint!.TreeSize, proof["treeSize"]!.GetValue<long>());
        Assert.Equal(Convert.ToHexStringLower(checkpoint.RootHash), proof["root"]!.GetValue<string>());
        var stored = await factory.Services.GetRequiredService<CaseEventStore>().ReadAsync("xintian-scjg", caseId).ToListAsync();
        Assert.Equal(Convert.ToHexStringLower(stored[2].Hash), proof["hash"]!.GetValue<string>());
        var path = proof["auditPath"]!.AsArray().Select(n => Convert.FromHexString(n!.GetValue<string>())).ToList();
        Assert.True(MerkleTree.VerifyInclusion(
            ChainHashAlgorithm.Sm3, proof["index"]!.GetValue<long>(), checkpoint.TreeSize, MerkleTree.HashLeaf(ChainHashAlgorithm.Sm3, stored[2].Hash), path, checkpoint.RootHash));
    }

    [Theory]
    [InlineData("/public/no-such-agency/checkpoint", HttpStatusCode.NotFound, "未找到机关")]
    [InlineData("/public/xuchang/proof?case=x", HttpStatusCode.BadRequest, "seq")]
    [InlineData("/public/xuchang/proof?seq=1", HttpStatusCode.BadRequest, "case")]
    [InlineData("/public/xintian-scjg/proof?case=no-such-case&seq=1", HttpStatusCode.NotFound, "没有可以证明的事件")]
    public async Task RefuseWithAReasonInChinese(string path, HttpStatusCode status, string reason)
    {
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task AppendAsync(string tenant, string caseId, int count)
    {
        var events = Enumerable.Range(1, count)
            .Select(i => new NewCaseEvent("step.completed", $$"""{"stepId":"step-{{i}}"}""", "officer-0001", DateTimeOffset.UtcNow))
            .ToList();
        var result = await factory.Services.GetRequiredService<CaseEventStore>().AppendAsync(tenant, caseId, 0, events);
        Assert.True(result.Succeeded);
    }
}
