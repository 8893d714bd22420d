using SanXiang.Domain.Errors;

namespace SanXiang.Web.Uploads;

/// <summary>Stable codes in the <c>X-SanXiang-Error</c> header; clients branch on these, never on the Chinese text.</summary>
internal static class UploadErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string VersionUnsupported = "TUS_VERSION_UNSUPPORTED";
    public const string TenantRequired = "TENANT_REQUIRED";
    public const string TenantForbidden = "TENANT_FORBIDDEN";
    public const string TenantReadOnly = "TENANT_READ_ONLY";
    public const string NotFound = "UPLOAD_NOT_FOUND";
    public const string LengthInvalid = "UPLOAD_LENGTH_INVALID";
    public const string Empty = "UPLOAD_EMPTY";
    public const string QuotaExceeded = ErrorCodes.UploadQuotaExceeded;
    public const string TooLarge = "UPLOAD_TOO_LARGE";
    public const string ExceedsLength = "UPLOAD_EXCEEDS_LENGTH";
    public const string MetadataInvalid = "METADATA_INVALID";
    public const string FileNameInvalid = "FILENAME_INVALID";
    public const string FileTypeNotAllowed = "FILETYPE_NOT_ALLOWED";
    public const string ContentMismatch = "CONTENT_TYPE_MISMATCH";
    public const string OffsetInvalid = "UPLOAD_OFFSET_INVALID";
    public const string OffsetMismatch = "UPLOAD_OFFSET_MISMATCH";
    public const string ContentTypeInvalid = "UNSUPPORTED_MEDIA_TYPE";
    public const string ChecksumUnsupported = "CHECKSUM_UNSUPPORTED";
    public const string ChecksumMismatch = "CHECKSUM_MISMATCH";
    public const string Busy = "UPLOAD_BUSY";
    public const string Completed = "UPLOAD_COMPLETED";
}
