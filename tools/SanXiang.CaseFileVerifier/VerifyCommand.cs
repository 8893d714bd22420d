using SanXiang.Domain.CaseFiles;

namespace SanXiang.Tools.CaseFiles;

/// <summary><c>SanXiang.CaseFileVerifier case.zip</c>: checks the case file and prints what it checked and the verdict, in Chinese with codes.</summary>
public static class VerifyCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Count != 1 || args[0] is "-h" or "--help")
        {
            await output.WriteLineAsync("用法：SanXiang.CaseFileVerifier <案卷.zip>").ConfigureAwait(false);
            await output.WriteLineAsync("退出码：0 案卷有效；1 案卷无效（被改动）；2 输入无法使用。").ConfigureAwait(false);
            return (int)CaseFileOutcome.Unusable;
        }

        var path = args[0];
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"[错误] FILE_NOT_FOUND 找不到文件：{path}").ConfigureAwait(false);
            await output.WriteLineAsync("结论：无法校验（UNUSABLE）").ConfigureAwait(false);
            return (int)CaseFileOutcome.Unusable;
        }

        CaseFileVerdict verdict;
        try
        {
            verdict = await CaseFileVerifier.VerifyFileAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The file could not be read at all: bad input, exit 2, never an unhandled crash.
            await output.WriteLineAsync($"[错误] FILE_UNREADABLE 无法读取文件：{exception.Message}").ConfigureAwait(false);
            await output.WriteLineAsync("结论：无法校验（UNUSABLE）").ConfigureAwait(false);
            return (int)CaseFileOutcome.Unusable;
        }

        await VerdictReport.WriteAsync(path, verdict, output).ConfigureAwait(false);
        return (int)verdict.Outcome;
    }
}
