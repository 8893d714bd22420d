namespace SanXiang.Web.Uploads;

/// <summary>Header names and values of tus 1.0.0 (https://tus.io/protocols/resumable-upload), plus our error-code header.</summary>
internal static class TusHeaders
{
    public const string Version = "1.0.0";
    public const string Resumable = "Tus-Resumable";
    public const string SupportedVersions = "Tus-Version";
    public const string Extensions = "Tus-Extension";
    public const string MaxSize = "Tus-Max-Size";
    public const string ChecksumAlgorithms = "Tus-Checksum-Algorithm";
    public const string UploadOffset = "Upload-Offset";
    public const string UploadLength = "Upload-Length";
    public const string UploadDeferLength = "Upload-Defer-Length";
    public const string UploadMetadata = "Upload-Metadata";
    public const string UploadChecksum = "Upload-Checksum";
    public const string UploadExpires = "Upload-Expires";
    public const string OffsetOctetStream = "application/offset+octet-stream";

    /// <summary>The stable error code of a refused request (see Uploads/README.md); the body carries the Chinese message.</summary>
    public const string ErrorCode = "X-SanXiang-Error";
}
