using SanXiang.Domain.Files;
using SanXiang.Silo.Uploads;

namespace SanXiang.Web.Cases;

/// <summary>A finished upload as a case records it: the stored file, and what the uploader said about it (kind, step, device, time, officer).</summary>
public sealed record UploadedFile(StoredFile File, UploadMetadata Metadata);
