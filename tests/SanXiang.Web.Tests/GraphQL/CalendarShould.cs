namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class CalendarShould(GraphQLAppFactory factory)
{
    private const string Amend = """
        mutation($i: AmendCalendarInput!) { amendCalendar(input: $i) { year provisional days { date off holiday source mark } } }
        """;

    private const string Deadline = "query { workingDays(from: \"2019-04-29\", days: 5) { date provisional } }";

    private static object Original { get; } = new
    {
        year = 2019,
        source = "国办发明电〔2018〕15号",
        holidays = new[] { "劳动节" },
        days = new[] { new { date = "2019-05-01", off = true, holiday = "劳动节" } },
    };

    private static object Amended { get; } = new
    {
        year = 2019,
        source = "国办发明电〔2019〕3号",
        holidays = new[] { "劳动节" },
        days = new[]
        {
            new { date = "2019-04-28", off = false, holiday = "劳动节" },
            new { date = "2019-05-01", off = true, holiday = "劳动节" },
            new { date = "2019-05-02", off = true, holiday = "劳动节" },
            new { date = "2019-05-03", off = true, holiday = "劳动节" },
            new { date = "2019-05-04", off = true, holiday = "劳动节" },
            new { date = "2019-05-05", off = false, holiday = "劳动节" },
        },
    };

    [Fact]
    public async Task LetThePlatformAdministratorAmendAYearAndMoveADeadline()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var original = await client.PostAsync(Amend, new { i = Original });
        var before = await client.PostAsync(Deadline);
        var amended = await client.PostAsync(Amend, new { i = Amended });
        var after = await client.PostAsync(Deadline);

        Assert.Empty(original.Codes);
        var labour = original.Data!["amendCalendar"]!["days"]!.AsArray().Where(d => d!["holiday"]!.GetValue<string>() == "劳动节").ToList();
        Assert.Equal("2019-05-01", Assert.Single(labour)!["date"]!.GetValue<string>());
        Assert.Equal("AMENDED", labour[0]!["mark"]!.GetValue<string>());
        Assert.Equal("2019-05-07", before.Data!["workingDays"]!["date"]!.GetValue<string>());
        Assert.Empty(amended.Codes);
        Assert.Equal("2019-05-08", after.Data!["workingDays"]!["date"]!.GetValue<string>());
        Assert.False(after.Data!["workingDays"]!["provisional"]!.GetValue<bool>());
    }

    [Fact]
    public async Task RefuseAnOfficerWithForbidden()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.officer", GraphQLAppFactory.DemoPassword);

        var amend = await client.PostAsync(Amend, new { i = Amended });
        var provisional = await client.PostAsync("mutation { setProvisionalYears(years: [2030]) }");
        var read = await client.PostAsync("query { calendar(year: 2026) { year provisional days { date } } }");

        Assert.Equal(["FORBIDDEN"], amend.Codes);
        Assert.Equal(["FORBIDDEN"], provisional.Codes);
        Assert.Empty(read.Codes);
        Assert.False(read.Data!["calendar"]!["provisional"]!.GetValue<bool>());
    }

    [Fact]
    public async Task RefuseAnAmendmentTheCalendarCannotTakeWithItsReasonInChinese()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        var wrong = new { year = 2019, source = "测试通知", holidays = new[] { "劳动节" }, days = new[] { new { date = "2019-06-07", off = true, holiday = "端午节" } } };

        var response = await client.PostAsync(Amend, new { i = wrong });

        Assert.Equal(["VALIDATION_FAILED"], response.Codes);
        Assert.Equal("2019-06-07属于“端午节”，但修改通知没有点名该节日。", response.FirstMessage);
    }

    [Fact]
    public async Task AnswerAMissingYearWithNullAndSayWhy()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.officer", GraphQLAppFactory.DemoPassword);

        var response = await client.PostAsync("query { calendar(year: 2041) { year } sectors { id } }");

        Assert.Equal(["CALENDAR_YEAR_MISSING"], response.Codes);
        Assert.Null(response.Data!["calendar"]);
        Assert.NotNull(response.Data!["sectors"]);
        Assert.Contains("2041", response.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComputeAProvisionalYearOnceTheAdministratorAllowsIt()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var allowed = await client.PostAsync("mutation { setProvisionalYears(years: [2042]) }");
        var year = await client.PostAsync("query { calendar(year: 2042) { provisional source days { date mark } } }");
        var settings = await client.PostAsync("query { calendarSettings { version provisionalYears } }");
        await client.PostAsync("mutation { setProvisionalYears(years: []) }");

        Assert.Empty(allowed.Codes);
        Assert.True(year.Data!["calendar"]!["provisional"]!.GetValue<bool>());
        Assert.Contains("临时推算", year.Data!["calendar"]!["source"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(year.Data!["calendar"]!["days"]!.AsArray(), d => Assert.Equal("PROVISIONAL", d!["mark"]!.GetValue<string>()));
        Assert.Equal([2042], settings.Data!["calendarSettings"]!["provisionalYears"]!.AsArray().Select(y => y!.GetValue<int>()));
    }
}
