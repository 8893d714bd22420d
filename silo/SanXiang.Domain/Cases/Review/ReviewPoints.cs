namespace SanXiang.Domain.Cases.Review;

/// <summary>The seven review points and their findings in Chinese: the one place the console, the API and the opinion document take them from.</summary>
public static class ReviewPoints
{
    /// <summary>The points in the order the plans list them.</summary>
    public static IReadOnlyList<ReviewPoint> All { get; } = Enum.GetValues<ReviewPoint>();

    public static string Name(ReviewPoint point) => point switch
    {
        ReviewPoint.LawfulBodyAndOfficers => "执法主体是否合法，执法人员是否具备执法资格",
        ReviewPoint.LawfulProcedure => "执法程序是否合法",
        ReviewPoint.FactsAndEvidence => "案件事实是否清楚，证据是否合法充分",
        ReviewPoint.LawAndDiscretion => "适用法律依据是否准确，裁量是否适当",
        ReviewPoint.WithinPowers => "是否超越本机关法定权限",
        ReviewPoint.Documents => "执法文书是否完备、规范",
        ReviewPoint.CrimeTransfer => "违法行为是否涉嫌犯罪、需要移送司法机关",
        _ => throw new ArgumentOutOfRangeException(nameof(point), point, null),
    };

    /// <summary>The point's number, 1 to 7, as the plans number them.</summary>
    public static int Number(ReviewPoint point) => (int)point + 1;

    public static string Name(ReviewFinding finding) => finding switch
    {
        ReviewFinding.Satisfied => "符合",
        ReviewFinding.Problem => "存在问题",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, null),
    };

    /// <summary>The form's field of a point, as refusals name it: <c>checklist.FactsAndEvidence.note</c>.</summary>
    public static string Field(ReviewPoint point, string part) => $"checklist.{point}.{part}";
}
