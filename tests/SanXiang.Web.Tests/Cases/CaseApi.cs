using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.Crypto.Digests;
using SanXiang.Plugins.Validation;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Tests.GraphQL;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Cases;

/// <summary>
/// A signed-in API client of the case tests: GraphQL for cases and officers, tus for uploads, and
/// plain GET for downloads — what an API client of the agency would do, step by step.
/// </summary>
public sealed class CaseApi
{
    public const string Tenant = "xintian-scjg";

    public const string CaseFields = """
        id status category title currentStepId lastSequence
        party { name kind idCode }
        steps { id kind name state optional completedAt officers { id } requiredDocuments { kind name present } av { required continuous kinds overrideAllowed overrideReason } }
        documents { id kind name number stepId fileName hash size issuedAt downloadUrl signedCopy { hash fileName downloadUrl } }
        recordings { kind stepId device recordedAt officerId continuous file { hash fileName mediaType size downloadUrl } }
        deadlines { description article stepId due status provisional error }
        completeness { complete items { kind name required present } }
        """;

    // What the case grain fills from the case itself (CaseFacts); the tests leave these to it.
    private static readonly HashSet<string> CaseFacts =
    [
        "agency_name", "case_number", "cause", "party_name", "party_code", "applicant", "handlers", "officers", "certificate_numbers", "filing_date", "date",
        TemplateSamples.DocumentNumberField,
    ];

    private readonly WebApplicationFactory<Program> factory;

    private CaseApi(WebApplicationFactory<Program> factory, GraphQLClient graphql, HttpClient http, string token)
    {
        this.factory = factory;
        GraphQL = graphql;
        Http = http;
        Token = token;
    }

    public GraphQLClient GraphQL { get; }

    public HttpClient Http { get; }

    public string Token { get; }

    /// <param name="factory">A host with the 市场监管 plugin: <see cref="CasesAppFactory"/>, or a client web host of a cluster.</param>
    public static async Task<CaseApi> SignedInAsync(WebApplicationFactory<Program> factory, string userName, string password = GraphQLAppFactory.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var http = factory.CreateClient();
        var token = await TusClient.TokenAsync(http, userName, password);
        return new CaseApi(factory, new GraphQLClient(http) { Token = token }, http, token);
    }

    public Task<GraphQLResponse> PostAsync(string query, object? variables = null) => GraphQL.PostAsync(query, variables);

    /// <summary>
    /// A new sign-in account of the agency with <paramref name="role"/> (there is no API that creates accounts: the
    /// platform's bootstrap does, so the test asks the grain); returns its user name, to link with <see cref="AddOfficerAsync"/>.
    /// </summary>
    public static async Task<string> NewAccountAsync(WebApplicationFactory<Program> factory, string role = "LegalReviewer")
    {
        ArgumentNullException.ThrowIfNull(factory);
        var userName = $"{Tenant}.t{Guid.NewGuid().ToString("N")[..10]}";
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(AccountKey.For(userName))
            .CreateAsync("测试账号", GraphQLAppFactory.DemoPassword, false, [new Membership(Tenant, Enum.Parse<TenantRole>(role))]);
        return userName;
    }

    /// <summary>Adds a 行政处罚 officer of the agency with a certificate valid from 2025 to <paramref name="validTo"/>; returns their id.</summary>
    /// <param name="isReviewer">Marks the officer a legal reviewer (法制审核人员) with the legal-profession qualification.</param>
    /// <param name="username">The sign-in account the officer acts as (<see cref="NewAccountAsync"/>).</param>
    public async Task<string> AddOfficerAsync(string name, string validTo = "2030-12-31", bool isReviewer = false, string? username = null)
    {
        var certificate = "CASE" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var input = new { tenantId = Tenant, name, unit = "执法大队", certificateNumber = certificate, categories = new[] { "行政处罚" }, validFrom = "2025-01-01", validTo, isReviewer, hasLegalQualification = isReviewer, username };
        var added = await PostAsync("mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }", new { i = input });
        Assert.True(added.Codes.Count == 0, added.ToString());
        return added.Data!["addOfficer"]!["id"]!.GetValue<string>();
    }

    public async Task<JsonNode> OpenCaseAsync(IReadOnlyList<string> officerIds, string title = "销售超过保质期的食品案")
    {
        var opened = await TryOpenCaseAsync(officerIds, title);
        Assert.True(opened.Codes.Count == 0, opened.ToString());
        return opened.Data!["openCase"]!;
    }

    public Task<GraphQLResponse> TryOpenCaseAsync(IReadOnlyList<string> officerIds, string title = "销售超过保质期的食品案", string partyCode = "91431128MA4L000000") =>
        PostAsync($"mutation($i: OpenCaseInput!) {{ openCase(input: $i) {{ {CaseFields} }} }}", new
        {
            i = new
            {
                tenantId = Tenant,
                title,
                category = "PENALTY",
                party = new { name = "新田县某某食品超市有限公司", kind = "ORGANISATION", idCode = partyCode },
                officerIds,
                proposedFine = 5000m,
            },
        });

