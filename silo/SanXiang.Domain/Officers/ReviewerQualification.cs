namespace SanXiang.Domain.Officers;

/// <summary>
/// 行政处罚法 第五十八条第二款: "行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律
/// 职业资格考试取得法律职业资格" — someone reviewing for the first time needs the legal-profession
/// qualification (法律职业资格). Reviewers who reviewed before the 2021 revision keep reviewing.
/// </summary>
public static class ReviewerQualification
{
    /// <summary>Null when the officer may review; otherwise the reason, in Chinese.</summary>
    public static string? Check(string name, bool isReviewer, bool hasLegalQualification, bool firstReview)
    {
        if (!isReviewer)
        {
            return $"“{name}”不是法制审核人员。";
        }

        return firstReview && !hasLegalQualification
            ? $"依据《行政处罚法》第五十八条，“{name}”初次从事法制审核，须取得法律职业资格。"
            : null;
    }
}
