namespace SanXiang.Silo.Grains.Calendar;

/// <summary>
/// Asks every open case of every tenant to recompute its deadlines. One case that fails does not stop
/// the others: it is counted and the first failure is named. Each call runs on behalf of the case's
/// own tenant, since the tenant guard refuses another tenant's context and the administrator's call may carry one.
/// </summary>
public sealed class OpenCaseSweep(
    Func<Task<IReadOnlyList<string>>> listTenantsAsync,
    Func<string, Task<IReadOnlyList<string>>> listOpenCasesAsync,
    Func<string, string, Task> recomputeAsync)
{
    // Enough to keep two cores busy without flooding the silo with one activation per open case at once.
    private const int Parallelism = 8;

    public async Task<OpenCaseSweepResult> RunAsync()
    {
        var tenants = await listTenantsAsync();
        var cases = 0;
        var failed = 0;
        string? problem = null;
        // The request context flows with this async method only: setting it here never leaks to the caller.
        foreach (var tenant in tenants)
        {
            TenantCallContext.Set(tenant);
            IReadOnlyList<string> open;
            try
            {
                open = await listOpenCasesAsync(tenant);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failed++;
                problem ??= $"{tenant}：{exception.Message}";
                continue;
            }

            foreach (var batch in open.Chunk(Parallelism))
            {
                var outcomes = await Task.WhenAll(batch.Select(id => TryRecomputeAsync(tenant, id)));
                cases += outcomes.Count(outcome => outcome is null);
                failed += outcomes.Count(outcome => outcome is not null);
                problem ??= outcomes.FirstOrDefault(outcome => outcome is not null);
            }
        }

        return new OpenCaseSweepResult(tenants.Count, cases, failed, problem);
    }

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
