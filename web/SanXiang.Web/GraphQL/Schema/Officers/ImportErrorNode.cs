using GraphQL;
using SanXiang.Web.Officers;

namespace SanXiang.Web.GraphQL.Schema.Officers;

/// <summary>A problem in one row of an import file (row 0: the file as a whole), in Chinese.</summary>
[Name("ImportError")]
public sealed class ImportErrorNode(ImportError error)
{
    public int Row => error.Row;

    public string Message => error.Message;
}
