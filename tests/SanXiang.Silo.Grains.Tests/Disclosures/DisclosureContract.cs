using System.Data.Common;
using System.Text;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Disclosures;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Grains.Tests.Disclosures;

/// <summary>A decision's disclosure through the case grain and the read model, on each database: draft, publish, search, withdraw, rebuild.</summary>
public abstract class DisclosureContract
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private protected abstract IGrainFactory Grains { get; }

    private protected abstract T Service<T>()
        where T : notnull;

    private EventLogDatabase Database => Service<EventLogDatabase>();

    private protected async Task DraftPublishFindAndWithdrawADecisionAsync()
    {
        var (tenant, caseId, grain) = await DecidedAsync();
        var list = Grains.GetGrain<IDisclosureListGrain>(tenant);
        var search = Grains.GetGrain<IPublishedDecisionsGrain>(GrainKeys.Platform);

        var draft = Assert.Single((await list.ListAsync(new DisclosureQuery(Today, DisclosureStatus.Draft), 50, null)).Entries);
        Assert.Equal(new DateOnly(2026, 3, 19), draft.Due);
        Assert.True(draft.IsOverdueOn(Today));
        Assert.Equal("王某某", draft.PartyName);
        Assert.Empty((await search.SearchAsync(new PublishedDecisionQuery(Today, tenant), 50, null)).Decisions);

        var shown = await grain.PreviewDisclosureAsync(new DisclosureText(null, null, null, []));
        var published = await grain.PublishDisclosureAsync(new PublishDisclosureCommand(new DisclosureText(null, null, null, []), shown.Hash, null, "xintian-scjg.officer", CaseSamples.At(2026, 3, 20)));

        Assert.Equal(DisclosureStatus.Published, published.Status);
        var found = Assert.Single((await search.SearchAsync(new PublishedDecisionQuery(Today, tenant, Text: "王某"), 50, null)).Decisions);
        Assert.Equal("王某某", found.Record.PartyName);
        Assert.Null(found.Record.PartyCode);
        Assert.Equal(caseId, found.CaseId);
        var events = await grain.GetEventsAsync();
        Assert.Equal("disclosure.published", events.Single(e => e.Seq == found.RecordSequence).Kind);
        Assert.Single((await search.SearchAsync(new PublishedDecisionQuery(Today, Text: found.Record.DocumentNumber), 50, null)).Decisions, d => d.CaseId == caseId && d.TenantId == tenant);
        Assert.Single((await search.SearchAsync(new PublishedDecisionQuery(Today, tenant, Text: found.Record.DocumentNumber[^6..]), 50, null)).Decisions);
        Assert.Empty((await search.SearchAsync(new PublishedDecisionQuery(Today, tenant, Text: found.Record.DocumentNumber.Replace("号", "0号", StringComparison.Ordinal)), 50, null)).Decisions);
        Assert.Empty((await search.SearchAsync(new PublishedDecisionQuery(Today, tenant, Text: "王某某某"), 50, null)).Decisions);
        Assert.Empty((await search.SearchAsync(new PublishedDecisionQuery(Today, tenant, From: new DateOnly(2026, 3, 11)), 50, null)).Decisions);
        Assert.Empty((await search.SearchAsync(new PublishedDecisionQuery(new DateOnly(2029, 3, 21), tenant), 50, null)).Decisions);

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.WithdrawDisclosureAsync(new WithdrawDisclosureCommand("", new DateOnly(2026, 3, 20), "xintian-scjg.officer", CaseSamples.At(2026, 3, 20))));
        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        await grain.WithdrawDisclosureAsync(new WithdrawDisclosureCommand("行政复议决定撤销原处罚决定", new DateOnly(2026, 3, 20), "xintian-scjg.officer", CaseSamples.At(2026, 3, 20, 15)));

        var withdrawn = Assert.Single((await search.SearchAsync(new PublishedDecisionQuery(Today, tenant), 50, null)).Decisions);
        Assert.True(withdrawn.Withdrawn);
        Assert.Equal("行政复议决定撤销原处罚决定", withdrawn.WithdrawReason);
        Assert.Equal("", withdrawn.Record.Facts);
        var chain = await grain.GetEventsAsync();
        Assert.Equal("disclosure.withdrawn", chain.Single(e => e.Seq == withdrawn.RecordSequence).Kind);
        Assert.Contains(chain, e => e.Kind == "disclosure.published");
        Assert.True((await grain.VerifyAsync()).Ok);
    }

    private protected async Task RefuseARecordOtherThanTheOneShownAsync()
    {
        var (tenant, _, grain) = await DecidedAsync();
        var shown = await grain.PreviewDisclosureAsync(new DisclosureText(null, null, null, []));

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => grain.PublishDisclosureAsync(new PublishDisclosureCommand(new DisclosureText(null, null, "王某某销售过期食品", []), shown.Hash, null, "xintian-scjg.officer", CaseSamples.At(2026, 3, 20))));

        Assert.Equal(ErrorCodes.DisclosurePreviewChanged, refused.Code);
        Assert.Equal(DisclosureStatus.Draft, Assert.Single((await Grains.GetGrain<IDisclosureListGrain>(tenant).ListAsync(new DisclosureQuery(Today), 50, null)).Entries).Status);
    }

    private protected async Task RebuildTheRowsTheAppendsWroteAsync()
    {
        var (_, _, published) = await DecidedAsync();
        var shown = await published.PreviewDisclosureAsync(new DisclosureText(null, null, null, []));
        await published.PublishDisclosureAsync(new PublishDisclosureCommand(new DisclosureText(null, null, null, []), shown.Hash, null, "xintian-scjg.officer", CaseSamples.At(2026, 3, 20)));
        var (_, _, withdrawn) = await DecidedAsync();
        shown = await withdrawn.PreviewDisclosureAsync(new DisclosureText(null, null, null, []));
        await withdrawn.PublishDisclosureAsync(new PublishDisclosureCommand(new DisclosureText(null, null, null, []), shown.Hash, null, "xintian-scjg.officer", CaseSamples.At(2026, 3, 20)));
        await withdrawn.WithdrawDisclosureAsync(new WithdrawDisclosureCommand("撤销", new DateOnly(2026, 3, 20), "xintian-scjg.officer", CaseSamples.At(2026, 3, 21)));
        await DecidedAsync();
        var live = await RowsAsync();

        await new CaseReadModelRebuild(Service<CaseEventStore>(), Service<CaseProcedures>(), Service<ISectorRegistry>()).RunAsync();

        Assert.Equal(live, await RowsAsync());
        Assert.Contains(live, row => row.Contains("|Withdrawn|", StringComparison.Ordinal));
        Assert.Contains(live, row => row.Contains("|Published|", StringComparison.Ordinal));
        Assert.Contains(live, row => row.Contains("|Draft|", StringComparison.Ordinal));
    }

    private async Task<(string Tenant, string CaseId, ICaseGrain Grain)> DecidedAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(Grains);
        var (caseId, grain) = await DecidedCases.DecideAsync(Grains, tenant);
        return (tenant, caseId, grain);
    }

    private async Task<List<string>> RowsAsync()
    {
        const string Logged = "tenant IN (SELECT tenant FROM case_events)";
        var rows = new List<string>();
        await using var connection = await Database.OpenAsync();
        var search = Database.Dialect == EventLogDialect.Sqlite
            ? $"SELECT d.tenant, d.case_id, f.party, f.number FROM disclosure_search f JOIN disclosures d ON d.rowid = f.rowid WHERE d.{Logged} ORDER BY 1, 2"
            : $"SELECT tenant, case_id, array_to_string(search_grams, ' '), search_party, search_number FROM disclosures WHERE {Logged} ORDER BY 1, 2";
        foreach (var sql in new[] { $"SELECT * FROM disclosures WHERE {Logged} ORDER BY tenant, case_id", search })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(Line(reader));
            }
        }

        return rows;
    }

    private static string Line(DbDataReader reader)
    {
        var line = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            line.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i) is string[] grams ? string.Join(' ', grams) : reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
        }

        return line.ToString();
    }
}
