namespace SanXiang.Domain.Text;

/// <summary>
/// Every text field the platform takes from a person, with its longest length and its shape: one
/// table, so that the console, the API and the grains refuse the same things in the same words.
/// Lengths leave room for the longest real values (a company's registered name runs to about 60
/// characters, 违法事实 in a decision to a few thousand) and stop anything that is not one.
/// </summary>
public static class TextFields
{
    /// <summary>
    /// Items in any list the API takes (a step's officers, a document's fields, the AV item list):
    /// a case has a handful of officers, a template a few dozen fields, an agency's list a few dozen items.
    /// </summary>
    public const int MaxListItems = 200;

    /// <summary>案由: the longest in the seed ledgers is under 60 characters.</summary>
    public static readonly TextField CaseTitle = new("案由", 200, TextShape.Line);

    public static readonly TextField PartyName = new("当事人名称", 100, TextShape.Name);

    /// <summary>身份证号码 and 统一社会信用代码 have 18 characters; passports and foreign registrations fewer.</summary>
    public static readonly TextField PartyIdCode = new("当事人证件号码", 32, TextShape.Code);

    public static readonly TextField OfficerName = new("姓名", 50, TextShape.Name);

    public static readonly TextField OfficerUnit = new("单位", 100, TextShape.Line);

    public static readonly TextField OfficerPosition = new("职务", 50, TextShape.Line);

    public static readonly TextField OfficerArea = new("执法区域", 100, TextShape.Line);

    /// <summary>停用原因: 调离、退休、辞职 and a line of why.</summary>
    public static readonly TextField DeactivationReason = new("停用原因", 500, TextShape.Paragraphs);

    /// <summary>缴款银行、复议机关、诉讼法院: an account name with its bank, or a government or court, runs to a few dozen characters.</summary>
    public static readonly TextField DocumentDefault = new("文书默认内容", 200, TextShape.Line);

    /// <summary>执法证件编号: the officer's key (<c>{tenant}/{certificate}</c>), so never a slash, a dot or a control character.</summary>
    public static readonly TextField CertificateNumber = new("证件编号", 32, TextShape.Code);

    public static readonly TextField AgencyName = new("机关名称", 100, TextShape.Name);

    public static readonly TextField EvidenceDescription = new("证据说明", 2000, TextShape.Paragraphs);

    public static readonly TextField SkipReason = new("跳过理由", 1000, TextShape.Paragraphs);

    public static readonly TextField AvOverrideReason = new("未作音像记录的理由", 1000, TextShape.Paragraphs);

    public static readonly TextField RecordingDevice = new("录制设备", 100, TextShape.Line);

    public static readonly TextField AvItemDescription = new("音像记录事项", 200, TextShape.Line);

    public static readonly TextField DocumentKind = new("文书种类", 64, TextShape.Line);

    public static readonly TextField DocumentFieldName = new("文书字段名", 64, TextShape.Line);

    /// <summary>A document's field as the officer fills it in: 违法事实 and 处罚依据 run to a few thousand characters.</summary>
    public static readonly TextField DocumentFieldValue = new("文书字段内容", 10_000, TextShape.Paragraphs);

    /// <summary>处罚依据 of a proposed decision: the articles cited, a few hundred characters at most.</summary>
    public static readonly TextField LegalBasis = new("处罚依据", 2000, TextShape.Paragraphs);

    /// <summary>违法事实摘要 of a proposed decision, as long as a decision's 违法事实 may be.</summary>
    public static readonly TextField FactsSummary = new("违法事实摘要", DocumentFieldValue.MaxLength, TextShape.Paragraphs);

    /// <summary>A legal reviewer's 审核意见 and its reasons.</summary>
    public static readonly TextField ReviewReasons = new("审核意见", 5000, TextShape.Paragraphs);

    /// <summary>A review catalog row's 事项 (its condition in words), e.g. 拟处以降低资质等级、吊销许可证件的.</summary>
    public static readonly TextField CatalogCondition = new("目录事项", 500, TextShape.Line);

    /// <summary>The rule a review catalog row cites.</summary>
    public static readonly TextField CatalogBasis = new("设定依据", 500, TextShape.Line);

    /// <summary>The handler's situation note for a legal review (送审情况说明), a few pages at most.</summary>
    public static readonly TextField ReviewSituationNote = new("情况说明", 5000, TextShape.Paragraphs);

