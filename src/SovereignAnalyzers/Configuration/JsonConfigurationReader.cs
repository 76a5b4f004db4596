using System.Collections.Generic;
using SovereignAnalyzers.Json;

namespace SovereignAnalyzers.Configuration;

/// <summary>
/// The string values of a JSON configuration file (<c>appsettings*.json</c>, <c>local.settings.json</c>),
/// never its property names. Comments and trailing commas are accepted as ASP.NET Core's JSON
/// configuration provider accepts them; a leading BOM is skipped. Each value is located on its whole
/// string token, quotes included, so a value written with escapes (<c>\u002e</c>, <c>\/</c>) is still
/// located exactly. Its setting is the configuration key ASP.NET Core gives it (<c>Section:Key</c>,
/// array items by index).
/// </summary>
internal static class JsonConfigurationReader
{
    public static List<ConfigurationValue> Read(string text)
    {
        var values = new List<ConfigurationValue>();
        JsonValue root;
        try
        {
            root = JsonReader.Parse(text, lenient: true);
        }
        catch (JsonParseException)
        {
            // A file being edited, or broken: the application's own build or start-up reports it.
            // Its string tokens are still read, so findings do not flicker while the file is typed.
            ReadTolerantly(text, values);
            return values;
        }

        Walk(root, new List<string>(), values);
        return values;
    }

    private static void Walk(JsonValue value, List<string> path, List<ConfigurationValue> values)
    {
        switch (value.Kind)
        {
            case JsonKind.String:
                values.Add(new ConfigurationValue(value.StringValue ?? string.Empty, value.Start, value.Length, Join(path)));
                break;
            case JsonKind.Object:
                foreach (var member in value.Members)
                {
                    path.Add(member.Name);
                    Walk(member.Value, path, values);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonKind.Array:
                for (var i = 0; i < value.Items.Count; i++)
                {
                    path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Walk(value.Items[i], path, values);
                    path.RemoveAt(path.Count - 1);
                }

                break;
        }
    }

    private static string? Join(List<string> path) => path.Count == 0 ? null : string.Join(":", path);

    /// <summary>
    /// For text that is not JSON (or nested deeper than <see cref="JsonReader.MaxDepth"/>): every complete
    /// string token that is not followed by a colon (so not a property name) is a value. Comments are
    /// skipped; a string broken by a line end is skipped; an unterminated comment or string ends the scan.
    /// The setting is followed as far as the brackets allow, and named by its first
    /// <see cref="JsonReader.MaxDepth"/> levels when it is deeper: no level is skipped, none recursed into.
    /// </summary>
    private static void ReadTolerantly(string text, List<ConfigurationValue> values)
    {
        var frames = new List<Frame>();
        var unnamedLevels = 0; // levels deeper than JsonReader.MaxDepth: read, but not part of the setting's name
        var pos = 0;
        while (pos < text.Length)
        {
            var c = text[pos];
            switch (c)
            {
                case '/' when pos + 1 < text.Length && text[pos + 1] == '/':
                    pos = LineEnd(text, pos);
                    continue;
                case '/' when pos + 1 < text.Length && text[pos + 1] == '*':
                    var close = text.IndexOf("*/", pos + 2, System.StringComparison.Ordinal);
                    if (close < 0)
                    {
                        return;
                    }

                    pos = close + 2;
                    continue;
                case '{':
                case '[':
                    if (frames.Count >= JsonReader.MaxDepth)
                    {
                        unnamedLevels++;
                    }
                    else
                    {
                        frames.Add(new Frame(isArray: c == '['));
                    }

                    break;
                case '}':
                case ']':
                    if (unnamedLevels > 0)
                    {
                        unnamedLevels--;
                    }
                    else if (frames.Count > 0)
                    {
                        frames.RemoveAt(frames.Count - 1);
                    }

                    break;
                case ',':
                    if (unnamedLevels == 0 && frames.Count > 0)
                    {
                        frames[frames.Count - 1].Next();
                    }

                    break;
                case '"':
                    var end = StringEnd(text, pos);
                    if (end < 0)
                    {
                        return; // unterminated at the end of the text
                    }

                    if (text[end - 1] != '"')
                    {
                        pos = end; // broken by a line end: neither a name nor a value
                        continue;
                    }

                    if (JsonReader.TryReadString(text, pos, out var decoded))
                    {
                        if (NextSignificant(text, end) == ':')
                        {
                            if (unnamedLevels == 0 && frames.Count > 0)
                            {
                                frames[frames.Count - 1].Name = decoded;
                            }
                        }
                        else
                        {
                            values.Add(new ConfigurationValue(decoded, pos, end - pos, Path(frames)));
                        }
                    }

                    pos = end;
                    continue;
            }

            pos++;
        }
    }

    /// <summary>
    /// The offset just after the string token opened at <paramref name="start"/>: after its closing quote,
    /// or at the line end that breaks it; -1 when the text ends first.
    /// </summary>
    private static int StringEnd(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    return i + 1;
                case '\\':
                    i++;
                    break;
                case '\r':
                case '\n':
                    return i;
            }
        }

        return -1;
    }

    private static int LineEnd(string text, int pos)
    {
        var end = text.IndexOf('\n', pos);
        return end < 0 ? text.Length : end;
    }

    private static char NextSignificant(string text, int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\t' or '\r' or '\n')
        {
            pos++;
        }

        return pos < text.Length ? text[pos] : '\0';
    }

    private static string? Path(List<Frame> frames)
    {
        var parts = new List<string>(frames.Count);
        foreach (var frame in frames)
        {
            if (frame.Key is { } key)
            {
                parts.Add(key);
            }
        }

        return Join(parts);
    }

    /// <summary>An open object or array of the tolerant scan, with the member name or item index being read.</summary>
    private sealed class Frame
    {
        private readonly bool _isArray;
        private int _index;

        public Frame(bool isArray) => _isArray = isArray;

        public string? Name { get; set; }

        public string? Key => _isArray ? _index.ToString(System.Globalization.CultureInfo.InvariantCulture) : Name;

        public void Next()
        {
            _index++;
            Name = null;
        }
    }
}
