using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SovereignAnalyzers.Json;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.CodeFixes.PolicyEditing;

/// <summary>
/// Adds exceptions to the text of a <c>sovereignty.json</c> policy, touching nothing else: comments,
/// member order, indentation and line endings stay as they are. Each new entry has an empty
/// <c>justification</c> and <c>owner</c>, which the policy check (SOV0900) reports until someone fills
/// them in, and expires one year after <c>today</c>. A host or provider the file already excepts is not
/// added again.
/// </summary>
internal static class PolicyExceptionEditor
{
    public const string SchemaUrl = "https://raw.githubusercontent.com/SovereignAnalyzers/SovereignAnalyzers/main/docs/sovereignty.schema.json";

    /// <summary>
    /// The policy text with the requests added; the unchanged text when every request is already
    /// there; null when the existing text is not a policy object this editor can edit safely.
    /// </summary>
    public static string? AddExceptions(string? policyText, IReadOnlyList<ExceptionRequest> requests, DateTime today)
    {
        var expires = today.Date.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (policyText is null || policyText.Trim().Length == 0)
        {
            return NewPolicy(Distinct(requests), expires);
        }

        JsonValue root;
        try
        {
            root = JsonReader.Parse(policyText, lenient: true);
        }
        catch (JsonParseException)
        {
            return null;
        }

        if (root.Kind != JsonKind.Object)
        {
            return null;
        }

        var exceptions = root.Get(PolicyKeys.Exceptions);
        if (exceptions is not null && exceptions.Kind != JsonKind.Array)
        {
            return null;
        }

        var missing = new List<ExceptionRequest>();
        foreach (var request in Distinct(requests))
        {
            if (exceptions is null || !IsExcepted(exceptions, request))
            {
                missing.Add(request);
            }
        }

        if (missing.Count == 0)
        {
            return policyText;
        }

        var newline = policyText.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
        return exceptions is null
            ? AddExceptionsMember(policyText, root, missing, expires, newline)
            : AppendToArray(policyText, exceptions, missing, expires, newline);
    }

