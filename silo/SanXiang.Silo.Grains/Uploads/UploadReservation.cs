namespace SanXiang.Silo.Grains.Uploads;

/// <summary>The space one upload holds, and until when it holds it as far as the quota last heard.</summary>
[GenerateSerializer, Immutable]
public sealed record UploadReservation(
    [property: Id(0)] string User,
    [property: Id(1)] long Length,
    [property: Id(2)] DateTimeOffset HeldUntil);
