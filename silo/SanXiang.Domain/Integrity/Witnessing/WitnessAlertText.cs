using System.Globalization;

namespace SanXiang.Domain.Integrity.Witnessing;

/// <summary>
/// The Chinese sentence a supervising department reads when it refused to witness an agency's checkpoint, naming the
/// agency and the sizes, e.g. “许昌市某局的执法日志与上次见证时不一致（上次 1 200 条，本次 1 100 条），已拒绝见证”.
/// One place, for the console and the API alike.
/// </summary>
public static class WitnessAlertText
{
    private static readonly NumberFormatInfo Grouped = new() { NumberGroupSeparator = " ", NumberGroupSizes = [3], NumberDecimalDigits = 0 };

    public static string Describe(WitnessOutcome outcome, string agencyName, long previousSize, long newSize)
    {
        var sizes = $"（上次 {Count(previousSize)} 条，本次 {Count(newSize)} 条）";
        return outcome switch
        {
            WitnessOutcome.SignatureInvalid => $"{agencyName}提交见证的检查点签名无效{sizes}，已拒绝见证",
            WitnessOutcome.SizeWentBackwards => $"{agencyName}的执法日志与上次见证时不一致{sizes}，记录条数减少，已拒绝见证",
            WitnessOutcome.RootChanged => $"{agencyName}的执法日志与上次见证时不一致{sizes}，条数相同而内容不同，已拒绝见证",
            WitnessOutcome.ProofInvalid => $"{agencyName}的执法日志与上次见证时不一致{sizes}，一致性证明不成立，已拒绝见证",
            _ => $"{agencyName}的检查点已见证{sizes}",
        };
    }

    private static string Count(long value) => value.ToString("N0", Grouped);
}
