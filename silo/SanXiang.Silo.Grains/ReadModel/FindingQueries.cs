using System.Data.Common;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// The findings of a department's subtree, one query per model (<see cref="FindingSql"/>) joined to the agency closure, so
/// the cost follows the findings, not the agencies below; what supervisors decided (dismissals, switched-off models,
/// conversions into rectification tasks) is joined from the tables of 0016/0017-findings and 0018/0019-finding-conversions.
/// Order: models as <see cref="ProblemModels.All"/> lists them, then agency, then subject — the keyset a page continues after.
/// </summary>
public sealed class FindingQueries(EventLogDatabase database)
{
    public async Task<FindingPage> ListAsync(FindingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var models = query.ModelId is null ? ProblemModels.All : [Model(query.ModelId)];
        (string ModelId, string TenantId, string Subject)? after = query.After is null ? null
            : FindingIds.Parse(query.After) is { } parsed && models.Any(m => m.Id == parsed.ModelId) ? parsed
            : throw new SanXiangException(ErrorCodes.ValidationFailed, "分页游标无效。", [new FieldProblem("after", "分页游标无效。")]);
        var items = new List<Finding>();
        var started = after is null;
        foreach (var model in models)
        {
            started |= model.Id == after?.ModelId;
            if (!started)
            {
                continue;
            }

            var cursor = model.Id == after?.ModelId ? (after.Value.TenantId, after.Value.Subject) : ((string, string)?)null;
            items.AddRange(await ReadAsync(model, query.DepartmentId, query.Day, query.Status, cursor, null, query.First + 1 - items.Count).ConfigureAwait(false));
            if (items.Count > query.First)
            {
                break;
            }
        }

        return new FindingPage([.. items.Take(query.First)], items.Count > query.First);
    }

    public async Task<Finding?> GetAsync(string departmentId, string findingId, DateOnly day)
    {
        if (FindingIds.Parse(findingId) is not { } id || ProblemModels.Find(id.ModelId) is not { } model)
        {
            return null;
        }

        var found = await ReadAsync(model, departmentId, day, FindingStatus.All, null, (id.TenantId, id.Subject), 1).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    internal static ProblemModel Model(string id) => ProblemModels.Find(id)
        ?? throw new SanXiangException(ErrorCodes.ProblemModelNotFound, $"没有名为“{id}”的监督线索模型。", [new FieldProblem("model", $"没有名为“{id}”的监督线索模型。")]);

    private async Task<List<Finding>> ReadAsync(
        ProblemModel model, string departmentId, DateOnly day, FindingStatus status, (string Tenant, string Subject)? after, (string Tenant, string Subject)? only, int limit)
    {
        var dialect = database.Dialect;
        var where = new List<string>
        {
            // A model switched off by the asking department or one above it (itself included), for findings below that
            // agency: its setting shapes its own lists and those below it, never what a department above it sees.
            "NOT EXISTS (SELECT 1 FROM finding_model_switches w JOIN agency_closure u ON u.ancestor = w.tenant AND u.descendant = f.tenant " +
            "JOIN agency_closure v ON v.ancestor = w.tenant AND v.descendant = @department WHERE w.model = @model)",
        };
        switch (status)
        {
            case FindingStatus.Open:
                where.Add("d.finding_id IS NULL AND v.finding_id IS NULL");
                break;
            case FindingStatus.Dismissed:
                where.Add("d.finding_id IS NOT NULL");
                break;
            case FindingStatus.Converted:
                where.Add("v.finding_id IS NOT NULL");
                break;
        }

        if (after is not null)
        {
            where.Add("(f.tenant > @after_tenant OR (f.tenant = @after_tenant AND f.subject > @after_subject))");
        }

        if (only is not null)
        {
            where.Add("f.tenant = @only_tenant AND f.subject = @only_subject");
        }

        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT f.tenant, COALESCE(a.name, f.tenant), f.subject, f.title, f.detail, f.extra, f.day, f.at, d.reason, d.dismissed_by, d.dismissed_at,
                   v.department, v.inspection, v.task, v.converted_by, v.converted_at
            FROM ({FindingSql.For(model.Id, dialect)}) f
            JOIN agency_closure c ON c.descendant = f.tenant AND c.ancestor = @department
            LEFT JOIN agency_directory a ON a.id = f.tenant
            LEFT JOIN finding_dismissals d ON d.finding_id = @model || '/' || f.tenant || '/' || f.subject
            LEFT JOIN finding_conversions v ON v.finding_id = @model || '/' || f.tenant || '/' || f.subject
            WHERE {string.Join(" AND ", where)}
            ORDER BY f.tenant, f.subject
            LIMIT {limit};
            """;
        EventRows.Add(command, "department", departmentId);
        EventRows.Add(command, "model", model.Id);
        EventRows.Add(command, "today", CaseSummaryColumns.Day(day, dialect));
        EventRows.Add(command, "filed_before", CaseSummaryColumns.Time(ProblemModels.FiledBefore(day), dialect));
        EventRows.Add(command, "after_tenant", after?.Tenant ?? "");
        EventRows.Add(command, "after_subject", after?.Subject ?? "");
        EventRows.Add(command, "only_tenant", only?.Tenant ?? "");
        EventRows.Add(command, "only_subject", only?.Subject ?? "");
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var found = new List<Finding>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            found.Add(Read(model, reader, day, dialect));
        }

        return found;
    }

    private static Finding Read(ProblemModel model, DbDataReader reader, DateOnly day, EventLogDialect dialect)
    {
        var tenant = reader.GetString(0);
        var subject = reader.GetString(2);
        var facts = new FindingFacts(
            reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            CaseSummaryColumns.ReadDay(reader, 6, dialect),
            reader.IsDBNull(7) ? null : CaseSummaryColumns.ReadTime(reader, 7, dialect));
        var dismissal = reader.IsDBNull(8) ? null
            : new FindingDismissal(reader.GetString(8), reader.GetString(9), CaseSummaryColumns.ReadTime(reader, 10, dialect));
        var conversion = reader.IsDBNull(11) ? null
            : new FindingConversion(
                reader.GetString(11), reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetString(13), reader.GetString(14),
                CaseSummaryColumns.ReadTime(reader, 15, dialect));
        var (caseId, officerId) = model.Subject switch
        {
            FindingSubject.Case => (subject, null),
            FindingSubject.CaseOfficer => (subject[..subject.LastIndexOf(':')], subject[(subject.LastIndexOf(':') + 1)..]),
            _ => ((string?)null, (string?)null),
        };
        return new Finding(
            FindingIds.Of(model.Id, tenant, subject), model.Id, model.Name, model.Basis, tenant, reader.GetString(1),
            model.Subject, caseId, officerId, ProblemModels.Evidence(model.Id, facts, day), dismissal, conversion);
    }
}
