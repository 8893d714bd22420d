using System.Buffers.Text;
using System.Text.Json;
using SanXiang.Domain.Errors;

namespace SanXiang.Web.GraphQL.Schema.Paging;

/// <summary>
/// Opaque cursors: the sort key of a page's last row (a list's own columns, in its order), as
/// base64url of a JSON array of strings. Clients pass them back unread; a cursor that does not
/// decode to the expected number of keys is refused with VALIDATION_FAILED.
/// </summary>
public static class Cursor
{
    public static string Encode(params string[] keys) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(keys));

    /// <summary>The keys of <paramref name="cursor"/>, or null for no cursor (the first page).</summary>
    public static string[]? Decode(string? cursor, int keyCount)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            if (JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(cursor)) is { } keys && keys.Length == keyCount && keys.All(k => k is not null))
            {
                return keys;
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // Reported below, as a cursor that is not one of ours.
        }

        throw new SanXiangException(ErrorCodes.ValidationFailed, "分页游标 after 无效：请使用上一页返回的 endCursor。");
    }
}
