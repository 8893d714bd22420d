using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Files;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;

namespace SanXiang.Domain.Tests.Cases.Engine;

/// <summary>A market-regulation penalty case built from events, as the grain would replay it, with the agency's certified officers.</summary>
internal sealed class CaseHistory
{
    public static readonly ISectorPlugin Plugin = new MarketRegulationPlugin();

    public static readonly string[] Two = ["A1", "A2"];

    private static readonly CaseOfficer[] Team = [new("A1", "张明", "A1"), new("A2", "李华", "A2")];

    private int files;

    private CaseHistory(CaseProcedure procedure) => Procedure = procedure;

    /// <summary>The agency's officers: 张明 and 李华 certified for penalties, 王芳's certificate expired at the end of 2025.</summary>
    public static IReadOnlyDictionary<string, NamedOfficer> Roster { get; } = new Dictionary<string, NamedOfficer>
    {
        ["A1"] = Officer("A1", "张明"),
        ["A2"] = Officer("A2", "李华"),
        ["A3"] = Officer("A3", "王芳", validTo: new DateOnly(2025, 12, 31)),
    };

    public CaseProcedure Procedure { get; }

    public CaseState State { get; } = new();

    public static PinnedProcedure PenaltyProcedure => PinnedProcedure.From(Plugin, EnforcementCategory.Penalty)!;

    public static CaseHistory Penalty(DateTimeOffset filedAt, bool simplified = false, WorkingDayCalendar? calendar = null)
    {
        var procedure = new CaseProcedure(PenaltyProcedure, simplified, Plugin.AvItemDefaults);
        var history = new CaseHistory(procedure);
        var deadlines = DeadlineSchedule.From(procedure, null, CaseDates.ChinaDate(filedAt), calendar ?? WorkingDayCalendar.Official);
        history.State.Apply(new CaseOpened("销售过期食品案", EnforcementCategory.Penalty, new CaseParty("新田县某超市", PartyKind.Organisation, "91431128MA4L0000X1"), simplified, 5000m, Team, "market-regulation", "1", deadlines, PenaltyProcedure.Hash) { Actor = "officer", At = filedAt });
        return history;
    }

    public static NamedOfficer Officer(string id, string name, DateOnly? validTo = null) =>
        new(new CaseOfficer(id, name, id), new OfficerFacts(name, id, [EnforcementCategory.Penalty, EnforcementCategory.Inspection], null, new DateOnly(2020, 1, 1), validTo ?? new DateOnly(2030, 12, 31), OfficerStanding.Active));

    /// <summary>What the engine makes of completing <paramref name="stepId"/> now with <paramref name="officers"/>.</summary>
    public CaseEvent Attempt(string stepId, IReadOnlyList<string>? officers = null, string? avOverrideReason = null) =>
        Procedure.Complete(State, new CompleteStepCommand(stepId, officers ?? Two, avOverrideReason, "officer", State.UpdatedAt.AddHours(1)), Roster, WorkingDayCalendar.Official);

    public StepSkipped AttemptSkip(string stepId, string reason) =>
        Procedure.Skip(State, new SkipStepCommand(stepId, reason, "officer", State.UpdatedAt.AddHours(1)));

    public CaseHistory Issue(string kind, string stepId)
    {
        State.Apply(new DocumentIssued($"D{State.Documents.Count + 1}", kind, Procedure.DocumentName(kind), null, stepId, [NextFile("docx")]) { Actor = "officer", At = State.UpdatedAt });
        return this;
    }

    public CaseHistory Record(string stepId, AvKind kind, bool continuous = false)
    {
        State.Apply(new RecordingAdded([NextFile("mp4")], kind, stepId, "执法记录仪 DSJ-01", State.UpdatedAt, "A1", continuous) { Actor = "officer", At = State.UpdatedAt });
        return this;
    }

    /// <summary>Completes a step after issuing its documents, as the grain would after the engine's checks (the AV record waived by a reason).</summary>
    public CaseHistory Complete(string stepId, DateTimeOffset? at = null, WorkingDayCalendar? calendar = null)
    {
        var step = Procedure.Step(stepId);
        foreach (var kind in step.RequiredDocuments.Where(k => !State.HasIssued(k)))
        {
            Issue(kind, stepId);
        }

        var when = at ?? State.UpdatedAt.AddDays(1);
        var deadlines = DeadlineSchedule.From(Procedure, stepId, CaseDates.ChinaDate(when), calendar ?? WorkingDayCalendar.Official);
        State.Apply(new StepCompleted(stepId, Team, "测试：按事项清单免除", deadlines) { Actor = "officer", At = when });
        return this;
    }

    public CaseHistory Skip(string stepId)
    {
        State.Apply(new StepSkipped(stepId, "当事人未要求听证") { Actor = "officer", At = State.UpdatedAt.AddHours(1) });
        return this;
    }

    public CaseHistory CompleteThrough(string lastStepId)
    {
        foreach (var step in Procedure.Steps)
        {
            if (step.Optional)
            {
                Skip(step.Id);
            }
            else
            {
                Complete(step.Id);
            }

            if (step.Id == lastStepId)
            {
                break;
            }
        }

        return this;
    }

    private EventFile NextFile(string extension)
    {
        files++;
        return EventFile.From(new StoredFile("sm3:" + files.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), $"f{files}.{extension}", "application/octet-stream", 1));
    }
}
