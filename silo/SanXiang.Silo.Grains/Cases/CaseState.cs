using SanXiang.Plugins;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Cases.Events;

namespace SanXiang.Silo.Grains.Cases;

/// <summary>A case as its events make it; changed only by <see cref="Apply"/>, so a replay gives the same case.</summary>
[GenerateSerializer]
public sealed class CaseState
{
    [Id(0)]
    public bool Opened { get; private set; }

    [Id(1)]
    public string Title { get; private set; } = "";

    [Id(2)]
    public EnforcementCategory Category { get; private set; }

    [Id(3)]
    public CaseParty Party { get; private set; } = new("", PartyKind.Citizen, null);

    [Id(4)]
    public bool Simplified { get; private set; }

    [Id(5)]
    public decimal? ProposedFine { get; private set; }

    [Id(6)]
    public string SectorId { get; private set; } = "";

    [Id(7)]
    public DateTimeOffset OpenedAt { get; private set; }

    [Id(8)]
    public List<CaseOfficer> Officers { get; private set; } = [];

    [Id(9)]
    public DateTimeOffset? ClosedAt { get; private set; }

    [Id(10)]
    public Dictionary<string, StepRecord> Steps { get; private set; } = new(StringComparer.Ordinal);

    [Id(11)]
    public List<CaseDocumentView> Documents { get; private set; } = [];

    [Id(12)]
    public List<CaseRecordingView> Recordings { get; private set; } = [];

    [Id(13)]
    public List<CaseEvidenceView> Evidence { get; private set; } = [];

    /// <summary>Dated deadlines by (step, index): the latest computation wins.</summary>
    [Id(14)]
    public List<DeadlineEntry> Deadlines { get; private set; } = [];

    [Id(15)]
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Closed => ClosedAt is not null;

    public bool IsDone(string stepId) => Steps.ContainsKey(stepId);

    public bool HasIssued(string documentKind) => Documents.Any(d => d.Kind == documentKind);

    public void Apply(CaseEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        UpdatedAt = @event.At;
        switch (@event)
        {
            case CaseOpened opened:
                Opened = true;
                Title = opened.Title;
                Category = opened.Category;
                Party = opened.Party;
                Simplified = opened.Simplified;
                ProposedFine = opened.ProposedFine;
                SectorId = opened.SectorId;
                OpenedAt = opened.At;
                Officers = [.. opened.Officers];
                SetDeadlines(opened.Deadlines);
                break;
            case StepCompleted completed:
                Steps[completed.StepId] = new StepRecord(StepState.Completed, completed.At, completed.Actor, completed.Officers, null, completed.AvOverrideReason);
                SetDeadlines(completed.Deadlines);
                break;
            case StepSkipped skipped:
                Steps[skipped.StepId] = new StepRecord(StepState.Skipped, skipped.At, skipped.Actor, [], skipped.Reason, null);
                break;
            case CaseClosed closed:
                Steps[closed.StepId] = new StepRecord(StepState.Completed, closed.At, closed.Actor, closed.Officers, null, closed.AvOverrideReason);
                ClosedAt = closed.At;
                break;
            case RecordingAdded recording:
                Recordings.Add(new CaseRecordingView(recording.Files[0].ToStoredFile(), recording.Kind, recording.StepId, recording.Device, recording.RecordedAt, recording.OfficerId, recording.Continuous, recording.Actor, recording.At));
                break;
            case EvidenceAdded evidence:
                Evidence.Add(new CaseEvidenceView(evidence.Files[0].ToStoredFile(), evidence.StepId, evidence.Description, evidence.Actor, evidence.At));
                break;
            case DocumentIssued issued:
                Documents.Add(new CaseDocumentView(issued.DocumentId, issued.Kind, issued.Name, issued.Number, issued.StepId, issued.Files[0].ToStoredFile(), issued.At, issued.Actor, null));
                break;
            case SignedCopyAttached signed:
                var index = Documents.FindIndex(d => d.Id == signed.DocumentId);
                Documents[index] = Documents[index] with { SignedCopy = signed.Files[0].ToStoredFile() };
                break;
            case DeadlinesRecomputed recomputed:
                SetDeadlines(recomputed.Deadlines);
                break;
            default:
                throw new InvalidOperationException($"Case event {@event.GetType().Name} has no transition.");
        }
    }

    private void SetDeadlines(IReadOnlyList<DeadlineEntry> entries)
    {
        foreach (var entry in entries)
        {
            Deadlines.RemoveAll(d => d.StepId == entry.StepId && d.Index == entry.Index);
            Deadlines.Add(entry);
        }
    }
}
