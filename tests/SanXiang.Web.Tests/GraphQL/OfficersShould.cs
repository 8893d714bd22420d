using SanXiang.Web.Tests.Officers;

namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class OfficersShould(GraphQLAppFactory factory)
{
    private const string Import = """
        mutation($t: ID!, $f: String!, $c: Base64!) {
          importOfficers(tenantId: $t, fileName: $f, contentBase64: $c) { imported errors { row message } }
        }
        """;

    private const string List = "query($t: ID!) { officers(tenantId: $t) { certificateNumber name categoryNames status validTo } }";

    [Fact]
    public async Task ImportNothingAndNameTheRowOfABadFile()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.admin", GraphQLAppFactory.DemoPassword);
        string[][] rows = [OfficerFiles.Header, OfficerFiles.Row("张三", "GQL-BAD-1"), OfficerFiles.Row("李四", "")];

        var response = await client.PostAsync(Import, new { t = "xintian-scjg", f = "officers.xlsx", c = Convert.ToBase64String(OfficerFiles.Xlsx(rows)) });

        Assert.Empty(response.Codes);
        var payload = response.Data!["importOfficers"]!;
        Assert.Equal(0, payload["imported"]!.GetValue<int>());
        Assert.Equal(3, payload["errors"]![0]!["row"]!.GetValue<int>());
        Assert.Equal("证件编号为空", payload["errors"]![0]!["message"]!.GetValue<string>());
        var officer = await client.PostAsync("query { officer(tenantId: \"xintian-scjg\", certificateNumber: \"GQL-BAD-1\") { name } }");
        Assert.Null(officer.Data!["officer"]);
    }

    [Fact]
    public async Task ImportAGoodFileAndListItsOfficers()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        string[][] rows = [OfficerFiles.Header, OfficerFiles.Row("张三", "GQL-OK-1"), OfficerFiles.Row("李四", "GQL-OK-2", "行政许可")];

        var response = await client.PostAsync(Import, new { t = "xintian-scjg", f = "officers.csv", c = Convert.ToBase64String(OfficerFiles.Csv(rows, Web.Officers.CsvText.Gb18030)) });
        var again = await client.PostAsync(Import, new { t = "xintian-scjg", f = "officers.csv", c = Convert.ToBase64String(OfficerFiles.Csv(rows, Web.Officers.CsvText.Gb18030)) });
        var listed = await client.PostAsync(List, new { t = "xintian-scjg" });

        Assert.Equal(2, response.Data!["importOfficers"]!["imported"]!.GetValue<int>());
        Assert.Contains("已存在", again.Data!["importOfficers"]!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var li = listed.Data!["officers"]!.AsArray().Single(o => o!["certificateNumber"]!.GetValue<string>() == "GQL-OK-2")!;
        Assert.Equal("李四", li["name"]!.GetValue<string>());
        Assert.Equal("行政许可", li["categoryNames"]![0]!.GetValue<string>());
        Assert.Equal("ACTIVE", li["status"]!.GetValue<string>());
        Assert.Equal("2028-12-31", li["validTo"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddAnOfficerAndFindThemByCertificateNumber()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.admin", GraphQLAppFactory.DemoPassword);
        var input = new { tenantId = "xintian-scjg", name = "赵六", unit = "执法大队", certificateNumber = "gql add 1", categories = new[] { "行政处罚", "Inspection" }, validFrom = "2026-01-01", validTo = "2030-12-31", isReviewer = true, hasLegalQualification = true };

        var added = await client.PostAsync("mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id categories } }", new { i = input });
        var found = await client.PostAsync("query { officer(tenantId: \"xintian-scjg\", certificateNumber: \"GQLADD1\") { name isReviewer } }");
        var duplicate = await client.PostAsync("mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }", new { i = input });

        Assert.Empty(added.Codes);
        Assert.Equal("GQLADD1", added.Data!["addOfficer"]!["id"]!.GetValue<string>());
        Assert.Equal("赵六", found.Data!["officer"]!["name"]!.GetValue<string>());
        Assert.Equal(["CONFLICT"], duplicate.Codes);
    }

    [Fact]
    public async Task LetAnOfficerReadButNotImport()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.officer", GraphQLAppFactory.DemoPassword);

        var import = await client.PostAsync(Import, new { t = "xintian-scjg", f = "officers.csv", c = Convert.ToBase64String(OfficerFiles.Csv(OfficerFiles.Good(), OfficerFiles.Utf8WithBom)) });
        var listed = await client.PostAsync(List, new { t = "xintian-scjg" });

        Assert.Equal(["FORBIDDEN"], import.Codes);
        Assert.Empty(listed.Codes);
    }

    [Fact]
    public async Task RefuseAnotherAgencysAdministrator()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.admin", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync(Import, new { t = "shanxi-rfb", f = "officers.csv", c = Convert.ToBase64String(OfficerFiles.Csv(OfficerFiles.Good(), OfficerFiles.Utf8WithBom)) });

        Assert.Single(response.Codes, code => code is "FORBIDDEN" or "TENANT_MISMATCH");
    }

    [Fact]
    public async Task EditRenewAndDeactivateAnOfficerAndShowItOnThePortal()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.admin", GraphQLAppFactory.DemoPassword);
        var input = new { tenantId = "xintian-scjg", name = "钱七", unit = "执法大队", certificateNumber = "GQL-CHG-1", categories = new[] { "行政处罚" }, validFrom = "2024-01-01", validTo = "2028-12-31", isReviewer = false, hasLegalQualification = false };
        await client.PostAsync("mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }", new { i = input });
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var edited = await client.PostAsync(
            "mutation($i: UpdateOfficerInput!) { updateOfficer(input: $i) { name unit isReviewer status } }",
            new { i = new { tenantId = "xintian-scjg", officerId = "gql-chg-1", name = "钱七七", unit = "法制科", categories = new[] { "Penalty" }, validFrom = "2024-01-01", validTo = "2028-12-31", isReviewer = true, hasLegalQualification = false } });
        var renewed = await client.PostAsync(
            "mutation { renewCertificate(tenantId: \"xintian-scjg\", officerId: \"GQL-CHG-1\", validFrom: \"2029-01-01\", validTo: \"2033-12-31\") { validTo pastTerms { validFrom validTo } } }");
        var deactivated = await client.PostAsync(
            "mutation($on: String!) { deactivateOfficer(tenantId: \"xintian-scjg\", officerId: \"GQL-CHG-1\", reason: \"调离本机关\", on: $on) { status deactivation { reason on } } }", new { on = yesterday });
        var again = await client.PostAsync(
            "mutation($on: String!) { deactivateOfficer(tenantId: \"xintian-scjg\", officerId: \"GQL-CHG-1\", reason: \"退休\", on: $on) { status } }", new { on = yesterday });
        var portal = await client.PostAsync("query { officerByCertificate(certificateNumber: \"GQL-CHG-1\") { name status } }");

        Assert.Empty(edited.Codes);
        Assert.Equal(("钱七七", "法制科", true), (edited.Data!["updateOfficer"]!["name"]!.GetValue<string>(), edited.Data["updateOfficer"]!["unit"]!.GetValue<string>(), edited.Data["updateOfficer"]!["isReviewer"]!.GetValue<bool>()));
        Assert.Equal("2033-12-31", renewed.Data!["renewCertificate"]!["validTo"]!.GetValue<string>());
        Assert.Equal("2028-12-31", renewed.Data["renewCertificate"]!["pastTerms"]![0]!["validTo"]!.GetValue<string>());
        Assert.Equal("INACTIVE", deactivated.Data!["deactivateOfficer"]!["status"]!.GetValue<string>());
        Assert.Equal(("调离本机关", yesterday), (deactivated.Data["deactivateOfficer"]!["deactivation"]!["reason"]!.GetValue<string>(), deactivated.Data["deactivateOfficer"]!["deactivation"]!["on"]!.GetValue<string>()));
        Assert.Equal(["OFFICER_INACTIVE"], again.Codes);
        Assert.Equal(("钱七七", "INACTIVE"), (portal.Data!["officerByCertificate"]!["name"]!.GetValue<string>(), portal.Data["officerByCertificate"]!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ListEveryFieldARefusedEditGetsWrong()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.admin", GraphQLAppFactory.DemoPassword);
        var input = new { tenantId = "xintian-scjg", name = "孙八", unit = "执法大队", certificateNumber = "GQL-CHG-2", categories = new[] { "行政处罚" }, validFrom = "2024-01-01", validTo = "2028-12-31", isReviewer = false, hasLegalQualification = false };
        await client.PostAsync("mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }", new { i = input });

        var refused = await client.PostAsync(
            "mutation($i: UpdateOfficerInput!) { updateOfficer(input: $i) { name } }",
            new { i = new { tenantId = "xintian-scjg", officerId = "GQL-CHG-2", name = " ", unit = "执法大队", categories = Array.Empty<string>(), validFrom = "2024-01-01", validTo = "2028-12-31", isReviewer = false, hasLegalQualification = false } });

        Assert.Equal(["VALIDATION_FAILED"], refused.Codes);
        var fields = refused.Body["errors"]![0]!["extensions"]!["data"]!["problems"]!.AsArray().Select(p => p!["field"]!.GetValue<string>());
        Assert.Equal(["name", "categories"], fields);
    }

    [Fact]
    public async Task LetAnOfficerNeitherEditNorDeactivateNorRenew()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.officer", GraphQLAppFactory.DemoPassword);

        var deactivate = await client.PostAsync("mutation { deactivateOfficer(tenantId: \"xintian-scjg\", officerId: \"X\", reason: \"r\", on: \"2026-01-01\") { status } }");
        var renew = await client.PostAsync("mutation { renewCertificate(tenantId: \"xintian-scjg\", officerId: \"X\", validFrom: \"2029-01-01\", validTo: \"2033-12-31\") { status } }");

        Assert.Equal(["FORBIDDEN"], deactivate.Codes);
        Assert.Equal(["FORBIDDEN"], renew.Codes);
    }
}
