namespace SanXiang.Silo.Host.Tests.EventLog.Journal;

[GenerateSerializer, Immutable]
public sealed record NoteAdded([property: Id(0)] string Text, [property: Id(1)] string Actor, [property: Id(2)] DateTimeOffset At);
