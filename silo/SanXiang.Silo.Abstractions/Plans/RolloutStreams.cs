using Orleans.Runtime;

namespace SanXiang.Silo.Plans;

/// <summary>
/// The Orleans stream each department's roll-out changes travel on: one stream per agency, and a change is sent to the
/// agency's own and to every department's above it, so a dashboard subscribes to one stream whatever the depth below.
/// Every silo and every client of the cluster registers the provider, so a change made through any process reaches the
/// dashboards of every web process.
/// </summary>
public static class RolloutStreams
{
    public const string Provider = "rollout";

    public const string Namespace = "rollout";

    public static StreamId For(string tenantId) => StreamId.Create(Namespace, tenantId);
}
