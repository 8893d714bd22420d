using GraphQL;
using SanXiang.Plugins;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A row of the agency's 音像记录事项清单.</summary>
[Name("AvItem")]
public sealed class AvItemNode(AvItem item)
{
    public CaseStepKind Step => item.Step;

    public string Description => item.Description;

    public IEnumerable<AvKind> Kinds => item.Kinds;

    /// <summary>全过程音像记录.</summary>
    public bool Continuous => item.Continuous;

    /// <summary>Whether an officer may complete the step without the record, giving a reason.</summary>
    public bool OverrideAllowed => item.OverrideAllowed;
}