    /// <summary>One item of a review's materials or of a supplement request: a document's name or number, an item of evidence.</summary>
    public static readonly TextField ReviewMaterial = new("送审材料", 500, TextShape.Line);

    public static readonly TextField SupplementReason = new("补充材料的理由", 1000, TextShape.Paragraphs);

    /// <summary>Why the head extends a review's time limit.</summary>
    public static readonly TextField ExtensionReason = new("延长期限的理由", 1000, TextShape.Paragraphs);

    /// <summary>An attendee's role at a collective discussion (职务, e.g. 局长、分管副局长、法规股股长).</summary>
    public static readonly TextField DiscussionRole = new("职务", 50, TextShape.Line);

    /// <summary>An attendee's opinion, the handler's disagreement or the decision reached at a collective discussion.</summary>
    public static readonly TextField DiscussionText = new("集体讨论意见", 5000, TextShape.Paragraphs);

    /// <summary>A reviewer's note on one of the seven review points (审核要点说明).</summary>
    public static readonly TextField ReviewPointNote = new("审核要点说明", 2000, TextShape.Paragraphs);

    /// <summary>The notice a calendar amendment cites, e.g. 国办发明电〔2019〕3号.</summary>
    public static readonly TextField NoticeSource = new("通知文号", 100, TextShape.Line);

    /// <summary>Ids the API is given back (agencies, cases, steps, documents, uploads — an upload also by its URL).</summary>
    public static readonly TextField Id = new("编号", 256, TextShape.Line);

    public static readonly TextField UserName = new("用户名", 64, TextShape.Line);

    /// <summary>撤回、更正或不予公开公示信息的理由: published with the withdrawal (行政处罚法 第四十八条: 公开说明理由).</summary>
    public static readonly TextField DisclosureReason = new("理由", 1000, TextShape.Paragraphs);

    /// <summary>A name to hide in a published decision (another person's than the party's).</summary>
    public static readonly TextField MaskedName = new("需隐去的姓名", 50, TextShape.Name);

    /// <summary>
    /// Any text at all, before the field it is for is known (the GraphQL <c>String</c> scalar): the
    /// longest field above and its characters, so that nothing longer is even converted.
    /// </summary>
    public static readonly TextField AnyText = new("文本", DocumentFieldValue.MaxLength, TextShape.Paragraphs);

    /// <summary>A filing's note, a superior's remark, a ledger task's report of progress.</summary>
    public static readonly TextField PlanNote = new("说明", 2000, TextShape.Paragraphs);

    /// <summary>A document's number (文号), e.g. 玉司发〔2019〕12号.</summary>
    public static readonly TextField DocumentNumber = new("文号", 64, TextShape.Line);

    /// <summary>The title of a document offered as a plan's evidence, e.g. 《行政执法公示办法》.</summary>
    public static readonly TextField PlanEvidenceTitle = new("材料名称", 200, TextShape.Line);

    /// <summary>A section of an agency (科室、股室、执法大队) and a leading group, as an onboarding file names them.</summary>
    public static readonly TextField OrgUnitName = new("内设机构名称", 100, TextShape.Line);

    /// <summary>What a section does in the roll-out.</summary>
    public static readonly TextField OrgUnitDuties = new("职责", 2000, TextShape.Paragraphs);

    /// <summary>领导小组名称, e.g. 许昌市全面推进依法行政工作领导小组.</summary>
    public static readonly TextField LeadingGroupName = new("领导小组名称", 100, TextShape.Line);

    /// <summary>The 机关代字 an agency's document numbers start with (GB/T 9704), e.g. 新市监.</summary>
    public static readonly TextField DocumentCode = new("机关代字", 10, TextShape.Line);

    /// <summary>The title of a special inspection (专项监督检查), e.g. 2026年行政执法“三项制度”专项监督检查.</summary>
    public static readonly TextField InspectionTitle = new("检查名称", 200, TextShape.Line);

    /// <summary>A finding of an inspection, a rectification task's problem, an evaluator's note on a case file.</summary>
    public static readonly TextField FindingText = new("问题描述", 2000, TextShape.Paragraphs);

    /// <summary>The person held accountable (问责对象).</summary>
    public static readonly TextField AccountablePerson = new("问责对象", 50, TextShape.Name);

    /// <summary>The accountability measure taken, e.g. 约谈, 通报批评, 责令书面检查.</summary>
    public static readonly TextField AccountabilityMeasure = new("问责方式", 200, TextShape.Line);
}
