using System.Net;
using SanXiang.Silo.Officers;
using SanXiang.Web.Portal;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Portal;

/// <summary>The public portal's pages, asked for without signing in, as a phone's browser asks (Accept: text/html).</summary>
[Collection(GraphQLCollection.Name)]
public sealed class PortalPagesShould(GraphQLAppFactory factory)
{
    private static readonly DateOnly Far = new(2099, 12, 31);

    [Fact]
    public async Task ListTheAgenciesByRegionWithLinksToTheirPages()
    {
        var response = await GetAsync("/gs");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2>湖南省</h2>", Decoded(html), StringComparison.Ordinal);
        Assert.Contains("href=\"/gs/xintian-scjg\"", html, StringComparison.Ordinal);
        Assert.Contains("新田县市场监督管理局", Decoded(html), StringComparison.Ordinal);
        Assert.DoesNotContain("/login", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterTheDirectoryByProvinceAndSector()
    {
        var html = Decoded(await (await GetAsync("/gs?province=430000&sector=market-regulation")).Content.ReadAsStringAsync());

        Assert.Contains("新田县市场监督管理局", html, StringComparison.Ordinal);
        Assert.DoesNotContain("新田县司法局</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>河南省</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetCachesKeepAPageWithoutACookie()
    {
        foreach (var path in new[] { "/gs", "/gs/xintian-scjg", "/gs/no-such-agency" })
        {
            var response = await GetAsync(path);

            Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets a cookie");
        }
    }

    [Fact]
    public async Task ShowTheAgencysListsAndSayWhichAreNotPublished()
    {
        var certificate = await PortalOfficers.AddAsync(factory, "周公示", Far);

        var html = Decoded(await (await GetAsync("/gs/xintian-scjg")).Content.ReadAsStringAsync());

        Assert.Contains("执法主体", html, StringComparison.Ordinal);
        Assert.Contains("新田县司法局", html, StringComparison.Ordinal);
        Assert.Contains(certificate, html, StringComparison.Ordinal);
        Assert.Contains("周公示", html, StringComparison.Ordinal);
        Assert.Contains("重大执法决定法制审核目录清单", html, StringComparison.Ordinal);
        foreach (var list in new[] { "权责清单", "随机抽查事项清单", "服务指南", "裁量基准" })
        {
            Assert.Contains($"<dt>{list}</dt><dd>本机关尚未公示</dd>", html, StringComparison.Ordinal);
        }

        // The test host loads fixture plugins only: no market-regulation plugin, so no procedures to draw, and the page says so.
        var flowcharts = html[html.IndexOf("id=\"flowcharts\"", StringComparison.Ordinal)..html.IndexOf("id=\"av-items\"", StringComparison.Ordinal)];
        Assert.Contains("本机关尚未公示", flowcharts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowEachCertificatesStatusAsTheRuleDecidesIt()
    {
        var valid = await PortalOfficers.AddAsync(factory, "吴有效", Far);
        var expired = await PortalOfficers.AddAsync(factory, "郑过期", new DateOnly(2021, 12, 31));
        var revoked = await PortalOfficers.AddAsync(factory, "王吊销", Far, OfficerStatus.Revoked);
        var suspended = await PortalOfficers.AddAsync(factory, "冯暂扣", Far, OfficerStatus.Suspended);

        Assert.Equal("Valid", await StatusAsync(valid));
        Assert.Equal("Expired", await StatusAsync(expired));
        Assert.Equal("Revoked", await StatusAsync(revoked));
        Assert.Equal("Suspended", await StatusAsync(suspended));
        var page = Decoded(await (await GetAsync(PortalUrls.Officer(PortalOfficers.Tenant, expired))).Content.ReadAsStringAsync());
        Assert.Contains("已过期", page, StringComparison.Ordinal);
        Assert.Contains("2020-01-01 至 2021-12-31", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrawTheQrCodeFromTheOfficersOwnAbsoluteAddress()
    {
        var certificate = await PortalOfficers.AddAsync(factory, "陈扫码", Far);

        var html = await (await GetAsync($"/gs/xintian-scjg/officers/{certificate.ToLowerInvariant()}")).Content.ReadAsStringAsync();

        var expected = new Uri($"http://localhost/gs/xintian-scjg/officers/{certificate}");
        Assert.Contains($"data-url=\"{expected}\"", html, StringComparison.Ordinal);
        Assert.Contains(OfficerQrCode.Svg(expected), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAnOfficerByCertificateOrNameInTheAgencyAndAcrossAgencies()
    {
        var certificate = await PortalOfficers.AddAsync(factory, "褚查询", Far);

        var byCertificate = Decoded(await (await GetAsync($"/gs/xintian-scjg?officer={certificate}")).Content.ReadAsStringAsync());
        var byName = Decoded(await (await GetAsync("/gs?officer=" + Uri.EscapeDataString("褚查"))).Content.ReadAsStringAsync());
        var nobody = Decoded(await (await GetAsync("/gs?officer=" + Uri.EscapeDataString("查无此人"))).Content.ReadAsStringAsync());

        Assert.Contains($"href=\"/gs/xintian-scjg/officers/{certificate}\"", byCertificate, StringComparison.Ordinal);
        Assert.Contains("新田县市场监督管理局 · 综合执法大队", byName, StringComparison.Ordinal);
        Assert.Contains("没有找到证件编号或姓名为“查无此人”的执法人员", nobody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAnUnknownAgencyAndAnUnknownCertificateAlike()
    {
        var certificate = await PortalOfficers.AddAsync(factory, "卫存在", Far);
        string[] unknown = ["/gs/no-such-agency", "/gs/no-such-agency/officers/" + certificate, "/gs/xintian-scjg/officers/NO-SUCH-CERT", "/gs/platform", "/gs/no-such-agency/decisions"];

        var answers = new List<(HttpStatusCode Status, string? CacheControl, string Body)>();
        foreach (var path in unknown)
        {
            var response = await GetAsync(path);
            answers.Add((response.StatusCode, response.Headers.CacheControl?.ToString(), await response.Content.ReadAsStringAsync()));
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.NotFound, "public, max-age=60", answers[0].Body), a));
        Assert.Contains("未找到公示信息", answers[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("no-such", answers[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("新田县", Decoded(answers[0].Body), StringComparison.Ordinal);
    }

    private async Task<string?> StatusAsync(string certificate)
    {
        var html = await (await GetAsync(PortalUrls.Officer(PortalOfficers.Tenant, certificate))).Content.ReadAsStringAsync();
        var at = html.IndexOf("data-status=\"", StringComparison.Ordinal);
        return at < 0 ? null : html[(at + 13)..html.IndexOf('"', at + 13)];
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request);
    }

    private static string Decoded(string html) => WebUtility.HtmlDecode(html);
}
