namespace SanXiang.Web.Tests.Hostile.Uploads;

[CollectionDefinition(Name)]
public sealed class HostileUploadsCollection : ICollectionFixture<HostileUploadsFactory>
{
    public const string Name = "hostile-uploads";
}
