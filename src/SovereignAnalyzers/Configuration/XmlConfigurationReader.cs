using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SovereignAnalyzers.Configuration;

/// <summary>
/// The values of an XML configuration file (<c>web.config</c>, <c>app.config</c>, <c>*.config</c>):
/// attribute values and element text, including CDATA sections (they hold data, often connection
/// strings with <c>&amp;</c> in them). Never comments, element or attribute names, the <c>key</c> or
/// <c>name</c> attribute that names the setting an element's other attributes hold, processing
/// instructions or the DOCTYPE, and never namespace declarations (<c>xmlns</c>, <c>xmlns:*</c>) or
/// schema locations (<c>xsi:schemaLocation</c>, <c>xsi:noNamespaceSchemaLocation</c>): those are names
/// that look like URLs, not endpoints. Entities are decoded (<c>&amp;amp;</c>, <c>&amp;#x2E;</c>); the
/// location is the value as written (an attribute value with its quotes, element text without the
/// blanks around it).
/// </summary>
/// <remarks>
/// A small tokenizer rather than <c>System.Xml.XmlReader</c>: XmlReader reports line and column only at
/// node starts, normalises line ends and decodes entities before we see the text, so the exact span of a
/// value would have to be reconstructed; it stops at the first well-formedness error, and it brings DTD
/// and entity expansion that a build must not run on arbitrary files. This tokenizer is linear, keeps
/// exact offsets, expands no entity beyond the predefined and numeric ones, and goes on after an error:
/// a tag it cannot read to its end yields nothing, the rest of the file is still read.
/// </remarks>
internal static class XmlConfigurationReader
{
    private const int MaxUnclosedLevels = 64;

    private static readonly char[] DoubleQuoteOrTag = { '"', '<' };

    private static readonly char[] SingleQuoteOrTag = { '\'', '<' };

    public static List<ConfigurationValue> Read(string text)
    {
        var values = new List<ConfigurationValue>();
        var elements = new List<Element>();
        var pos = TextScan.ContentStart(text);
        while (pos < text.Length)
        {
            var lt = text.IndexOf('<', pos);
            if (lt < 0)
            {
                lt = text.Length;
            }

            AddText(text, pos, lt, Setting(elements), values);
            if (lt == text.Length)
            {
                break;
            }

            pos = Markup(text, lt, elements, values);
        }

        return values;
    }

    /// <summary>Reads the markup at <paramref name="lt"/> (a '&lt;') and returns where the text after it starts.</summary>
    private static int Markup(string text, int lt, List<Element> elements, List<ConfigurationValue> values)
    {
        if (At(text, lt, "<!--"))
        {
            return After(text, lt + 4, "-->");
        }

        if (At(text, lt, "<![CDATA["))
        {
            var contentStart = lt + 9;
            var close = text.IndexOf("]]>", contentStart, StringComparison.Ordinal);
            if (close < 0)
            {
                return text.Length; // unterminated: nothing after it is a value
            }

            AddTrimmed(text, contentStart, close, decode: false, Setting(elements), values);
            return close + 3;
        }

        if (At(text, lt, "<?"))
        {
            return After(text, lt + 2, "?>");
        }

        if (At(text, lt, "<!"))
        {
            return SkipDeclaration(text, lt + 2);
        }

        if (At(text, lt, "</"))
        {
            var nameEnd = NameEnd(text, lt + 2);
            Close(elements, text.Substring(lt + 2, nameEnd - lt - 2));
            var gt = text.IndexOf('>', nameEnd);
            return gt < 0 ? text.Length : gt + 1;
        }

        if (lt + 1 < text.Length && IsNameStart(text[lt + 1]))
        {
            return StartTag(text, lt, elements, values);
        }

        return lt + 1; // a stray '<' in broken text
    }

