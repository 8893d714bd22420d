namespace SanXiang.Domain.CaseFiles;

/// <summary>The bytes all entries of one case file may inflate to together (<see cref="CaseFileLimits.MaxTotalBytes"/>).</summary>
internal sealed class CaseFileBudget(long total)
{
    private long used;

    public void Take(long bytes)
    {
        used += bytes;
        if (used > total)
        {
            throw new CaseFileTooLargeException($"压缩包解压后超过了 {total} 字节，远大于同样大小的真实案卷，拒绝校验。");
        }
    }
}
