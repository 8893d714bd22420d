namespace SanXiang.Silo.Files;

/// <summary>
/// Temporary files that a killed process left behind. A writer holds its temporary file open with
/// <see cref="FileShare.None"/>, which on Unix is an exclusive lock that every process sharing the
/// folder sees; a file nobody holds and nobody touched for a while has lost its writer.
/// </summary>
public static class TemporaryFiles
{
    public static bool TryDeleteAbandoned(string path, TimeSpan untouchedFor)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < untouchedFor)
            {
                return false;
            }

            // Opening it exclusively fails while its writer is alive; once open, nobody can start writing it.
            using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
