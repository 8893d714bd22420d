namespace SanXiang.Silo.Grains.EventSourcing;

public static class LogConsistency
{
    /// <summary>The name event-sourced grains give in <c>[LogConsistencyProvider(ProviderName = ...)]</c>.</summary>
    public const string CustomStorage = "CustomStorage";
}
