using System.Globalization;
using SanXiang.Domain.Calendar;
using SanXiang.Web.Tests.Cases;

namespace SanXiang.Web.Tests.GraphQL;

/// <summary>
/// 河南省司法厅 turns the ledger finding of 许昌市 (the demo catalog's name for it) into a rectification task through the API.
/// On the cases host, as the supervision tests are: the GraphQL host's tests dismiss this very finding, and a finding is
/// handled once.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class FindingConversionShould(CasesAppFactory factory)
{
    private const string ListQuery = """
        query($s: FindingStatus) {
          findings(tenantId: "henan-sft", model: "ledger-task-overdue", status: $s) {
            nodes { id tenantId state conversion { departmentId inspectionId rectificationId convertedBy } }
          }
        }
        """;

    private const string ConvertMutation = """
        mutation($i: ConvertFindingInput!) {
          convertFindingToRectification(input: $i) { id inspectionId departmentId findingId problem responsibleAgency deadline state }
        }
        """;

    [Fact]
    public async Task TurnAFindingIntoARectificationTaskOnceAndListItAsConvertedWithTheTask()
    {
        var supervisor = await CaseApi.SignedInAsync(factory, "henan-sft.supervisor");
        var open = await supervisor.PostAsync(ListQuery, new { s = (string?)null });
        var id = open.Data!["findings"]!["nodes"]!.AsArray().Single(n => n!["tenantId"]!.GetValue<string>() == "xuchang")!["id"]!.GetValue<string>();

        var yesterday = await ConvertAsync(supervisor, id, Today().AddDays(-1));
        var converted = await ConvertAsync(supervisor, id, NextWorkingDay());
        var again = await ConvertAsync(supervisor, id, NextWorkingDay());
        var dismissal = await supervisor.PostAsync(
            "mutation($f: ID!) { dismissFinding(tenantId: \"henan-sft\", findingId: $f, reason: \"已另行处理\") { id } }", new { f = id });
        var openAfter = await supervisor.PostAsync(ListQuery, new { s = (string?)null });
        var listed = await supervisor.PostAsync(ListQuery, new { s = "CONVERTED" });

        Assert.Equal(["RECTIFICATION_DEADLINE_INVALID"], yesterday.Codes);
        Assert.Empty(open.Codes.Concat(converted.Codes).Concat(openAfter.Codes).Concat(listed.Codes));
        Assert.Equal(["FINDING_ALREADY_HANDLED"], again.Codes);
        Assert.Equal(["FINDING_ALREADY_HANDLED"], dismissal.Codes);
        var task = converted.Data!["convertFindingToRectification"]!;
        Assert.Equal((id, "OPEN", "henan-sft"), (task["findingId"]!.GetValue<string>(), task["state"]!.GetValue<string>(), task["departmentId"]!.GetValue<string>()));
        Assert.StartsWith("台账任务逾期未完成：有", task["problem"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("许昌市", task["responsibleAgency"]!.GetValue<string>());
        Assert.DoesNotContain(openAfter.Data!["findings"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        var entry = listed.Data!["findings"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("CONVERTED", entry["state"]!.GetValue<string>());
        Assert.Equal(task["inspectionId"]!.GetValue<string>(), entry["conversion"]!["inspectionId"]!.GetValue<string>());
        Assert.Equal(task["id"]!.GetValue<string>(), entry["conversion"]!["rectificationId"]!.GetValue<string>());
        var inspection = await supervisor.PostAsync(
            "query($i: String!) { inspection(tenantId: \"henan-sft\", id: $i) { title agency rectifications { id findingId } } }",
            new { i = task["inspectionId"]!.GetValue<string>() });
        Assert.Equal(("监督线索处置：台账任务逾期未完成", "许昌市"), (inspection.Data!["inspection"]!["title"]!.GetValue<string>(), inspection.Data!["inspection"]!["agency"]!.GetValue<string>()));
        Assert.Equal(id, inspection.Data!["inspection"]!["rectifications"]![0]!["findingId"]!.GetValue<string>());
    }

    private static Task<GraphQLResponse> ConvertAsync(CaseApi supervisor, string findingId, DateOnly deadline) =>
        supervisor.PostAsync(ConvertMutation, new { i = new { tenantId = "henan-sft", findingId, responsibleAgencyId = "xuchang", deadline = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } });

    private static DateOnly Today() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    // The host's clock is the real one: the first working day from today on the official table.
    private static DateOnly NextWorkingDay()
    {
        var day = Today();
        while (!WorkingDayCalendar.Official.IsWorkingDay(day).Value)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