    public async Task<JsonNode> CaseAsync(string caseId)
    {
        var response = await PostAsync($"query($t: ID!, $c: ID!) {{ case(tenantId: $t, id: $c) {{ {CaseFields} events {{ seq kind at hash }} }} }}", new { t = Tenant, c = caseId });
        Assert.True(response.Codes.Count == 0, response.ToString());
        return response.Data!["case"]!;
    }

    public async Task<int> EventCountAsync(string caseId) => (await CaseAsync(caseId))["events"]!.AsArray().Count;

    /// <summary>Issues a document of the step, filling the template's required fields the case does not know with the plugin's sample values.</summary>
    public Task<GraphQLResponse> IssueAsync(string caseId, string stepId, string kind)
    {
        var template = factory.Services.GetRequiredService<ISectorRegistry>().Find("market-regulation")!.DocumentTemplates.SingleOrDefault(t => t.Kind == kind);
        var fields = (template?.Fields ?? []).Where(f => f.Required && !CaseFacts.Contains(f.Name)).Select(f => new { name = f.Name, value = f.Sample }).ToList();
        return PostAsync(
            "mutation($i: IssueDocumentInput!) { issueDocument(input: $i) { id kind name number stepId fileName hash size downloadUrl } }",
            new { i = new { tenantId = Tenant, caseId, stepId, kind, fields } });
    }

    public async Task<JsonNode> IssuedAsync(string caseId, string stepId, string kind)
    {
        var response = await IssueAsync(caseId, stepId, kind);
        Assert.True(response.Codes.Count == 0, response.ToString());
        return response.Data!["issueDocument"]!;
    }

    public Task<GraphQLResponse> CompleteAsync(string caseId, string stepId, IReadOnlyList<string> officerIds, string? avOverrideReason = null) =>
        PostAsync($"mutation($i: CompleteStepInput!) {{ completeStep(input: $i) {{ {CaseFields} }} }}", new
        {
            i = new { tenantId = Tenant, caseId, stepId, officerIds, avOverrideReason },
        });

    public async Task<JsonNode> CompletedAsync(string caseId, string stepId, IReadOnlyList<string> officerIds, string? avOverrideReason = null)
    {
        var response = await CompleteAsync(caseId, stepId, officerIds, avOverrideReason);
        Assert.True(response.Codes.Count == 0, response.ToString());
        return response.Data!["completeStep"]!;
    }

    public async Task SkipAsync(string caseId, string stepId, string reason)
    {
        var response = await PostAsync("mutation($i: SkipStepInput!) { skipStep(input: $i) { id } }", new { i = new { tenantId = Tenant, caseId, stepId, reason } });
        Assert.True(response.Codes.Count == 0, response.ToString());
    }

    /// <summary>Uploads <paramref name="content"/> with tus (in two chunks) and returns the upload's path, <c>/files/{id}</c>.</summary>
    public async Task<string> UploadAsync(byte[] content, IReadOnlyDictionary<string, string> metadata, bool finish = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        var tus = new TusClient(Http, Token, Tenant);
        var path = await tus.CreatedAsync(content.Length, metadata);
        await tus.SendAllAsync(path, finish ? content : content[..(content.Length / 2)], 0, Math.Max(1, content.Length / 2));
        return path;
    }

    public async Task<(HttpResponseMessage Response, byte[] Body)> DownloadAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        var response = await Http.SendAsync(request);
        return (response, response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsByteArrayAsync() : []);
    }

    public static string Sm3(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var digest = new SM3Digest();
        digest.BlockUpdate(data, 0, data.Length);
        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return "sm3:" + Convert.ToHexStringLower(hash);
    }

    public static IReadOnlyDictionary<string, string> Recording(string officerId) => new Dictionary<string, string>
    {
        ["filename"] = "现场检查录像.mp4",
        ["filetype"] = "video/mp4",
        ["kind"] = "音像",
        ["step"] = "调查取证",
        ["device"] = "执法记录仪 DSJ-01",
        ["recordedAt"] = "2026-03-01T09:30:00+08:00",
        ["officer"] = officerId,
    };

    public static IReadOnlyDictionary<string, string> Scan(string fileName) => new Dictionary<string, string>
    {
        ["filename"] = fileName,
        ["filetype"] = "application/pdf",
        ["kind"] = "文书扫描件",
    };

    public static byte[] Video(int length, int seed) => SampleFiles.Mp4(length, seed);

    public static byte[] Scanned(int length, int seed) => SampleFiles.Pdf(length, seed);

    public static string Id(JsonNode node) => node["id"]!.GetValue<string>();
}
