using SanXiang.Domain.Supervision;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// Each problem model as one query over the read model, giving the columns <c>tenant, subject, title, detail, extra, day,
/// at</c> (<see cref="FindingFacts"/>) for every agency at once; <see cref="FindingQueries"/> narrows it to a subtree.
/// Parameters: <c>@today</c> (a day) and <c>@filed_before</c> (a time).
/// </summary>
internal static class FindingSql
{
    public static string For(string modelId, EventLogDialect dialect) => modelId switch
    {
        // 第六十条: a penalty case filed more than 90 days ago with no decision made (a decision leaves its disclosure row).
        ProblemModels.CasePastNinetyDays =>
            """
            SELECT s.tenant AS tenant, s.case_id AS subject, s.title AS title, s.party_name AS detail, NULL AS extra, NULL AS day, s.opened_at AS at
            FROM case_summaries s
            WHERE s.status = 'Open' AND s.category = 'Penalty' AND s.opened_at < @filed_before
              AND NOT EXISTS (SELECT 1 FROM disclosures x WHERE x.tenant = s.tenant AND x.case_id = s.case_id)
            """,

        // A draft past its due day, or a record published after it (the due day ends at midnight, Beijing time).
        ProblemModels.DisclosureLate =>
            $"""
            SELECT d.tenant AS tenant, d.case_id AS subject, d.case_title AS title, d.document_number AS detail, NULL AS extra, d.due AS day, d.published_at AS at
            FROM disclosures d
            WHERE d.due IS NOT NULL
              AND ((d.status = 'Draft' AND d.due < @today) OR (d.status = 'Published' AND d.published_at >= {DayAfterInBeijing("d.due", dialect)}))
            """,

        // An officer named on an open case whose certificate is revoked, suspended or past its last day.
        ProblemModels.CertificateInvalid =>
            """
            SELECT s.tenant AS tenant, s.case_id || ':' || o.officer_id AS subject, s.title AS title, p.name AS detail, p.status AS extra, p.valid_to AS day, NULL AS at
            FROM case_summaries s
            JOIN case_summary_officers o ON o.tenant = s.tenant AND o.case_id = s.case_id
            JOIN published_officers p ON p.tenant = o.tenant AND p.officer_id = o.officer_id
            WHERE s.status = 'Open' AND (p.status <> 'Active' OR p.valid_to < @today)
            """,

        // An agency whose plan has ledger tasks overdue today; the subject is the latest day one turned overdue, so a
        // dismissal covers the tasks it saw and a task that turns overdue later is a new finding.
        ProblemModels.LedgerTaskOverdue =>
            $"""
            SELECT t.tenant AS tenant, CAST(MAX(t.day) AS {Text(dialect)}) AS subject, '' AS title, CAST(SUM(t.count) AS {Text(dialect)}) AS detail, NULL AS extra, MIN(t.day) AS day, NULL AS at
            FROM plan_agency_dates t
            WHERE t.measure = '{PlanRollupMeasures.OverdueTasks}' AND t.day <= @today
            GROUP BY t.tenant
            """,

        _ => throw new ArgumentOutOfRangeException(nameof(modelId), modelId, "No query for this problem model."),
    };

    // SQLite holds times as UTC text (yyyy-MM-ddTHH:mm:ss.ffffffZ): the Beijing day after D begins at D 16:00 UTC.
    private static string DayAfterInBeijing(string day, EventLogDialect dialect) => dialect == EventLogDialect.Postgres
        ? $"(({day} + 1)::timestamp - interval '8 hours') AT TIME ZONE 'UTC'"
        : $"{day} || 'T16:00:00.000000Z'";

    private static string Text(EventLogDialect dialect) => dialect == EventLogDialect.Postgres ? "text" : "TEXT";
}
