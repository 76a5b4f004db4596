using System;
using System.Collections.Generic;

namespace SovereignAnalyzers.Endpoints;

/// <summary>
/// A host written with placeholders, as in the catalog (<c>s3.{region}.amazonaws.com</c>,
/// <c>{account}.blob.core.windows.net</c>, <c>s3-{region}.amazonaws.com</c>): matches a concrete host
/// label by label from the right, capturing each placeholder (one label, or the part of one label
/// between a literal prefix and suffix). The labels left over on the left are the host's prefix: the
/// bucket of a virtual-host-style S3 URL.
/// </summary>
internal sealed class HostTemplate
{
    private readonly string[] _labels;

    private HostTemplate(string[] labels) => _labels = labels;

    /// <summary>The host part of an endpoint or template (scheme, path and port removed), or null.</summary>
    public static HostTemplate? Parse(string endpointOrHost)
    {
        var host = HostOf(endpointOrHost);
        return host.Length == 0 ? null : new HostTemplate(host.Split('.'));
    }

    /// <summary>The host of an endpoint such as <c>https://oos.x.outscale.com/path</c>; the text itself when it has no scheme.</summary>
    public static string HostOf(string endpoint)
    {
        var start = endpoint.IndexOf("://", StringComparison.Ordinal);
        start = start < 0 ? 0 : start + 3;
        var end = start;
        while (end < endpoint.Length && endpoint[end] != '/' && endpoint[end] != '?' && endpoint[end] != '#' && !IsPortColon(endpoint, end))
        {
            end++;
        }

        return endpoint.Substring(start, end - start).TrimEnd('.');
    }

    /// <summary>
    /// Matches <paramref name="host"/>; true with the placeholder values and the unmatched leading labels
    /// (empty when the template covers the whole host).
    /// </summary>
    public bool TryMatch(string host, out IReadOnlyDictionary<string, string> captures, out string prefix)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        captures = values;
        prefix = string.Empty;
        var labels = host.TrimEnd('.').Split('.');
        if (labels.Length < _labels.Length)
        {
            return false;
        }

        var offset = labels.Length - _labels.Length;
        for (var i = 0; i < _labels.Length; i++)
        {
            if (!MatchLabel(_labels[i], labels[offset + i], values))
            {
                return false;
            }
        }

        prefix = string.Join(".", labels, 0, offset);
        return true;
    }

    /// <summary>The host with each placeholder replaced by its value; null when a placeholder has none.</summary>
    public string? Fill(IReadOnlyDictionary<string, string> values)
    {
        var filled = new string[_labels.Length];
        for (var i = 0; i < _labels.Length; i++)
        {
            var label = _labels[i];
            var open = label.IndexOf('{');
            if (open < 0)
            {
                filled[i] = label;
                continue;
            }

            var close = label.IndexOf('}', open);
            if (close < 0 || !values.TryGetValue(label.Substring(open + 1, close - open - 1), out var value) || value.Length == 0)
            {
                return null;
            }

            filled[i] = label.Substring(0, open) + value + label.Substring(close + 1);
        }

        return string.Join(".", filled);
    }

    public override string ToString() => string.Join(".", _labels);

    private static bool MatchLabel(string pattern, string label, Dictionary<string, string> captures)
    {
        if (pattern == "*")
        {
            return label.Length > 0;
        }

        var open = pattern.IndexOf('{');
        var close = open < 0 ? -1 : pattern.IndexOf('}', open);
        if (open < 0 || close < 0)
        {
            return string.Equals(pattern, label, StringComparison.OrdinalIgnoreCase);
        }

        var before = pattern.Substring(0, open);
        var after = pattern.Substring(close + 1);
        if (label.Length <= before.Length + after.Length
            || !label.StartsWith(before, StringComparison.OrdinalIgnoreCase)
            || !label.EndsWith(after, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = pattern.Substring(open + 1, close - open - 1);
        var value = label.Substring(before.Length, label.Length - before.Length - after.Length);
        if (captures.TryGetValue(name, out var previous) && !string.Equals(previous, value, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        captures[name] = value;
        return true;
    }

    private static bool IsPortColon(string text, int index)
    {
        if (text[index] != ':')
        {
            return false;
        }

        var digits = index + 1;
        while (digits < text.Length && char.IsDigit(text[digits]))
        {
            digits++;
        }

        return digits > index + 1 && (digits == text.Length || text[digits] == '/');
    }
}
