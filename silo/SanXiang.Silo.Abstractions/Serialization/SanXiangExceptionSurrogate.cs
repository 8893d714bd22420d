using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Serialization;

/// <summary>What of a <see cref="SanXiangException"/> crosses a grain call: its code, message and field problems.</summary>
[GenerateSerializer]
public struct SanXiangExceptionSurrogate
{
    [Id(0)]
    public string Code;

    [Id(1)]
    public string Message;

    [Id(2)]
    public List<FieldProblem> Problems;
}
