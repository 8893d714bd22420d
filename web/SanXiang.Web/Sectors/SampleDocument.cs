namespace SanXiang.Web.Sectors;

public sealed record SampleDocument(string FileName, string DownloadUrl, string StoredFile);
