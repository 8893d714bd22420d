using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Disclosures;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Disclosures;

/// <summary>A case up to its decision, built from events as the grain replays it, and the disclosure its decision drafts.</summary>
internal static class DecidedCase
{
    public static readonly ProcedureStep DecisionStep = new("decision", CaseStepKind.Decision, "作出处罚决定", false, null, ["penalty-decision"], 1, []);

    public static readonly CaseParty Citizen = new("张三", PartyKind.Citizen, "43112819800101001X");

    public static readonly CaseParty Company = new("新田县某超市有限公司", PartyKind.Organisation, "91431128MA4L0000X1");

    /// <summary>China time 10:00 on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public static CaseState State(CaseParty party, DecisionProposal? proposal, EnforcementCategory category = EnforcementCategory.Penalty, DateOnly? filedOn = null)
    {
        var filed = At(filedOn ?? new DateOnly(2026, 9, 1));
        var state = new CaseState();
        state.Apply(new CaseOpened("销售过期食品案", category, party, false, null, [new CaseOfficer("A1", "张明", "A1")], "market-regulation", "1", []) { Actor = "officer", At = filed });
        if (proposal is not null)
        {
            state.Apply(new DecisionProposed(proposal, proposal.Hash) { Actor = "officer", At = filed.AddDays(1) });
        }

        state.Apply(new DocumentIssued("D1", "penalty-decision", "行政处罚决定书", "新市监罚〔2026〕12号", DecisionStep.Id, [new EventFile("sm3:" + new string('a', 64), "d.docx", "application/octet-stream", 1)]) { Actor = "officer", At = filed.AddDays(2) });
        return state;
    }

    public static DecisionProposal Fine(decimal fine, string facts = "当事人销售超过保质期的食品", params PenaltyKind[] others) =>
        new([.. fine > 0 ? [PenaltyKind.Fine] : Array.Empty<PenaltyKind>(), .. others], fine, 0, "《中华人民共和国食品安全法》第一百二十四条", facts, false);

    /// <summary>The state after the decision step, its draft applied, as the grain appends both.</summary>
    public static CaseState Decide(CaseState state, DateOnly decidedOn, bool publishesWarningOnly = true, WorkingDayCalendar? calendar = null)
    {
        var at = At(decidedOn);
        var draft = DisclosureRules.Draft(state, DecisionStep, at, calendar ?? WorkingDayCalendar.Official, publishesWarningOnly);
        state.Apply(new StepCompleted(DecisionStep.Id, [], null, []) { Actor = "officer", At = at });
        state.Apply(new DisclosureDrafted(draft) { Actor = "officer", At = at });
        return state;
    }

    public static DisclosurePublished Publish(CaseState state, DateOnly on, DisclosureText? text = null, DateOnly? restrictionEnds = null)
    {
        var given = text ?? DisclosureText.None;
        var shown = DisclosureEngine.Preview(state, "C1", "新田县市场监督管理局", given, DisclosureSettings.Default);
        var published = DisclosureEngine.Publish(state, "C1", "新田县市场监督管理局", new PublishDisclosureCommand(given, shown.Hash, restrictionEnds, "officer", At(on)), DisclosureSettings.Default);
        state.Apply(published);
        return published;
    }
}
