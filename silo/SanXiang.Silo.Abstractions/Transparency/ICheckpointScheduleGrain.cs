namespace SanXiang.Silo.Transparency;

/// <summary>
/// The platform's one checkpoint schedule (key: <c>platform</c>): a reminder every few minutes signs the
/// checkpoints of the agencies whose time in the daily window has come (SanXiang.Domain.Integrity.CheckpointWindow),
/// and remembers how far it got, so a restart resumes where it stopped and no agency needs a reminder of its own.
/// </summary>
public interface ICheckpointScheduleGrain : IGrainWithStringKey
{
    /// <summary>Registers the schedule's reminder unless it is registered; the one call a silo start makes.</summary>
    Task EnsureScheduledAsync();

    /// <summary>Signs the checkpoints due since the last run, up to now; returns how many it signed.</summary>
    Task<int> RunDueAsync();
}
