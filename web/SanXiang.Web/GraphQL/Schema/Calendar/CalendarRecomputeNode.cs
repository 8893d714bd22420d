using GraphQL;
using SanXiang.Silo.Calendar;

namespace SanXiang.Web.GraphQL.Schema.Calendar;

/// <summary>The last sweep that recomputed every open case's deadlines after a calendar change.</summary>
[Name("CalendarRecompute")]
public sealed class CalendarRecomputeNode(CalendarRecompute recompute)
{
    /// <summary>The calendar version it ran on; below the settings' version while a sweep is under way.</summary>
    public int Version => checked((int)recompute.Version);

    public int Tenants => recompute.Tenants;

    public int Cases => recompute.Cases;

    public int Failed => recompute.Failed;

    public string? Problem => recompute.Problem;

    public string StartedAt => CalendarSettingsNode.Instant(recompute.StartedAt);

    public string FinishedAt => CalendarSettingsNode.Instant(recompute.FinishedAt);
}
