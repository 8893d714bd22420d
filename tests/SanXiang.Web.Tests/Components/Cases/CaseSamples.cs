using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Files;
using SanXiang.Silo.Officers;

namespace SanXiang.Web.Tests.Components.Cases;

internal static class CaseSamples
{
    public static readonly DateTimeOffset At = new(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8));

    public static readonly DateOnly Today = new(2026, 11, 23);

    public static AgencyProfile Xintian() =>
        new("xintian-scjg", "新田县市场监督管理局", AgencyLevel.County, "market-regulation", "431128", null, null, true, "003");

    public static Officer Officer(string name, string certificate, params EnforcementCategory[] categories) =>
        new(certificate, name, "执法大队", "执法队员", certificate, categories.Length == 0 ? [EnforcementCategory.Penalty] : categories, "新田县", new DateOnly(2024, 1, 1), new DateOnly(2030, 12, 31), OfficerStatus.Active, false, false);

    public static CaseOfficer Named(Officer officer) => new(officer.Id, officer.Name, officer.CertificateNumber);

    public static readonly Officer Zhang = Officer("张明", "43110001");

    public static readonly Officer Li = Officer("李华", "43110002");

    public static readonly Officer Wang = Officer("王芳", "43110003", EnforcementCategory.Inspection);

    public static StoredFile File(string name) => new("sm3:" + new string('a', 64), name, "application/octet-stream", 1024);

    public static CaseSummary Summary(string id, string title, CaseStatus status, EnforcementCategory category, Officer officer, params DateOnly[] openDeadlines) =>
        new("xintian-scjg", id, title, category, status, status == CaseStatus.Open ? "investigation" : null, status == CaseStatus.Open ? "调查取证" : null,
            new CaseParty("新田县某某食品超市有限公司", PartyKind.Organisation, null), [Named(officer)], At.AddMinutes(int.Parse(id[^4..], System.Globalization.CultureInfo.InvariantCulture)), null, At,
            [.. openDeadlines.Order().Select(d => new CaseSummaryDeadline(d, "自立案之日起九十日内作出行政处罚决定"))], 3);

    private static CaseStepView Step(string id, CaseStepKind kind, string name, StepState state, int minimumOfficers = 1, bool optional = false, AvRequirementView? av = null, params RequiredDocumentView[] documents) =>
        new(id, kind, name, optional, optional ? "证据可能灭失或者以后难以取得的" : null, state, state == StepState.Completed ? At : null, state == StepState.Completed ? "xintian-scjg.officer" : null,
            state == StepState.Completed ? [Named(Zhang)] : [], state == StepState.Skipped ? "无需先行登记保存" : null, documents, av ?? AvRequirementView.None, minimumOfficers, optional ? null : "法定必经环节，不能跳过。");

    public static readonly AvRequirementView InvestigationAv = new(true, false, [AvKind.Photo, AvKind.Video], true, null, ["现场检查"], ["“现场检查”须照相或录像"]);

    /// <summary>A penalty case filed and waiting for its investigation, which needs two officers, two records and AV.</summary>
    public static CaseView Investigation(bool optionalCurrent = false) => new(
        "2026-0001",
        "xintian-scjg",
        "销售超过保质期的食品案",
        EnforcementCategory.Penalty,
        new CaseParty("新田县某某食品超市有限公司", PartyKind.Organisation, "91431128MA4L123456"),
        false,
        null,
        CaseStatus.Open,
        At,
        null,
        [Named(Zhang), Named(Li)],
        [
            Step("filing", CaseStepKind.Filing, "立案", StepState.Completed, documents: [new("filing-approval", "立案审批表", true)]),
            optionalCurrent
                ? Step("evidence-preservation", CaseStepKind.Evidence, "证据先行登记保存", StepState.Pending, 2, optional: true)
                : Step("investigation", CaseStepKind.Investigation, "调查取证", StepState.Pending, 2, av: InvestigationAv, documents: [new("on-site-record", "现场笔录", false), new("inquiry-record", "询问笔录", false)]),
            Step("notification", CaseStepKind.Notification, "告知（陈述申辩）", StepState.Pending, documents: [new("penalty-notice", "行政处罚告知书", false)]),
        ],
        optionalCurrent ? "evidence-preservation" : "investigation",
        [new CaseDocumentView("d0", "filing-approval", "立案审批表", null, "filing", File("filing.docx"), At, "xintian-scjg.officer", null)],
        [],
        [],
        [
            new CaseDeadlineView("自立案之日起九十日内作出行政处罚决定", "《中华人民共和国行政处罚法》第六十条", "decision", new DateOnly(2027, 2, 18), false, CaseDeadlineStatus.Open, null, null),
            new CaseDeadlineView("当事人要求听证的，应当在行政机关告知后五日内提出", "《中华人民共和国行政处罚法》第六十四条第一项、第八十五条", "hearing", new DateOnly(2027, 1, 4), true, CaseDeadlineStatus.Open, null, null),
        ],
        new CaseFileCompleteness([new("filing-approval", "立案审批表", true, true), new("on-site-record", "现场笔录", true, false)], false),
        2);

    public static IReadOnlyList<DocumentTemplate> Templates() =>
    [
        new("on-site-record", "现场笔录", null,
        [
            new("agency_name", "执法机关名称", FieldType.Text, true, "新田县市场监督管理局"),
            new("party_name", "当事人名称（姓名）", FieldType.Text, true, "某公司"),
            new("place", "地点", FieldType.Text, true, "新田县龙泉镇"),
            new("date", "成文日期", FieldType.Date, true, "2026年1月8日"),
        ], "templates/on-site-record.liquid"),
        new("penalty-notice", "行政处罚告知书", "{机关代字}罚告〔{年}〕{序号}号",
        [
            new("document_number", "文号", FieldType.Text, true, "新市监罚告〔2026〕5号"),
            new("party_name", "当事人名称（姓名）", FieldType.Text, true, "某公司"),
        ], "templates/penalty-notice.liquid"),
    ];
}