    private static string NewPolicy(IReadOnlyList<ExceptionRequest> requests, string expires)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"").Append(PolicyKeys.Schema).Append("\": \"").Append(SchemaUrl).Append("\",\n  \"").Append(PolicyKeys.Exceptions).Append("\": [\n");
        AppendEntries(text, requests, expires, "    ", "  ", "\n");
        text.Append("\n  ]\n}\n");
        return text.ToString();
    }

    private static string AddExceptionsMember(string text, JsonValue root, IReadOnlyList<ExceptionRequest> requests, string expires, string newline)
    {
        var close = root.Start + root.Length - 1; // the root's closing brace
        var memberIndent = root.Members.Count > 0 ? IndentOfLine(text, root.Members[root.Members.Count - 1].NameStart) : "  ";
        var unit = memberIndent.Length > 0 ? memberIndent : "  ";
        var member = new StringBuilder();
        member.Append('"').Append(PolicyKeys.Exceptions).Append("\": [").Append(newline);
        AppendEntries(member, requests, expires, memberIndent + unit, unit, newline);
        member.Append(newline).Append(memberIndent).Append(']');

        if (root.Members.Count == 0)
        {
            return text.Substring(0, root.Start + 1) + newline + memberIndent + member + newline + text.Substring(close);
        }

        var last = root.Members[root.Members.Count - 1].Value;
        return InsertAfterItem(text, last.Start + last.Length, memberIndent + member, newline, memberIndent);
    }

    private static string AppendToArray(string text, JsonValue array, IReadOnlyList<ExceptionRequest> requests, string expires, string newline)
    {
        if (array.Items.Count == 0)
        {
            var arrayIndent = IndentOfLine(text, array.Start);
            var unit = arrayIndent.Length > 0 ? arrayIndent : "  ";
            var entries = new StringBuilder();
            AppendEntries(entries, requests, expires, arrayIndent + unit, unit, newline);
            var close = array.Start + array.Length - 1;
            return text.Substring(0, array.Start + 1) + newline + entries + newline + arrayIndent + text.Substring(close);
        }

        var lastItem = array.Items[array.Items.Count - 1];
        var itemIndent = IndentOfLine(text, lastItem.Start);
        var itemUnit = UnitInside(text, lastItem, itemIndent);
        var added = new StringBuilder();
        AppendEntries(added, requests, expires, itemIndent, itemUnit, newline);
        return InsertAfterItem(text, lastItem.Start + lastItem.Length, added.ToString(), newline, itemIndent);
    }

    /// <summary>
    /// Inserts <paramref name="addition"/> as the next item after the one ending at <paramref name="end"/>:
    /// after a trailing comma if there is one, else after a new comma; on a line of its own, after any
    /// comment that ends the item's line, so comments stay with the item they describe.
    /// </summary>
    private static string InsertAfterItem(string text, int end, string addition, string newline, string indent)
    {
        var position = end;
        var needsComma = true;
        var scan = SkipSpacesAndComments(text, end);
        if (scan < text.Length && text[scan] == ',')
        {
            needsComma = false;
            position = scan + 1;
        }

        var lineEnd = position;
        while (lineEnd < text.Length && text[lineEnd] is ' ' or '\t')
        {
            lineEnd++;
        }

        if (lineEnd + 1 < text.Length && text[lineEnd] == '/' && text[lineEnd + 1] == '/')
        {
            while (lineEnd < text.Length && text[lineEnd] is not '\r' and not '\n')
            {
                lineEnd++;
            }
        }

        var addedLine = addition.StartsWith(indent, StringComparison.Ordinal) ? addition : indent + addition;
        if (lineEnd < text.Length && text[lineEnd] is '\r' or '\n')
        {
            // The rest of the item's line is blank or a comment: the new item goes on the next line.
            return (needsComma ? text.Substring(0, end) + "," + text.Substring(end, lineEnd - end) : text.Substring(0, lineEnd))
                   + newline + addedLine + text.Substring(lineEnd);
        }

        // Compact JSON (more on the same line): keep it compact.
        return text.Substring(0, position) + (needsComma ? "," : string.Empty) + newline + addedLine + text.Substring(position);
    }

    private static void AppendEntries(StringBuilder text, IReadOnlyList<ExceptionRequest> requests, string expires, string indent, string unit, string newline)
    {
        for (var i = 0; i < requests.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',').Append(newline);
            }

            var request = requests[i];
            var inner = indent + unit;
            text.Append(indent).Append('{').Append(newline);
            if (request.Host is not null)
            {
                text.Append(inner).Append('"').Append(PolicyKeys.Host).Append("\": ").Append(Quote(request.Host)).Append(',').Append(newline);
            }

            if (request.ProviderId is not null)
            {
                text.Append(inner).Append('"').Append(PolicyKeys.Provider).Append("\": ").Append(Quote(request.ProviderId)).Append(',').Append(newline);
            }

            text.Append(inner).Append('"').Append(PolicyKeys.Justification).Append("\": \"\",").Append(newline);
            text.Append(inner).Append('"').Append(PolicyKeys.Owner).Append("\": \"\",").Append(newline);
            text.Append(inner).Append('"').Append(PolicyKeys.Expires).Append("\": \"").Append(expires).Append('"').Append(newline);
            text.Append(indent).Append('}');
        }
    }

    private static bool IsExcepted(JsonValue exceptions, ExceptionRequest request)
    {
        foreach (var item in exceptions.Items)
        {
            if (item.Kind != JsonKind.Object)
            {
                continue;
            }

            var host = item.GetString(PolicyKeys.Host);
            var provider = item.GetString(PolicyKeys.Provider);
            var sameHost = request.Host is not null && host is not null
                && string.Equals(host.TrimEnd('.'), request.Host, StringComparison.OrdinalIgnoreCase);
            var sameProvider = request.ProviderId is not null && host is null && string.Equals(provider, request.ProviderId, StringComparison.Ordinal);
            if (sameHost || sameProvider)
            {
                return true;
            }
        }

        return false;
    }

    private static List<ExceptionRequest> Distinct(IReadOnlyList<ExceptionRequest> requests)
    {
        var seen = new HashSet<ExceptionRequest>();
        var distinct = new List<ExceptionRequest>();
        foreach (var request in requests)
        {
            if (seen.Add(request))
            {
                distinct.Add(request);
            }
        }

        return distinct;
    }

    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                < ' ' => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    private static string IndentOfLine(string text, int position)
    {
        var lineStart = position;
        while (lineStart > 0 && text[lineStart - 1] is not '\n' and not '\r')
        {
            lineStart--;
        }

        var end = lineStart;
        while (end < position && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text.Substring(lineStart, end - lineStart);
    }

    /// <summary>The indentation step used inside an existing item (its members' indent minus its own), else two spaces.</summary>
    private static string UnitInside(string text, JsonValue item, string itemIndent)
    {
        if (item.Kind == JsonKind.Object && item.Members.Count > 0)
        {
            var memberIndent = IndentOfLine(text, item.Members[0].NameStart);
            if (memberIndent.Length > itemIndent.Length && memberIndent.StartsWith(itemIndent, StringComparison.Ordinal))
            {
                return memberIndent.Substring(itemIndent.Length);
            }
        }

        return "  ";
    }

    private static int SkipSpacesAndComments(string text, int position)
    {
        while (position < text.Length)
        {
            if (char.IsWhiteSpace(text[position]))
            {
                position++;
            }
            else if (position + 1 < text.Length && text[position] == '/' && text[position + 1] == '/')
            {
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }
            }
            else if (position + 1 < text.Length && text[position] == '/' && text[position + 1] == '*')
            {
                var close = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                position = close < 0 ? text.Length : close + 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }
}
