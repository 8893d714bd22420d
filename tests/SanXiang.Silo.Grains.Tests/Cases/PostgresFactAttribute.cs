namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>
/// A test that needs the PostgreSQL server named by <c>SANXIANG_TEST_POSTGRES</c> (./test.sh starts one). The grain
/// tests otherwise need no server, so without it this test is reported as skipped, with the reason.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "SANXIANG_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set; run ./test.sh for the PostgreSQL event log.";
        }
    }
}
