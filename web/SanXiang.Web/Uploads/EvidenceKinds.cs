namespace SanXiang.Web.Uploads;

/// <summary>The kinds of record an upload can be (DOMAIN.md §2: text documents, audio/video, evidence).</summary>
internal static class EvidenceKinds
{
    public const string AudioVideo = "音像";
    public const string Evidence = "证据";
    public const string DocumentScan = "文书扫描件";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { AudioVideo, Evidence, DocumentScan };
}
