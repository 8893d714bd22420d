namespace SanXiang.Web.Tests.Cases;

/// <summary>
/// A test that needs the PostgreSQL server named by <c>SANXIANG_TEST_POSTGRES</c> (./test.sh starts one and
/// sets it). The web tests otherwise need no server, so without it the test is reported as skipped, with
/// the reason — as the case grain's PostgreSQL tests are.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(CasesAppFactory.PostgresVariable)))
        {
            Skip = $"{CasesAppFactory.PostgresVariable} is not set; run ./test.sh for the PostgreSQL case tests.";
        }
    }
}
