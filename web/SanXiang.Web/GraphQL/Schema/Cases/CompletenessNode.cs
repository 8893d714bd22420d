using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>The case against its sector's 案卷标准.</summary>
[Name("CaseFileCompleteness")]
public sealed class CompletenessNode(CaseFileCompleteness completeness)
{
    public bool Complete => completeness.Complete;

    public IEnumerable<CaseFileItemNode> Items => completeness.Items.Select(i => new CaseFileItemNode(i));
}
