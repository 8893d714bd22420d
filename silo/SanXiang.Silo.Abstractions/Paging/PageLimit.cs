namespace SanXiang.Silo.Paging;

/// <summary>The most rows one page of a list holds: the API refuses more, and so does the grain that reads the page.</summary>
public static class PageLimit
{
    public const int Max = 500;
}
