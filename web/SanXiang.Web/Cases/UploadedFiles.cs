using SanXiang.Silo;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;
using SanXiang.Silo.Uploads;
using SanXiang.Web.Uploads;

namespace SanXiang.Web.Cases;

/// <summary>
/// Turns a tus upload into a file of a case, once: the upload grain hands a finished upload of the same
/// tenant and user to the first case that takes it and refuses every later attachment (UPLOAD_CONSUMED).
/// Anyone else's upload is, to this caller, one that does not exist (as on <c>/files</c>).
/// </summary>
public sealed class UploadedFiles(UploadRecords records)
{
    /// <param name="upload">The upload's id, or its URL (<c>…/files/{id}</c>) as a tus client reports it.</param>
    /// <param name="attach">The case command that files it; when it fails the upload is given back, so the user can try again.</param>
    public async Task<T> AttachAsync<T>(string tenantId, string userName, string upload, string caseId, Func<UploadedFile, Task<T>> attach)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(attach);
        var id = IdOf(upload);
        if (!UploadKey.IsValidId(id) || !UploadKey.IsValidTenant(tenantId))
        {
            throw new SanXiangException(ErrorCodes.UploadNotReady, $"未找到上传“{id}”：编号有误，或不是您在本机关上传的文件。");
        }

        var key = new UploadKey(tenantId, id);
        var caseKey = GrainKeys.For(tenantId, caseId);
        var record = await records.ConsumeAsync(key, userName, caseKey);
        var file = new StoredFile(StoredFile.Sm3Prefix + record.Sm3, record.Metadata.FileName, record.MediaType ?? MediaTypes.Unknown, record.Length);
        try
        {
            return await attach(new UploadedFile(file, record.Metadata));
        }
        catch
        {
            await records.RestoreAsync(key, caseKey);
            throw;
        }
    }

    private static string IdOf(string upload)
    {
        var trimmed = upload.Trim().TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }
}
