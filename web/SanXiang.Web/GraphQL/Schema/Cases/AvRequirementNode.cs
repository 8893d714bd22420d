using GraphQL;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>What the agency's 音像记录事项清单 asks of a step, and the reason given if it was completed without it.</summary>
[Name("AvRequirement")]
public sealed class AvRequirementNode(AvRequirementView av)
{
    public bool Required => av.Required;

    /// <summary>全过程音像记录: the whole action without a break.</summary>
    public bool Continuous => av.Continuous;

    public IEnumerable<AvKind> Kinds => av.Kinds;

    public bool OverrideAllowed => av.OverrideAllowed;

    public string? OverrideReason => av.OverrideReason;

    /// <summary>The list's descriptions that apply (现场检查, 听证 …).</summary>
    public IEnumerable<string> Items => av.Items;
}
