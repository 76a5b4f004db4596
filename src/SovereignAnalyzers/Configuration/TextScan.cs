namespace SovereignAnalyzers.Configuration;

/// <summary>The few scanning steps the configuration readers share.</summary>
internal static class TextScan
{
    /// <summary>Where the content starts: after a byte order mark, if the text kept one.</summary>
    public static int ContentStart(string text) => text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

    /// <summary>The first offset from <paramref name="pos"/> that is not a space or a tab (at most <paramref name="end"/>).</summary>
    public static int SkipBlanks(string text, int pos, int end)
    {
        while (pos < end && text[pos] is ' ' or '\t')
        {
            pos++;
        }

        return pos;
    }

    /// <summary>The offset of the line's end: its '\r' or '\n', or the text's end.</summary>
    public static int LineEnd(string text, int pos)
    {
        while (pos < text.Length && text[pos] != '\n' && text[pos] != '\r')
        {
            pos++;
        }

        return pos;
    }

    /// <summary>The start of the next line, after the '\r\n', '\n' or '\r' at <paramref name="lineEnd"/>.</summary>
    public static int NextLine(string text, int lineEnd)
    {
        if (lineEnd < text.Length && text[lineEnd] == '\r')
        {
            lineEnd++;
        }

        if (lineEnd < text.Length && text[lineEnd] == '\n')
        {
            lineEnd++;
        }

        return lineEnd;
    }
}
