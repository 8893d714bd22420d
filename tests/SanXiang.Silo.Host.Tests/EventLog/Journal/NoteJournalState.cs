namespace SanXiang.Silo.Host.Tests.EventLog.Journal;

[GenerateSerializer]
public sealed class NoteJournalState
{
    [Id(0)]
    public List<string> Notes { get; } = [];

    public void Apply(NoteAdded added) => Notes.Add(added.Text);
}
