using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Serialization;

/// <summary>
/// The Domain's refusals reach the caller of a grain with their code and every field problem intact; Orleans'
/// generic exception codec would keep only the message.
/// </summary>
[RegisterConverter]
public sealed class SanXiangExceptionConverter : IConverter<SanXiangException, SanXiangExceptionSurrogate>
{
    public SanXiangException ConvertFromSurrogate(in SanXiangExceptionSurrogate surrogate) =>
        new(surrogate.Code, surrogate.Message, surrogate.Problems ?? []);

    public SanXiangExceptionSurrogate ConvertToSurrogate(in SanXiangException value) =>
        new() { Code = value.Code, Message = value.Message, Problems = [.. value.Problems] };
}
