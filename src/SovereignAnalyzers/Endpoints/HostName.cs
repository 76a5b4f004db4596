using System;
using System.Globalization;

namespace SovereignAnalyzers.Endpoints;

/// <summary>Normalises and checks host names: ASCII lower case, no trailing dot, IDN converted to punycode.</summary>
internal static class HostName
{
    /// <summary>
    /// Stands for a part of an interpolated string or concatenation that is unknown at compile time
    /// (<c>$"https://{bucket}.s3.amazonaws.com"</c>). A label holding it matches no literal label.
    /// </summary>
    public const char Hole = '\uE000';

    private const int MaxHostLength = 253;

    private static readonly IdnMapping Idn = new();

    /// <summary>Returns the normalised host, or null when <paramref name="candidate"/> is not a plausible DNS name.</summary>
    public static string? Normalize(string candidate)
    {
        var host = candidate;
        if (host.Length == 0 || host.Length > MaxHostLength + 1)
        {
            return null;
        }

        if (host[host.Length - 1] == '.')
        {
            host = host.Substring(0, host.Length - 1);
        }

        if (host.Length == 0)
        {
            return null;
        }

        var needsIdn = false;
        var hasUpper = false;
        var hasHole = false;
        foreach (var c in host)
        {
            if (c == Hole)
            {
                hasHole = true;
            }
            else if (c > 127)
            {
                needsIdn = true;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                hasUpper = true;
            }
        }

        if (needsIdn)
        {
            try
            {
                // IdnMapping also folds full-width and ideographic dots into '.'. It rejects the hole (a
                // private-use character), so a host with holes is converted between them.
                host = hasHole ? ToAsciiAroundHoles(host) : Idn.GetAscii(host);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
        else if (hasUpper)
        {
            host = host.ToLowerInvariant();
        }

        return IsValid(host) ? host : null;
    }

    /// <summary>
    /// The ASCII form of a host with unknown parts (<c>{b}bücket.s3.amazonaws.com</c>): each label's known
    /// parts converted apart (<c>{b}xn--bcket-3ya.s3.amazonaws.com</c>). A label with a hole matches no literal
    /// label whatever its known parts become; the labels without one are converted exactly.
    /// </summary>
    private static string ToAsciiAroundHoles(string host)
    {
        var builder = new System.Text.StringBuilder(host.Length + 16);
        var labelStart = 0;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i < host.Length && !IsDot(host[i]))
            {
                continue;
            }

            if (labelStart > 0)
            {
                builder.Append('.');
            }

            var segmentStart = labelStart;
            for (var j = labelStart; j <= i; j++)
            {
                if (j < i && host[j] != Hole)
                {
                    continue;
                }

                if (j > segmentStart)
                {
                    builder.Append(ToAsciiSegment(host.Substring(segmentStart, j - segmentStart)));
                }

                if (j < i)
                {
                    builder.Append(Hole);
                }

                segmentStart = j + 1;
            }

            labelStart = i + 1;
        }

        return builder.ToString();
    }

    private static string ToAsciiSegment(string segment)
    {
        foreach (var c in segment)
        {
            if (c > 127)
            {
                return Idn.GetAscii(segment);
            }
        }

        return segment.ToLowerInvariant();
    }

    /// <summary>The dots IDNA treats as label separators: full stop, ideographic, full-width and half-width ideographic.</summary>
    private static bool IsDot(char c) => c is '.' or '\u3002' or '\uFF0E' or '\uFF61';

    /// <summary>Letters, digits, '-', '_' and holes in dot-separated non-empty labels.</summary>
    private static bool IsValid(string host)
    {
        var labelLength = 0;
        var labels = 1;
        foreach (var c in host)
        {
            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                labels++;
                labelLength = 0;
                continue;
            }

            if (!IsLabelChar(c) || ++labelLength > 63)
            {
                return false;
            }
        }

        return labelLength > 0 && labels <= 127;
    }

    public static bool IsLabelChar(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == Hole;

    /// <summary>The host as a person reads it: unknown parts shown as '*' ("*.s3.amazonaws.com").</summary>
    public static string Display(string host) => host.IndexOf(Hole) < 0 ? host : host.Replace(Hole, '*');

    /// <summary>True when the host is only made of unknown parts and dots.</summary>
    public static bool IsAllHoles(string host)
    {
        foreach (var c in host)
        {
            if (c != Hole && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
