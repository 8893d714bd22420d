namespace SanXiang.Plugins;

/// <summary>
/// A document format (执法文书): its kind (stable id, e.g. <c>penalty-decision</c>), Chinese name,
/// official numbering pattern if it is numbered (e.g. <c>{机关代字}罚〔{年}〕{序号}号</c>, GB/T 9704:
/// no 第, no zero padding), the fields it takes, and the resource holding its Liquid source.
/// </summary>
public sealed record DocumentTemplate(
    string Kind,
    string Name,
    string? NumberingPattern,
    IReadOnlyList<TemplateField> Fields,
    string Resource);
