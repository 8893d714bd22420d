using System.Text;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>Where a page of an agency's public officer list ended: the last row's unit and certificate, opaque to the client.</summary>
internal sealed record PublishedOfficerCursor(string Unit, string OfficerId)
{
    // A unit's name is checked text (no control characters), so the unit separator cannot occur in it.
    private const char Separator = '\u001F';

    public override string ToString() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Unit + Separator + OfficerId)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static PublishedOfficerCursor? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='))).Split(Separator);
            if (parts.Length == 2 && parts[1].Length > 0)
            {
                return new PublishedOfficerCursor(parts[0], parts[1]);
            }
        }
        catch (FormatException)
        {
        }

        throw new SanXiangException(ErrorCodes.ValidationFailed, "翻页位置（after）无效，请从第一页重新查询。", [new FieldProblem("after", "翻页位置无效。")]);
    }
}
