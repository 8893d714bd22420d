namespace SanXiang.Web.Tests.Cases;

/// <summary>The same host on PostgreSQL (needs <c>SANXIANG_TEST_POSTGRES</c>; ./test.sh sets it).</summary>
public sealed class PostgresCasesAppFactory() : CasesAppFactory(postgres: true);
