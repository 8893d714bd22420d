using SanXiang.Domain.Calendar;
using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Files;
using SanXiang.Silo.Grains.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;

namespace SanXiang.Silo.Grains.Tests.Cases.Engine;

/// <summary>A market-regulation penalty case built from events, as the grain would replay it.</summary>
internal sealed class CaseHistory
{
    public static readonly ISectorPlugin Plugin = new MarketRegulationPlugin();

    private static readonly CaseOfficer[] Team = [new("A1", "张明", "A1"), new("A2", "李华", "A2")];

    private int files;

    private CaseHistory(CaseProcedure procedure) => Procedure = procedure;

    public CaseProcedure Procedure { get; }

    public CaseState State { get; } = new();

    public static Procedure PenaltyProcedure => Plugin.Procedures.Single(p => p.Category == EnforcementCategory.Penalty);

    public static CaseHistory Penalty(DateTimeOffset filedAt, bool simplified = false, WorkingDayCalendar? calendar = null)
    {
        var procedure = new CaseProcedure(PenaltyProcedure, simplified, Plugin.AvItemDefaults, Plugin.DocumentTemplates, Plugin.CaseFileStandards);
        var history = new CaseHistory(procedure);
        var deadlines = DeadlineSchedule.From(procedure.Steps, null, CaseDates.ChinaDate(filedAt), calendar ?? WorkingDayCalendar.Official);
        history.State.Apply(new CaseOpened("销售过期食品案", EnforcementCategory.Penalty, new CaseParty("新田县某超市", PartyKind.Organisation, "91431128MA4L0000X1"), simplified, 5000m, Team, "market-regulation", "1", deadlines) { Actor = "officer", At = filedAt });
        return history;
    }

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

    /// <summary>Completes a step after issuing its documents (and, where the AV list asks, a recording), as the grain would after its checks.</summary>
    public CaseHistory Complete(string stepId, DateTimeOffset? at = null, WorkingDayCalendar? calendar = null)
    {
        var step = Procedure.Step(stepId);
        foreach (var kind in step.RequiredDocuments.Where(k => !State.HasIssued(k)))
        {
            Issue(kind, stepId);
        }

        var when = at ?? State.UpdatedAt.AddDays(1);
        var deadlines = DeadlineSchedule.From(Procedure.Steps, stepId, CaseDates.ChinaDate(when), calendar ?? WorkingDayCalendar.Official);
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
