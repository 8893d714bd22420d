using SanXiang.Domain.Files;

namespace SanXiang.Domain.Cases.Events;

/// <summary>A file as an event's <c>files</c> array names it; its hash also enters the chain beside the payload.</summary>
public sealed record EventFile(
    string Hash,
    string FileName,
    string MediaType,
    long Size)
{
    public static EventFile From(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(file.Hash, file.FileName, file.MediaType, file.Size);
    }

    public StoredFile ToStoredFile() => new(Hash, FileName, MediaType, Size);
}
