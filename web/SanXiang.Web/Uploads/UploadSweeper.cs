using Microsoft.Extensions.Options;
using SanXiang.Domain.Files;
using SanXiang.Silo.Files;

namespace SanXiang.Web.Uploads;

/// <summary>
/// At start-up and then every <see cref="UploadOptions.SweepInterval"/>: deletes the parts of uploads
/// that expired or were never recorded, turns the part of an upload whose record is finished (a crash
/// between the two steps of completion) into its blob, and removes temporary files that killed
/// processes left — half-written blobs, and the case-file zips of anonymous <c>/verify</c> requests.
/// Every web host of a cluster may sweep the shared store at once; each step is safe to repeat.
/// </summary>
internal sealed partial class UploadSweeper(
    IBlobStore blobs,
    UploadRecords records,
    IOptionsMonitor<UploadOptions> options,
    ILogger<UploadSweeper> logger) : BackgroundService
{
    /// <summary>How <c>POST /verify/case-file</c> (CaseFiles/CaseFileCheck) names the zip it streams to the temporary folder.</summary>
    public const string VerifyTemporaryPattern = "sanxiang-verify-*.zip";

    // A verification holds its zip open and locked while it runs; an unlocked one this old lost its process.
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(1);

    public async Task SweepAsync(CancellationToken cancellationToken = default)
    {
        var temporaries = blobs.DeleteAbandonedTemporaries() + DeleteAbandonedVerifications();
        var (deleted, committed) = (0, 0);
        foreach (var key in blobs.Parts())
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                switch (await records.FindAsync(key))
                {
                    case null:
                        // Expired or never recorded: the bytes go, and so does what is left of the record.
                        blobs.DeletePart(key);
                        await records.TerminateAsync(key);
                        deleted++;
                        break;
                    case { IsComplete: true, Sm3: { } sm3 }:
                        blobs.CommitPart(key, sm3);
                        committed++;
                        break;
                }
            }
            catch (IOException exception)
            {
                LogPartFailed(logger, exception, key.ToString());
            }
        }

        if (temporaries + deleted + committed > 0)
        {
            LogSwept(logger, deleted, committed, temporaries);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(logger, exception);
            }

            await Task.Delay(options.CurrentValue.SweepInterval, stoppingToken);
        }
    }

    private static int DeleteAbandonedVerifications() =>
        Directory.EnumerateFiles(Path.GetTempPath(), VerifyTemporaryPattern).Count(path => TemporaryFiles.TryDeleteAbandoned(path, Abandoned));

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload sweep: {Deleted} expired or orphaned part(s) deleted, {Committed} finished part(s) committed, {Temporaries} abandoned temporary file(s) removed")]
    private static partial void LogSwept(ILogger logger, int deleted, int committed, int temporaries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload sweep could not handle {Upload}")]
    private static partial void LogPartFailed(ILogger logger, Exception exception, string upload);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload sweep failed; it runs again after the interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
