namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>How a hidden value reads: one ＊ per character, so a reader sees that something stood there and how long, nothing more.</summary>
internal static class Hidden
{
    public static string Stars(string value) => new('＊', value.Length);
}