    private static int StartTag(string text, int lt, List<Element> elements, List<ConfigurationValue> values)
    {
        var nameEnd = NameEnd(text, lt + 1);
        var name = text.Substring(lt + 1, nameEnd - lt - 1);
        var attributes = new List<Attribute>();
        var pos = nameEnd;
        while (true)
        {
            while (pos < text.Length && IsSpace(text[pos]))
            {
                pos++;
            }

            if (pos >= text.Length)
            {
                return text.Length; // the file ends inside a tag: nothing read from it is trusted
            }

            var c = text[pos];
            if (c == '>' || (c == '/' && pos + 1 < text.Length && text[pos + 1] == '>'))
            {
                var element = new Element(name, KeyOf(text, attributes));
                if (c == '>')
                {
                    elements.Add(element);
                    pos++;
                }
                else
                {
                    pos += 2;
                }

                AddAttributes(text, element, attributes, values);
                return pos;
            }

            if (c == '<')
            {
                return pos; // a tag that never closed: drop it, read on from the next one
            }

            if (!IsNameStart(c))
            {
                pos++;
                continue;
            }

            var attributeNameEnd = NameEnd(text, pos);
            var attributeName = text.Substring(pos, attributeNameEnd - pos);
            pos = attributeNameEnd;
            while (pos < text.Length && IsSpace(text[pos]))
            {
                pos++;
            }

            if (pos >= text.Length || text[pos] != '=')
            {
                continue; // an attribute without a value (not XML)
            }

            pos++;
            while (pos < text.Length && IsSpace(text[pos]))
            {
                pos++;
            }

            if (pos >= text.Length)
            {
                return text.Length;
            }

            var quote = text[pos];
            if (quote != '"' && quote != '\'')
            {
                continue; // an unquoted value (not XML): the loop skips it character by character
            }

            // '<' cannot stand in an attribute value: reaching one (or the end) first, the quote is not closed;
            // the tag is dropped and the file read on from that '<'. One pass: nothing is searched twice.
            var closeQuote = text.IndexOfAny(quote == '"' ? DoubleQuoteOrTag : SingleQuoteOrTag, pos + 1);
            if (closeQuote < 0)
            {
                return text.Length;
            }

            if (text[closeQuote] == '<')
            {
                return closeQuote;
            }

            attributes.Add(new Attribute(attributeName, pos, closeQuote + 1 - pos));
            pos = closeQuote + 1;
        }
    }

    private static void AddAttributes(string text, Element element, List<Attribute> attributes, List<ConfigurationValue> values)
    {
        var valueCount = 0;
        foreach (var attribute in attributes)
        {
            valueCount += IsNamespaceOrSchema(attribute.Name) || IsKeyAttribute(attribute.Name) ? 0 : 1;
        }

        foreach (var attribute in attributes)
        {
            // A key or name that names the setting held by the element's other attributes is a key, not a value
            // (<add key="…" value="…"/>); alone on its element (<host name="…"/>) it is the value.
            if (IsNamespaceOrSchema(attribute.Name) || (IsKeyAttribute(attribute.Name) && valueCount > 0))
            {
                continue;
            }

            var value = Decode(text, attribute.Start + 1, attribute.Start + attribute.Length - 1);
            var setting = element.Key is { } key && !IsKeyAttribute(attribute.Name)
                ? key
                : element.Name + "/@" + attribute.Name;
            values.Add(new ConfigurationValue(value, attribute.Start, attribute.Length, setting));
        }
    }

    /// <summary>The element's <c>key</c> or <c>name</c> attribute: it names the setting its other attributes and text hold.</summary>
    private static string? KeyOf(string text, List<Attribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (IsKeyAttribute(attribute.Name))
            {
                return Decode(text, attribute.Start + 1, attribute.Start + attribute.Length - 1);
            }
        }

