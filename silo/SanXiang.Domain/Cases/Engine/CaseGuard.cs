using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Cases.Engine;

/// <summary>Commands need an open case: CASE_NOT_FOUND before filing, CASE_CLOSED after 结案.</summary>
public static class CaseGuard
{
    public static void CheckOpen(CaseState state, string caseId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Opened)
        {
            throw new SanXiangException(ErrorCodes.CaseNotFound, $"案件“{caseId}”不存在。");
        }

        if (state.Closed)
        {
            throw new SanXiangException(ErrorCodes.CaseClosed, $"案件“{caseId}”已结案归档，不能再作更改。");
        }
    }
}
