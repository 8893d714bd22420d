namespace SanXiang.Web.Officers;

/// <summary>A problem with one row of an import file (row 0: the file as a whole), with its Chinese reason.</summary>
public sealed record ImportError(int Row, string Message)
{
    public override string ToString() => Row > 0 ? $"第 {Row} 行：{Message}" : Message;
}
