namespace SanXiang.Web.Tests.Uploads;

/// <summary>One host for the protocol tests; the restart and real-client tests start their own.</summary>
[CollectionDefinition(Name)]
public sealed class UploadCollection : ICollectionFixture<UploadAppFactory>
{
    public const string Name = "uploads";
}
