using SanXiang.Domain.Files;
using System.Buffers;
using System.IO.Pipelines;
using Orleans.Concurrency;
using System.Runtime.CompilerServices;
using SanXiang.Silo.CaseFiles;
using SanXiang.Silo.Grains.Blobs;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Transparency;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.CaseFiles;

/// <summary>
/// Streams a case file out of the silo. The zip is written on the thread pool into a bounded pipe (ZipArchive
/// closes each entry with a synchronous write, which must not block the grain's scheduler) and read back
/// here in chunks, so at most about a megabyte is in flight whatever the recordings weigh. Reentrant: two
/// downloads of one case run side by side. A fresh checkpoint, when one is needed, is signed by the
/// tenant's transparency grain, where every signing of that tenant queues.
/// </summary>
[Reentrant]
public sealed class CaseFileGrain(CaseEventStore store, TenantMerkleLog log, IBlobStore blobs, IGrainFactory grains) : Grain, ICaseFileGrain
{
    private const int ChunkSize = 64 * 1024;

    private string TenantId => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    private string CaseId => this.GetPrimaryKeyString()[(TenantId.Length + 1)..];

    public Task<string?> GetCategoryAsync() => Exporter().CategoryAsync(TenantId, CaseId);

    public async IAsyncEnumerable<byte[]> ExportAsync(IReadOnlyList<string>? documentKindOrder, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1024 * 1024, resumeWriterThreshold: 512 * 1024, useSynchronizationContext: false));
        var exporter = Exporter();
        var (tenantId, caseId) = (TenantId, CaseId);
        var writing = Task.Run(
            async () =>
            {
                try
                {
                    var output = pipe.Writer.AsStream();
                    await exporter.ExportAsync(tenantId, caseId, output, documentKindOrder, cancellationToken);
                    await pipe.Writer.CompleteAsync();
                }
                catch (Exception exception)
                {
                    // The reader rethrows it: a refusal before the first byte reaches the caller as itself.
                    await pipe.Writer.CompleteAsync(exception);
                }
            },
            CancellationToken.None);

        try
        {
            while (true)
            {
                var read = await pipe.Reader.ReadAsync(cancellationToken);
                foreach (var chunk in Chunks(read.Buffer))
                {
                    yield return chunk;
                }

                pipe.Reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }
        }
        finally
        {
            await pipe.Reader.CompleteAsync();
            await writing;
        }
    }

    private static List<byte[]> Chunks(ReadOnlySequence<byte> buffer)
    {
        var chunks = new List<byte[]>();
        while (buffer.Length > 0)
        {
            var size = (int)Math.Min(ChunkSize, buffer.Length);
            chunks.Add(buffer.Slice(0, size).ToArray());
            buffer = buffer.Slice(size);
        }

        return chunks;
    }

    private CaseFileExporter Exporter() => new(store, log, blobs, signCheckpoint: SignAsync);

    // Runs on the thread pool with the zip's writer, outside this activation: the factory from DI works there, the grain's own does not.
    private async Task<SignedCheckpoint> SignAsync(string tenantId, CancellationToken cancellationToken)
    {
        await grains.GetGrain<ITransparencyLogGrain>(tenantId).CheckpointAsync();
        return await log.GetLatestCheckpointAsync(tenantId, cancellationToken)
            ?? throw new InvalidOperationException($"单位 {tenantId} 的检查点签署后无法读出。");
    }
}
