using System.Collections.Generic;
using System.Text;

namespace SovereignAnalyzers.Configuration;

/// <summary>
/// The right-hand sides of a <c>.env</c> file's <c>KEY=VALUE</c> lines (optionally <c>export KEY=VALUE</c>),
/// as Docker Compose and the dotenv libraries read them: blank lines and <c>#</c> comment lines are
/// skipped; a value in double quotes has its <c>\"</c>, <c>\\</c>, <c>\n</c> escapes decoded and may span
/// lines; single quotes and backquotes keep the text as written; an unquoted value ends at the line end
/// or at a <c>#</c> that follows a blank. A line that is not an assignment is skipped. The setting is the KEY.
/// </summary>
internal static class EnvFileReader
{
    public static List<ConfigurationValue> Read(string text)
    {
        var values = new List<ConfigurationValue>();
        var pos = TextScan.ContentStart(text);
        while (pos < text.Length)
        {
            pos = ReadLine(text, pos, values);
        }

        return values;
    }

    /// <summary>Reads the assignment starting at <paramref name="pos"/> (a line start) and returns the next line start.</summary>
    private static int ReadLine(string text, int pos, List<ConfigurationValue> values)
    {
        var lineEnd = TextScan.LineEnd(text, pos);
        pos = TextScan.SkipBlanks(text, pos, lineEnd);
        if (pos >= lineEnd || text[pos] == '#')
        {
            return TextScan.NextLine(text, lineEnd);
        }

        if (string.CompareOrdinal(text, pos, "export", 0, 6) == 0 && pos + 6 < lineEnd && text[pos + 6] is ' ' or '\t')
        {
            pos = TextScan.SkipBlanks(text, pos + 6, lineEnd);
        }

        var keyStart = pos;
        while (pos < lineEnd && IsKeyChar(text[pos]))
        {
            pos++;
        }

        var key = text.Substring(keyStart, pos - keyStart);
        pos = TextScan.SkipBlanks(text, pos, lineEnd);
        if (key.Length == 0 || pos >= lineEnd || text[pos] != '=')
        {
            return TextScan.NextLine(text, lineEnd);
        }

        pos = TextScan.SkipBlanks(text, pos + 1, lineEnd);
        if (pos >= lineEnd)
        {
            return TextScan.NextLine(text, lineEnd);
        }

        var quote = text[pos];
        if (quote is '"' or '\'' or '`')
        {
            var close = ClosingQuote(text, pos, quote);
            if (close >= 0)
            {
                var value = quote == '"' ? Unescape(text, pos + 1, close) : text.Substring(pos + 1, close - pos - 1);
                values.Add(new ConfigurationValue(value, pos, close + 1 - pos, key));
                return TextScan.NextLine(text, TextScan.LineEnd(text, close));
            }

            pos++; // unterminated: the rest of the line is the value
        }

        var end = pos;
        while (end < lineEnd && !(text[end] == '#' && text[end - 1] is ' ' or '\t'))
        {
            end++;
        }

        while (end > pos && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > pos)
        {
            values.Add(new ConfigurationValue(text.Substring(pos, end - pos), pos, end - pos, key));
        }

        return TextScan.NextLine(text, lineEnd);
    }

    private static int ClosingQuote(string text, int open, char quote)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && quote == '"')
            {
                i++;
            }
            else if (c == quote)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string text, int start, int end)
    {
        if (text.IndexOf('\\', start, end - start) < 0)
        {
            return text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end)
            {
                i++;
                builder.Append(text[i] switch
                {
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => text[i],
                });
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-';
}
