using System.Collections.Generic;

namespace SovereignAnalyzers.Configuration;

/// <summary>
/// The values of a file of a format the analyzer does not know (YAML, INI, TOML, properties…), opted in
/// by the project: each line is a value. Lines whose first non-blank characters are <c>#</c>, <c>;</c> or
/// <c>//</c> are comments. A line of the form <c>key: value</c> (colon then blank, as in YAML),
/// <c>key = value</c> or <c>- value</c> (a YAML list item) contributes its right-hand side, without the
/// quotes around it, so that a bare host after a key is recognised; the key is the setting.
/// </summary>
internal static class PlainTextReader
{
    public static List<ConfigurationValue> Read(string text)
    {
        var values = new List<ConfigurationValue>();
        var pos = TextScan.ContentStart(text);
        while (pos < text.Length)
        {
            var lineEnd = TextScan.LineEnd(text, pos);
            ReadLine(text, pos, lineEnd, values);
            pos = TextScan.NextLine(text, lineEnd);
        }

        return values;
    }

    private static void ReadLine(string text, int start, int end, List<ConfigurationValue> values)
    {
        start = TextScan.SkipBlanks(text, start, end);
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start >= end || text[start] is '#' or ';' || (text[start] == '/' && start + 1 < end && text[start + 1] == '/'))
        {
            return;
        }

        string? setting = null;
        if (text[start] == '-' && start + 1 < end && text[start + 1] is ' ' or '\t')
        {
            start = TextScan.SkipBlanks(text, start + 1, end);
        }
        else if (KeyEnd(text, start, end) is var keyEnd and > 0)
        {
            setting = text.Substring(start, keyEnd - start).Trim().Trim('"', '\'');
            start = TextScan.SkipBlanks(text, keyEnd + 1, end);
        }

        if (end - start >= 2 && text[start] is '"' or '\'' && text[end - 1] == text[start])
        {
            start++;
            end--;
        }

        if (end > start)
        {
            values.Add(new ConfigurationValue(text.Substring(start, end - start), start, end - start, setting));
        }
    }

    /// <summary>
    /// The offset of the separator after a key (letters, digits, <c>_ - . [ ]</c>, optionally quoted):
    /// a ':' followed by a blank or the line end, or a '='. -1 when the line does not start with a key.
    /// </summary>
    private static int KeyEnd(string text, int start, int end)
    {
        var pos = start;
        if (text[pos] is '"' or '\'')
        {
            var close = text.IndexOf(text[pos], pos + 1, end - pos - 1);
            if (close < 0)
            {
                return -1;
            }

            pos = close + 1;
        }
        else
        {
            while (pos < end && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '-' or '.' or '[' or ']'))
            {
                pos++;
            }
        }

        if (pos == start)
        {
            return -1;
        }

        var separator = TextScan.SkipBlanks(text, pos, end);
        if (separator < end && text[separator] == '=')
        {
            return separator;
        }

        if (separator < end && text[separator] == ':' && (separator + 1 == end || text[separator + 1] is ' ' or '\t'))
        {
            return separator;
        }

        return -1;
    }
}
