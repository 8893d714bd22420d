namespace SanXiang.Silo.Host;

/// <summary>The <c>SanXiang:Silo</c> section: how this process takes part in the cluster.</summary>
public sealed class SanXiangSiloOptions
{
    /// <summary><see cref="SiloRole.CoHosted"/> runs a silo in this process; <see cref="SiloRole.Client"/> only connects to silos (PostgreSQL only).</summary>
    public SiloRole Role { get; set; } = SiloRole.CoHosted;

    /// <summary>Silo-to-silo port; give each silo on one machine its own.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port that clients connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Names the stored data: grain state and reminders are kept per service id, so it must not change between deployments.</summary>
    public string ServiceId { get; set; } = "sanxiang";

    /// <summary>Silos with the same cluster id on one database form one cluster.</summary>
    public string ClusterId { get; set; } = "sanxiang";
}
