namespace SanXiang.Silo.Uploads;

/// <summary>Bytes and uploads held by one user and by the whole agency.</summary>
[GenerateSerializer, Immutable]
public sealed record UploadQuotaUse(
    [property: Id(0)] long UserBytes,
    [property: Id(1)] int UserUploads,
    [property: Id(2)] long AgencyBytes,
    [property: Id(3)] int AgencyUploads);
