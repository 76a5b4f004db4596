namespace SovereignAnalyzers.Endpoints;

/// <summary>What a text given where an SDK expects a connection string holds, before any endpoint is looked for.</summary>
internal static class ConnectionStringText
{
    /// <summary>
    /// Whether <paramref name="text"/> holds at least one <c>Name=value</c> setting: what every connection-string
    /// grammar the SDKs read is made of. An empty string or a placeholder (<c>"&lt;your-connection-string&gt;"</c>,
    /// <c>"{connectionString}"</c>, <c>"YOUR_CONNECTION_STRING"</c>) has none: the SDK refuses it, so the value the
    /// program runs with comes from elsewhere, and it designates no provider, not even the SDK's default cloud.
    /// </summary>
    public static bool HasSetting(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf(';', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (IsSetting(text, start, end))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    private static bool IsSetting(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start >= end || !char.IsLetter(text[start]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '=')
            {
                return HasValue(text, i + 1, end);
            }

            if (!char.IsLetterOrDigit(c) && c != ' ' && c != '_' && c != '-' && c != '.')
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasValue(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
