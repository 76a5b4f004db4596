using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SovereignAnalyzers.Json;

namespace SovereignAnalyzers.Cli.Commands;

/// <summary>
/// Adds exceptions to a policy's text, keeping everything else as written (comments, order, layout): the
/// entries go at the end of its <c>exceptions</c> array, or into a new one.
/// </summary>
internal static class BaselineWriter
{
    /// <summary>One accepted dependency: a host and/or provider, in one file (or everywhere when <see cref="Path"/> is null).</summary>
    public sealed record Entry(string? Host, string ProviderId, string? Path);

    public static string NewPolicy() => "{\n  \"$schema\": \"" + PolicyInitCommand.SchemaUri + "\"\n}\n";

    public static string Add(string policyText, IReadOnlyList<Entry> entries, string justification, string owner, DateTime expires)
    {
        var root = JsonReader.Parse(policyText, lenient: true);
        if (root.Kind != JsonKind.Object)
        {
            throw new FormatException("not a JSON object");
        }

        var block = new StringBuilder();
        for (var i = 0; i < entries.Count; i++)
        {
            block.Append(i == 0 ? string.Empty : ",").Append("\n    {");
            var entry = entries[i];
            var fields = new List<string>();
            if (entry.Host is not null)
            {
                fields.Add("\"host\": " + Quote(entry.Host));
            }

            fields.Add("\"provider\": " + Quote(entry.ProviderId));
            if (entry.Path is not null)
            {
                fields.Add("\"paths\": [" + Quote(entry.Path) + "]");
            }

            fields.Add("\"justification\": " + Quote(justification));
            fields.Add("\"owner\": " + Quote(owner));
            fields.Add("\"expires\": " + Quote(expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            block.Append("\n      ").Append(string.Join(",\n      ", fields)).Append("\n    }");
        }

        if (root.Get("exceptions") is { Kind: JsonKind.Array } array)
        {
            var close = array.Start + array.Length - 1;
            var needsComma = array.Items.Count > 0 && !EndsWithComma(policyText, array.Items[^1], close);
            return policyText[..close].TrimEnd() + (needsComma ? "," : string.Empty) + block + "\n  " + policyText[close..];
        }

        var end = root.Start + root.Length - 1;
        var comma = root.Members.Count > 0 && !EndsWithComma(policyText, root.Members[^1].Value, end);
        return policyText[..end].TrimEnd() + (comma ? "," : string.Empty) + "\n  \"exceptions\": [" + block + "\n  ]\n" + policyText[end..];
    }

    private static bool EndsWithComma(string text, JsonValue last, int close)
        => text.AsSpan(last.Start + last.Length, close - (last.Start + last.Length)).Contains(',');

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string value) => JsonSerializer.Serialize(value, Relaxed);
}
