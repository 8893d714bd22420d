using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;
using SanXiang.Web.Uploads;

namespace SanXiang.Web.Cases;

/// <summary>
/// Turns a tus upload id into a case file. Only a finished upload of the same tenant and user
/// counts: anyone else's upload is, to this caller, one that does not exist (as on <c>/files</c>).
/// </summary>
public sealed class UploadedFiles(UploadStore store)
{
    private const string DefaultMediaType = "application/octet-stream";

    /// <param name="upload">The upload's id, or its URL (<c>…/files/{id}</c>) as a tus client reports it.</param>
    public async Task<UploadedFile> ResolveAsync(string tenantId, string userName, string upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var id = IdOf(upload);
        var record = await store.LoadAsync(id);
        if (record is null || record.Tenant != tenantId || record.User != userName)
        {
            throw new SanXiangException(ErrorCodes.UploadNotReady, $"未找到上传“{id}”：编号有误，或不是您在本机关上传的文件。");
        }

        if (!record.IsComplete || record.Sm3 is null)
        {
            throw new SanXiangException(ErrorCodes.UploadNotReady, $"文件“{record.Metadata.FileName}”尚未上传完成（已收到 {store.VerifiedOffset(record)} / {record.Length} 字节），请续传完成后再登记。");
        }

        var file = new StoredFile(StoredFile.Sm3Prefix + record.Sm3, record.Metadata.FileName, record.Metadata.FileType ?? DefaultMediaType, record.Length);
        return new UploadedFile(file, record.Metadata);
    }

    private static string IdOf(string upload)
    {
        var trimmed = upload.Trim().TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }
}
