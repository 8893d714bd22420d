namespace SanXiang.Domain.Deadlines;

/// <summary>
/// The statutory and national time limits the case engine enforces. 行政处罚法 第八十五条 makes its 2/3/5/7-day
/// periods working days (statutory holidays excluded); its 90 days (第六十条) are natural days.
/// </summary>
public static class StatutoryDeadlines
{
    private const string PenaltyLaw = "《中华人民共和国行政处罚法》";
    private const string NationalGuidance = "国办发〔2018〕118号";
    private const string XuchangPlan = "许依法行政领〔2019〕2号";

    // 行政处罚法 第六十条: decide within 90 (natural) days of filing; other laws may allow more, never this rule.
    public static IDeadlineRule Decision { get; } = new CalendarDaysAfterRule(
        "APL-60-DECISION",
        $"{PenaltyLaw}第六十条",
        "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。",
        90);

    // 行政处罚法 第六十四条第一项: hearing request within 5 working days of being told.
    public static IDeadlineRule HearingRequest { get; } = new WorkingDaysAfterRule(
        "APL-64-HEARING-REQUEST",
        $"{PenaltyLaw}第六十四条第一项",
        "当事人要求听证的，应当在行政机关告知后五日内提出。",
        5);

    // 行政处罚法 第六十四条第二项: notice of the hearing 7 working days before it; the anchor is the hearing date.
    public static IDeadlineRule HearingNotice { get; } = new WorkingDaysBeforeRule(
        "APL-64-HEARING-NOTICE",
        $"{PenaltyLaw}第六十四条第二项",
        "行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点。",
        7);

    // 行政处罚法 第六十一条: an absent party is served within 7 working days of the pronouncement.
    public static IDeadlineRule ServiceToAbsentParty { get; } = new WorkingDaysAfterRule(
        "APL-61-SERVICE-ABSENT",
        $"{PenaltyLaw}第六十一条",
        "当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人。",
        7);

    // 行政处罚法 第五十六条: evidence registered and preserved in advance is decided on within 7 working days.
    public static IDeadlineRule PreservedEvidence { get; } = new WorkingDaysAfterRule(
        "APL-56-PRESERVED-EVIDENCE",
        $"{PenaltyLaw}第五十六条",
        "先行登记保存的，应当在七日内及时作出处理决定。",
        7);

    // 行政处罚法 第四十八条: a published decision changed, revoked or found illegal or void is withdrawn within 3 working days.
    public static IDeadlineRule WithdrawPublishedPenalty { get; } = new WorkingDaysAfterRule(
        "APL-48-WITHDRAW",
        $"{PenaltyLaw}第四十八条",
        "公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。",
        3);

    // 国办发〔2018〕118号 (DOMAIN.md §1): enforcement decisions are public within 20 working days.
    public static IDeadlineRule PublishDecision { get; } = new WorkingDaysAfterRule(
        "DISCLOSE-DECISION",
        NationalGuidance,
        "行政执法机关要在执法决定作出之日起20个工作日内，向社会公布执法机关、执法对象、执法类别、执法结论等信息。",
        20);

    // 国办发〔2018〕118号: licensing and penalty decisions within 7 working days, unless a law says otherwise.
    public static IDeadlineRule PublishLicensingOrPenaltyDecision { get; } = new WorkingDaysAfterRule(
        "DISCLOSE-LICENSING-PENALTY",
        NationalGuidance,
        "行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开，但法律、行政法规另有规定的除外。",
        7);

    // 许依法行政领〔2019〕2号 task 13: update disclosed information within 20 working days of a change.
    public static IDeadlineRule UpdateDisclosedInformation { get; } = new WorkingDaysAfterRule(
        "DISCLOSE-UPDATE",
        $"{XuchangPlan}第13项",
        "法律、法规、规章及机构职能变化或执法人员变动的，应当在20个工作日内更新相关行政执法信息。",
        20);

    // 许依法行政领〔2019〕2号 task 13: withdraw a revoked, illegal or to-be-redone decision within 20 working days.
    public static IDeadlineRule WithdrawDisclosedDecision { get; } = new WorkingDaysAfterRule(
        "DISCLOSE-WITHDRAW",
        $"{XuchangPlan}第13项",
        "已公开的行政执法决定被依法撤销、确认违法或者要求重新作出的，应当在20个工作日内撤下原行政执法决定信息。",
        20);

    // 许依法行政领〔2019〕2号 task 13: correct inaccurate disclosed information within 20 working days.
    public static IDeadlineRule CorrectDisclosedInformation { get; } = new WorkingDaysAfterRule(
        "DISCLOSE-CORRECT",
        $"{XuchangPlan}第13项",
        "发现已公开的行政执法信息内容不准确的，应当在20个工作日内更正。",
        20);

    // 国办发〔2018〕118号: last year's enforcement statistics are public by 31 January; the anchor is any day of the reported year.
    public static IDeadlineRule AnnualStatistics { get; } = new AnnualDateRule(
        "DISCLOSE-ANNUAL-STATISTICS",
        NationalGuidance,
        "各级行政执法机关要于每年1月31日前公开本机关上年度行政执法总体情况有关数据，并报本级人民政府和上级主管部门。",
        1,
        31);

    /// <summary>The law's rule and a local plan's rule for the same act, the stricter (earlier) one winning.</summary>
    public static IDeadlineRule Stricter(IDeadlineRule statutory, IDeadlineRule local)
    {
        ArgumentNullException.ThrowIfNull(statutory);
        ArgumentNullException.ThrowIfNull(local);
        return new StricterRule(statutory, local);
    }
}
