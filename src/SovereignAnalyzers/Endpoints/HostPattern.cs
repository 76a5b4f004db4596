using System;

namespace SovereignAnalyzers.Endpoints;

/// <summary>
/// A service host pattern such as <c>s3.{region}.amazonaws.com</c> or <c>*.blob.core.windows.net</c>,
/// matched against the end of a host (leading labels such as a bucket or account name are allowed).
/// A label is a literal, <c>*</c> (any one label), or holds one <c>{region}</c> placeholder between an
/// optional literal prefix and suffix.
/// </summary>
internal sealed class HostPattern
{
    private const string RegionPlaceholder = "{region}";

    private readonly LabelPattern[] _labels; // right to left

    public HostPattern(string pattern)
    {
        Text = pattern.ToLowerInvariant();
        var labels = Text.Split('.');
        _labels = new LabelPattern[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            _labels[i] = LabelPattern.Parse(labels[labels.Length - 1 - i]);
        }

        var literalTail = 0;
        while (literalTail < _labels.Length && _labels[literalTail].IsLiteral)
        {
            literalTail++;
        }

        if (literalTail == 0)
        {
            throw new FormatException($"Host pattern '{pattern}' must end with a literal domain.");
        }

        LiteralSuffix = string.Join(".", labels, labels.Length - literalTail, literalTail);
    }

    public string Text { get; }

    public int LabelCount => _labels.Length;

    /// <summary>The literal labels at the end of the pattern; the pattern is indexed under this suffix.</summary>
    public string LiteralSuffix { get; }

    /// <summary>Matches <paramref name="labels"/> (the host's labels, left to right); captures the region when the pattern has one.</summary>
    public bool Match(string[] labels, out string? region)
    {
        region = null;
        if (labels.Length < _labels.Length)
        {
            return false;
        }

        for (var i = 0; i < _labels.Length; i++)
        {
            if (!_labels[i].Match(labels[labels.Length - 1 - i], ref region))
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct LabelPattern
    {
        private readonly string _prefix;
        private readonly string _suffix;
        private readonly bool _any;
        private readonly bool _region;

        private LabelPattern(string prefix, string suffix, bool any, bool region)
        {
            _prefix = prefix;
            _suffix = suffix;
            _any = any;
            _region = region;
        }

        public bool IsLiteral => !_any && !_region;

        public static LabelPattern Parse(string label)
        {
            if (label == "*")
            {
                return new LabelPattern(string.Empty, string.Empty, any: true, region: false);
            }

            var index = label.IndexOf(RegionPlaceholder, StringComparison.Ordinal);
            return index < 0
                ? new LabelPattern(label, string.Empty, any: false, region: false)
                : new LabelPattern(label.Substring(0, index), label.Substring(index + RegionPlaceholder.Length), any: false, region: true);
        }

        public bool Match(string label, ref string? region)
        {
            if (_any)
            {
                return true;
            }

            if (!_region)
            {
                return label == _prefix;
            }

            if (label.Length <= _prefix.Length + _suffix.Length
                || !label.StartsWith(_prefix, StringComparison.Ordinal)
                || !label.EndsWith(_suffix, StringComparison.Ordinal))
            {
                return false;
            }

            var captured = label.Substring(_prefix.Length, label.Length - _prefix.Length - _suffix.Length);

            // A region built at run time ("s3.{region}.amazonaws.com" interpolated) is unknown, not wrong.
            region = captured.IndexOf(HostName.Hole) >= 0 ? null : captured;
            return true;
        }
    }
}
