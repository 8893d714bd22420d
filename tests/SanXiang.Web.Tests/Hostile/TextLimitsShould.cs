using System.Net;
using SanXiang.Domain.Text;
using SanXiang.Tests.Shared;
using SanXiang.Web.GraphQL;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// Issue 12 item 7 (and 16's certificate numbers): a 10 MB case title, megabyte parties, NUL, ESC
/// and right-to-left overrides were accepted, and 40 aliases of one large field answered 419 MB.
/// </summary>
[Trait("Suite", "Hostile")]
[Collection(HostileCollection.Name)]
public sealed class TextLimitsShould(HostileAppFactory factory)
{
    private const string OpenCase = """
        mutation($t: ID!, $title: String!, $party: String!, $idCode: String) {
          openCase(input: { tenantId: $t, title: $title, category: PENALTY, party: { name: $party, kind: ORGANISATION, idCode: $idCode }, officerIds: ["A1", "A2"] }) { id }
        }
        """;

    private const string AddOfficer = """
        mutation($name: String!, $certificate: String!) {
          addOfficer(input: { tenantId: "shanxi-rfb", name: $name, unit: "山西省人民防空办公室", certificateNumber: $certificate,
                              categories: ["行政处罚"], validFrom: "2026-01-01", validTo: "2028-12-31",
                              isReviewer: false, hasLegalQualification: false }) { certificateNumber name }
        }
        """;

    [Fact]
    public async Task RefuseACaseTitleLongerThanAnyTitle()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "gengma-yjj.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync(OpenCase, new { t = "gengma-yjj", title = new string('案', TextFields.CaseTitle.MaxLength + 1), party = "某某公司" });

        Assert.Equal(["TEXT_TOO_LONG"], response.Codes);
        Assert.Equal("案由最多 200 个字符，现有 201 个。", response.FirstMessage);
    }

    [Theory]
    [InlineData("某某\u0000公司", "U+0000")]
    [InlineData("某某\u001b[2J公司", "U+001B")]
    [InlineData("某某\u202e司公", "U+202E")]
    public async Task RefuseControlAndDirectionCharactersInAParty(string party, string named)
    {
        var client = await GraphQLClient.SignedInAsync(factory, "gengma-yjj.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync(OpenCase, new { t = "gengma-yjj", title = "未按规定设置安全警示标志", party });

        Assert.Equal(["TEXT_INVALID"], response.Codes);
        Assert.Contains(named, response.FirstMessage, StringComparison.Ordinal);
        Assert.Null(response.Data?["openCase"]);
    }

    [Fact]
    public async Task RefuseAMegabyteStringBeforeAnyResolverRuns()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "gengma-yjj.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync(OpenCase, new { t = "gengma-yjj", title = "未按规定设置安全警示标志", party = new string('某', 1024 * 1024) });

        Assert.Equal(["TEXT_TOO_LONG"], response.Codes);
        Assert.Equal("变量 $party：文本最多 10000 个字符，现有 1048576 个。", response.FirstMessage);
    }

    [Theory]
    [InlineData("../../X/Y", "VALIDATION_FAILED", "证件编号只能包含字母、数字、空格和连字符")]
    [InlineData("1410\u00000001", "TEXT_INVALID", "U+0000")]
    public async Task RefuseACertificateNumberThatIsAPathOrHoldsNul(string certificate, string code, string reason)
    {
        var client = await GraphQLClient.SignedInAsync(factory, "shanxi-rfb.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync(AddOfficer, new { name = "张三", certificate });

        Assert.Equal([code], response.Codes);
        Assert.Contains(reason, response.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreLookalikeNamesAlike()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "shanxi-rfb.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync(AddOfficer, new { name = " 阿依古丽•买买提 ", certificate = "１４１０－２０２６－０００９" });

        Assert.Empty(response.Codes);
        Assert.Equal("阿依古丽·买买提", response.Data!["addOfficer"]!["name"]!.GetValue<string>());
        Assert.Equal("1410-2026-0009", response.Data!["addOfficer"]!["certificateNumber"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(101, "山西省人民防空办公室", "TEXT_TOO_LONG")]
    [InlineData(0, "山西省人民防空办公室\u202e", "TEXT_INVALID")]
    public async Task RefuseAnAgencyNameTooLongOrReadingBackwards(int length, string name, string code)
    {
        var client = await GraphQLClient.SignedInAsync(factory, "shanxi-rfb.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync(
            "mutation($n: String!) { updateTenantProfile(input: { id: \"shanxi-rfb\", name: $n }) { tenant { name } } }",
            new { n = length > 0 ? new string('防', length) : name });

        Assert.Equal([code], response.Codes);
    }

    [Fact]
    public async Task SendNoAnswerLargerThanTheCap()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync(HostileInputs.AliasBatch(40, "tenant(id: \"xuchang\") { plan { ledgerTasks { group measure responsibleUnits } } }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["RESPONSE_TOO_LARGE"], response.Codes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task RefuseARequestBodyOverTheLimitUnread()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(new byte[GraphQLLimits.MaxRequestBytes + 1]),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await new GraphQLClient(factory.CreateClient()).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.Codes);
    }
}
