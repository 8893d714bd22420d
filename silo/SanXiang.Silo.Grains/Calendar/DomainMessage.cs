namespace SanXiang.Silo.Grains.Calendar;

/// <summary>The Chinese reason a domain exception gives, without the English “(Parameter 'x')” the runtime appends.</summary>
internal static class DomainMessage
{
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        if (exception is ArgumentException { ParamName: { } name })
        {
            var suffix = $" (Parameter '{name}')";
            var at = message.IndexOf(suffix, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message;
    }
}
