using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary>A file as an event's <c>files</c> array names it; its hash also enters the chain beside the payload.</summary>
[GenerateSerializer, Immutable]
public sealed record EventFile(
    [property: Id(0)] string Hash,
    [property: Id(1)] string FileName,
    [property: Id(2)] string MediaType,
    [property: Id(3)] long Size)
{
    public static EventFile From(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(file.Hash, file.FileName, file.MediaType, file.Size);
    }

    public StoredFile ToStoredFile() => new(Hash, FileName, MediaType, Size);
}