        return null;
    }

    private static bool IsKeyAttribute(string name)
        => string.Equals(name, "key", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "name", StringComparison.OrdinalIgnoreCase);

    private static bool IsNamespaceOrSchema(string name)
    {
        if (name == "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = name.IndexOf(':');
        var local = colon < 0 ? name : name.Substring(colon + 1);
        return colon > 0 && (local == "schemaLocation" || local == "noNamespaceSchemaLocation");
    }

    /// <summary>Closes the innermost open element of that name (and any left open inside it); a stray end tag is ignored.</summary>
    private static void Close(List<Element> elements, string name)
    {
        // Looking only a few levels up keeps hostile input (thousands of unmatched tags) linear.
        for (var i = elements.Count - 1; i >= 0 && i >= elements.Count - MaxUnclosedLevels; i--)
        {
            if (elements[i].Name == name)
            {
                elements.RemoveRange(i, elements.Count - i);
                return;
            }
        }
    }

    /// <summary>
    /// Text belongs to the innermost open element; its setting is the <c>key</c>/<c>name</c> of that
    /// element or of its parent (<c>&lt;setting name="X"&gt;&lt;value&gt;…</c>), else the element's name.
    /// </summary>
    private static string? Setting(List<Element> elements)
    {
        if (elements.Count == 0)
        {
            return null;
        }

        var element = elements[elements.Count - 1];
        return element.Key
               ?? (elements.Count > 1 ? elements[elements.Count - 2].Key : null)
               ?? element.Name;
    }

    private static void AddText(string text, int start, int end, string? setting, List<ConfigurationValue> values)
        => AddTrimmed(text, start, end, decode: true, setting, values);

    private static void AddTrimmed(string text, int start, int end, bool decode, string? setting, List<ConfigurationValue> values)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            var value = decode ? Decode(text, start, end) : text.Substring(start, end - start);
            values.Add(new ConfigurationValue(value, start, end - start, setting));
        }
    }

    /// <summary>Decodes the predefined and numeric character references; any other '&amp;' stays as written.</summary>
    private static string Decode(string text, int start, int end)
    {
        var amp = text.IndexOf('&', start, end - start);
        if (amp < 0)
        {
            return text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        builder.Append(text, start, amp - start);
        var pos = amp;
        while (pos < end)
        {
            var c = text[pos];
            var semicolon = c == '&' ? text.IndexOf(';', pos + 1, Math.Min(end - pos - 1, 12)) : -1;
            if (semicolon > pos + 1 && Entity(text.Substring(pos + 1, semicolon - pos - 1)) is { } decoded)
            {
                builder.Append(decoded);
                pos = semicolon + 1;
            }
            else
            {
                builder.Append(c);
                pos++;
            }
        }

        return builder.ToString();
    }

    private static string? Entity(string name)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            var digits = name.Substring(hex ? 2 : 1);
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            {
                return char.ConvertFromUtf32(code);
            }
        }

        return null;
    }

    /// <summary>Skips <c>&lt;!DOCTYPE …&gt;</c> and other declarations, with their internal subset in brackets.</summary>
    private static int SkipDeclaration(string text, int pos)
    {
        var depth = 0;
        for (; pos < text.Length; pos++)
        {
            switch (text[pos])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case '>' when depth <= 0:
                    return pos + 1;
            }
        }

        return text.Length;
    }

    private static int After(string text, int from, string terminator)
    {
        var index = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return index < 0 ? text.Length : index + terminator.Length;
    }

    private static bool At(string text, int pos, string prefix) => string.CompareOrdinal(text, pos, prefix, 0, prefix.Length) == 0;

    private static int NameEnd(string text, int pos)
    {
        while (pos < text.Length && IsNameChar(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == ':';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private readonly struct Attribute
    {
        public Attribute(string name, int start, int length)
        {
            Name = name;
            Start = start;
            Length = length;
        }

        public string Name { get; }

        /// <summary>Offset of the opening quote.</summary>
        public int Start { get; }

        /// <summary>Length with both quotes.</summary>
        public int Length { get; }
    }

    private sealed class Element
    {
        public Element(string name, string? key)
        {
            Name = name;
            Key = key;
        }

        public string Name { get; }

        public string? Key { get; }
    }
}
