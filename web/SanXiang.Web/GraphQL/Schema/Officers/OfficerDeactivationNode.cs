using GraphQL;
using SanXiang.Silo.Officers;

namespace SanXiang.Web.GraphQL.Schema.Officers;

/// <summary>Why and since when (yyyy-MM-dd) an officer was deactivated (停用).</summary>
[Name("OfficerDeactivation")]
public sealed class OfficerDeactivationNode(OfficerDeactivation deactivation)
{
    public string Reason => deactivation.Reason;

    public string On => IsoDate.Format(deactivation.On);
}
