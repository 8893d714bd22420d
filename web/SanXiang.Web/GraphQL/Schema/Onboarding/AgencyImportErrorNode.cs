using GraphQL;
using SanXiang.Web.Onboarding;

namespace SanXiang.Web.GraphQL.Schema.Onboarding;

/// <summary>A problem of an onboarding file: sheet, row (0: the sheet or file as a whole), column when one is to blame, a stable code and the Chinese reason.</summary>
[Name("AgencyImportError")]
public sealed class AgencyImportErrorNode(OnboardingError error)
{
    public string Sheet => error.Sheet;

    public int Row => error.Row;

    public string? Column => error.Column;

    public string Code => error.Code;

    public string Message => error.Message;
}
