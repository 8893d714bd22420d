using SanXiang.Silo.Uploads;

namespace SanXiang.Web.Uploads;

/// <summary>The body of <c>GET /files/{id}</c>: the record and how far the upload has come.</summary>
internal sealed record UploadView(UploadRecord Upload, long Offset);
