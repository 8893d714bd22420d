namespace SanXiang.Silo.Grains.Calendar;

/// <summary>
/// Asks every open case of every tenant to recompute its deadlines, a page of the tenant's open cases at a time
/// (from the read model), saving its progress after each page so that a restart resumes it rather than
/// starting over. One case that fails does not stop the others: it is counted and the first failure is named.
/// Each call runs on behalf of the case's own tenant, since the tenant guard refuses another tenant's context
/// and the administrator's call may carry one.
/// </summary>
public sealed class OpenCaseSweep(
    Func<Task<IReadOnlyList<string>>> listTenantsAsync,
    Func<string, string?, Task<(IReadOnlyList<string> CaseIds, string? Next)>> listOpenCasesAsync,
    Func<string, string, Task> recomputeAsync)
{
    // Enough to keep two cores busy without flooding the silo with one activation per open case at once.
    private const int Parallelism = 8;

    public async Task<OpenCaseSweepResult> RunAsync(SweepProgress? from = null, Func<SweepProgress, Task>? saveAsync = null)
    {
        var tenants = (await listTenantsAsync()).Order(StringComparer.Ordinal).ToList();
        var progress = from ?? SweepProgress.Start;

        // The request context flows with this async method only: setting it here never leaks to the caller.
        while (progress.TenantIndex < tenants.Count)
        {
            var tenant = tenants[progress.TenantIndex];
            TenantCallContext.Set(tenant);
            (IReadOnlyList<string> CaseIds, string? Next) page;
            try
            {
                page = await listOpenCasesAsync(tenant, progress.After);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                progress = new SweepProgress(progress.TenantIndex + 1, null, progress.Cases, progress.Failed + 1, progress.Problem ?? $"{tenant}：{exception.Message}");
                await SaveAsync(saveAsync, progress);
                continue;
            }

            var (cases, failed, problem) = (progress.Cases, progress.Failed, progress.Problem);
            foreach (var batch in page.CaseIds.Chunk(Parallelism))
            {
                var outcomes = await Task.WhenAll(batch.Select(id => TryRecomputeAsync(tenant, id)));
                cases += outcomes.Count(outcome => outcome is null);
                failed += outcomes.Count(outcome => outcome is not null);
                problem ??= outcomes.FirstOrDefault(outcome => outcome is not null);
            }

            progress = page.Next is null
                ? new SweepProgress(progress.TenantIndex + 1, null, cases, failed, problem)
                : new SweepProgress(progress.TenantIndex, page.Next, cases, failed, problem);
            await SaveAsync(saveAsync, progress);
        }

        return new OpenCaseSweepResult(tenants.Count, progress.Cases, progress.Failed, progress.Problem);
    }

    private static Task SaveAsync(Func<SweepProgress, Task>? saveAsync, SweepProgress progress) =>
        saveAsync is null ? Task.CompletedTask : saveAsync(progress);

    private async Task<string?> TryRecomputeAsync(string tenant, string caseId)
    {
        try
        {
            await recomputeAsync(tenant, caseId);
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return $"{tenant}/{caseId}：{exception.Message}";
        }
    }
}
