using System.Text;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;
using SanXiang.Silo.Grains.Blobs;
using SanXiang.Silo.Uploads;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.Tests.Blobs;

public sealed class FolderBlobStoreShould : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("sanxiang-blobs-").FullName;

    private static readonly UploadKey Upload = new("xuchang", new string('b', 32));

    private IBlobStore Store => new FolderBlobStore(dataDir);

    [Fact]
    public async Task NameAFileByItsSm3()
    {
        // GB/T 32905-2016 Appendix A, example 1: SM3("abc").
        var stored = await Store.WriteAsync(Encoding.ASCII.GetBytes("abc"), "abc.txt", "text/plain");

        Assert.Equal("sm3:66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", stored.Hash);
        Assert.Equal(new StoredFile(stored.Hash, "abc.txt", "text/plain", 3), stored);
        Assert.True(File.Exists(Path.Combine(dataDir, "blobs", "sm3", "66", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")));
    }

    [Fact]
    public async Task KeepIdenticalBytesOnceUnderEitherName()
    {
        var bytes = Encoding.UTF8.GetBytes("现场检查照片");

        var first = await Store.WriteAsync(bytes, "照片1.jpg", "image/jpeg");
        var second = await Store.WriteAsync(new MemoryStream(bytes), "照片2.jpg", "image/jpeg");

        Assert.Equal(first.Hash, second.Hash);
        Assert.Equal("照片2.jpg", second.FileName);
        Assert.Single(Directory.GetFiles(Path.Combine(dataDir, "blobs"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ReadBackWhatWasWritten()
    {
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);
        var stored = await Store.WriteAsync(new MemoryStream(bytes), "录像.mp4", "video/mp4");

        await using var read = Store.OpenRead(stored.Hash);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(200_000, stored.Size);
    }

    [Fact]
    public void SayWhichFileIsMissing()
    {
        var hash = "sm3:" + new string('a', 64);

        var missing = Assert.Throws<SanXiangException>(() => Store.OpenRead(hash));

        Assert.Equal(ErrorCodes.NotFound, missing.Code);
        Assert.Contains(hash, missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sm3:../../../../etc/passwd")]
    [InlineData("sha256:66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")]
    [InlineData("sm3:66C7F0F462EEEDD9D1F2D46BDC10E4E24167C4875CF2F7A2297DA02B8F4BA8E0")]
    public void RefuseAHashThatIsNotAnSm3Address(string hash) =>
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Throws<SanXiangException>(() => Store.OpenRead(hash)).Code);

    [Fact]
    public async Task GrowAPartAndResumeFromItsVerifiedLength()
    {
        var store = Store;
        store.CreatePart(Upload);
        await using (var part = store.OpenPartForWriting(Upload, 0))
        {
            await part.WriteAsync(new byte[1000]);
        }

        store.MarkUnverified(Upload, 600);
        var pending = store.FindPart(Upload)!;
        store.CutPart(Upload, 600);
        var cut = store.FindPart(Upload)!;

        Assert.Equal(1000, pending.Length);
        Assert.Equal(600, pending.VerifiedLength);
        Assert.Equal(new UploadPart(600, null, cut.WrittenAt), cut);
        Assert.Equal([Upload], store.Parts());
    }

    [Fact]
    public async Task LetOneWriterAtATimeHoldAPart()
    {
        var store = Store;
        store.CreatePart(Upload);
        await using var first = store.OpenPartForWriting(Upload, 0);

        Assert.Throws<IOException>(() => store.OpenPartForWriting(Upload, 0));
    }

    [Fact]
    public async Task CommitAFinishedPartAsTheBlobOfItsSm3AndKeepAnIdenticalOneOnce()
    {
        var store = Store;
        var bytes = Encoding.ASCII.GetBytes("abc");
        var other = Upload with { Id = new string('c', 32) };
        foreach (var upload in new[] { Upload, other })
        {
            store.CreatePart(upload);
            await using var part = store.OpenPartForWriting(upload, 0);
            await part.WriteAsync(bytes);
        }

        const string sm3 = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";
        store.CommitPart(Upload, sm3);
        store.CommitPart(other, sm3);

        Assert.True(store.Exists("sm3:" + sm3));
        Assert.Empty(store.Parts());
        Assert.Single(Directory.GetFiles(Path.Combine(dataDir, "blobs"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void RefuseAPartKeyThatIsNotAnUploadKey() =>
        Assert.Throws<ArgumentException>(() => Store.CreatePart(new UploadKey("../xuchang", new string('b', 32))));

    [Fact]
    public void DeleteOnlyTheTemporaryFilesNobodyIsWriting()
    {
        var folder = Path.Combine(dataDir, "blobs", "sm3");
        Directory.CreateDirectory(folder);
        var abandoned = Path.Combine(folder, ".abandoned.tmp");
        var writing = Path.Combine(folder, ".writing.tmp");
        var young = Path.Combine(folder, ".young.tmp");
        foreach (var path in new[] { abandoned, writing, young })
        {
            File.WriteAllBytes(path, [1, 2, 3]);
        }

        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(writing, DateTime.UtcNow.AddHours(-1));
        using var writer = new FileStream(writing, FileMode.Open, FileAccess.Write, FileShare.None);

        var deleted = Store.DeleteAbandonedTemporaries();

        Assert.Equal(1, deleted);
        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(writing));
        Assert.True(File.Exists(young));
    }

    public void Dispose() => Directory.Delete(dataDir, recursive: true);
}
