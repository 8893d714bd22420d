namespace SanXiang.Silo.Host.Tests.EventLog.Journal;

/// <summary>A minimal event-sourced grain over the case event log; keyed <c>{tenant}/{case}</c>.</summary>
public interface INoteJournalGrain : IGrainWithStringKey
{
    Task<int> AddAsync(string text);

    Task<bool> AddIfCurrentAsync(string text);

    Task<IReadOnlyList<string>> NotesAsync();

    Task<int> VersionAsync();

    Task<bool> VerifyAsync();

    Task DeactivateAsync();
}
