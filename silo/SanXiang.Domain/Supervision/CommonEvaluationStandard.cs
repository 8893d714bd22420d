using SanXiang.Plugins;

namespace SanXiang.Domain.Supervision;

/// <summary>
/// The common scheme of case-file evaluation (DOMAIN.md §10), used for a sector whose plugin provides no standard of its
/// own: the veto items any one of which fails the file, then 20 points of form and 80 of content.
/// </summary>
public static class CommonEvaluationStandard
{
    public static EvaluationStandard Standard { get; } = new(
        "行政执法案卷评查通用标准",
        "案卷评查通用方案：否决项，形式20分、内容80分（DOMAIN.md §10）",
        [
            new("subject", "执法主体不合法或者超越法定职权"),
            new("officer", "执法人员不具备执法资格（未持有效执法证件）"),
            new("two-officers", "执法人员少于两人（行政处罚法第四十二条）"),
            new("crime-transfer", "涉嫌犯罪应当移送司法机关而未移送"),
            new("evidence", "主要证据不足"),
            new("facts", "认定事实不清"),
            new("characterisation", "定性错误"),
            new("law", "适用法律、法规、规章错误"),
            new("procedure", "违反法定程序"),
        ],
        [
            new("form-complete", EvaluationPart.Form, "文书齐全，案卷材料完整", 5),
            new("form-numbered", EvaluationPart.Form, "文书编号规范（机关代字〔年份〕序号号）", 4),
            new("form-signed", EvaluationPart.Form, "当事人、执法人员签名齐全，日期完整", 4),
            new("form-sealed", EvaluationPart.Form, "应当加盖印章的文书均已加盖", 3),
            new("form-order", EvaluationPart.Form, "卷内文书按顺序归档，封面、卷内目录、备考表填写规范", 4),
            new("content-facts", EvaluationPart.Content, "违法事实认定清楚，时间、地点、情节表述准确", 15),
            new("content-evidence", EvaluationPart.Content, "证据确凿充分，取证程序合法，证据之间相互印证", 15),
            new("content-basis", EvaluationPart.Content, "适用依据准确，引用法律条款具体到条、款、项", 12),
            new("content-discretion", EvaluationPart.Content, "自由裁量适当，符合本机关裁量基准", 10),
            new("content-procedure", EvaluationPart.Content, "程序合法：告知、陈述申辩、听证、法制审核、集体讨论依法进行", 12),
            new("content-service", EvaluationPart.Content, "文书送达合法、及时，送达回证完整", 8),
            new("content-execution", EvaluationPart.Content, "决定执行到位，结案及时", 8),
        ]);

    /// <summary>The plugin's standard, or the common one when the sector has none (or no plugin is loaded for it).</summary>
    public static EvaluationStandard For(ISectorPlugin? plugin) => plugin?.EvaluationStandard ?? Standard;
}
