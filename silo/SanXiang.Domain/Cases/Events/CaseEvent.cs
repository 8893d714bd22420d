namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// Something that happened to a case. Who and when are kept beside the payload in the log row and in the
/// payload itself, both covered by the chain hash. Kinds are mapped once in <see cref="CaseEventCodec"/>.
/// </summary>
public abstract record CaseEvent
{
    public required string Actor { get; init; }
    public required DateTimeOffset At { get; init; }
}
