using System;
using System.Collections.Generic;

namespace SovereignAnalyzers.Endpoints;

/// <summary>
/// Finds what may designate an endpoint in a string: URLs (any scheme, with userinfo, ports, several
/// hosts), bare host names, connection-string values, ARNs and provider schemes. Pure string work,
/// linear in the text, with no regular expression; whether a host belongs to a provider is the
/// <see cref="HostIndex"/>'s business.
/// </summary>
internal static class EndpointExtractor
{
    /// <summary>Only the first characters of a longer text are scanned, so a huge string cannot stall the build.</summary>
    public const int MaxScannedLength = 1 << 20;

    /// <summary>At most this many candidates are taken from one text.</summary>
    public const int MaxCandidates = 64;

    // Connection-string keys whose value is a host, a URL or a host suffix (compared case-insensitively).
    private static readonly HashSet<string> EndpointKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "Endpoint", "EndpointSuffix", "AccountEndpoint", "BlobEndpoint", "QueueEndpoint", "TableEndpoint",
        "FileEndpoint", "DfsEndpoint", "IngestionEndpoint", "LiveEndpoint", "ProfilerEndpoint", "SnapshotEndpoint",
        "Server", "Data Source", "DataSource", "Host", "HostName", "Address", "Addr", "Network Address",
        "ServiceUrl", "Service Url", "Url", "Uri", "BaseUrl", "ContactPoints", "Hosts",
    };

    /// <summary>Cheap test run before any parsing: a host needs a dot, an ARN or a URL needs a colon.</summary>
    public static bool MayContainEndpoint(string text)
    {
        if (text.Length < 4)
        {
            return false;
        }

        var limit = Math.Min(text.Length, MaxScannedLength);
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (c == '.' || c == ':')
            {
                return true;
            }
        }

        return false;
    }

    public static List<EndpointCandidate> Extract(string text)
    {
        var results = new List<EndpointCandidate>();
        if (!MayContainEndpoint(text))
        {
            return results;
        }

        var limit = Math.Min(text.Length, MaxScannedLength);
        ScanUrls(text, limit, results);
        ScanArns(text, limit, results);
        if (text.IndexOf('=') >= 0)
        {
            ScanConnectionString(text, limit, results);
        }

        if (results.Count == 0)
        {
            ScanBareHost(text, limit, results);
        }

        return results;
    }

    private static void ScanUrls(string text, int limit, List<EndpointCandidate> results)
    {
        var from = 0;
        while (results.Count < MaxCandidates)
        {
            var separator = text.IndexOf("://", from, limit - from, StringComparison.Ordinal);
            if (separator < 0)
            {
                return;
            }

            from = separator + 3;
            var schemeStart = separator;
            while (schemeStart > 0 && IsSchemeChar(text[schemeStart - 1]))
            {
                schemeStart--;
            }

            while (schemeStart < separator && !IsAsciiLetter(text[schemeStart]))
            {
                schemeStart++;
            }

            if (schemeStart == separator)
            {
                continue;
            }

            var scheme = text.Substring(schemeStart, separator - schemeStart).ToLowerInvariant();
            results.Add(new EndpointCandidate(EndpointForm.Scheme, scheme, schemeStart, separator - schemeStart));

            var authorityStart = separator + 3;
            var authorityEnd = authorityStart;
            while (authorityEnd < limit && !IsAuthorityTerminator(text[authorityEnd]))
            {
                authorityEnd++;
            }

            from = authorityEnd;
            var hostsStart = text.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart);
            hostsStart = hostsStart < 0 ? authorityStart : hostsStart + 1;
            AddHostList(text, hostsStart, authorityEnd, EndpointForm.Url, results);
        }
    }

    /// <summary>Adds each host of <c>host[:port][,host[:port]]...</c> (MongoDB and Kafka list several).</summary>
    private static void AddHostList(string text, int start, int end, EndpointForm form, List<EndpointCandidate> results)
    {
        var itemStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == ',')
            {
                AddHostPort(text, itemStart, i, form, results);
                itemStart = i + 1;
            }
        }
    }

    private static void AddHostPort(string text, int start, int end, EndpointForm form, List<EndpointCandidate> results)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start >= end || text[start] == '[')
        {
            // Empty, or an IPv6 literal: an address is never a provider's host name.
            return;
        }

        var colon = text.IndexOf(':', start, end - start);
        if (colon >= 0)
        {
            end = colon;
        }

        AddHost(text, start, end, form, results);
    }

    private static void AddHost(string text, int start, int end, EndpointForm form, List<EndpointCandidate> results)
    {
        // "https://s3.amazonaws.com" + path: a run-time part right after a host starts the port or path.
        while (end > start && text[end - 1] == HostName.Hole)
        {
            end--;
        }

        if (end - start < 3 || results.Count >= MaxCandidates)
        {
            return;
        }

        var host = HostName.Normalize(text.Substring(start, end - start));
        if (host is null || host.IndexOf('.') < 0 || HostName.IsAllHoles(host))
        {
            return;
        }

        results.Add(new EndpointCandidate(form, host, start, end - start));
    }

    private static void ScanArns(string text, int limit, List<EndpointCandidate> results)
    {
        var from = 0;
        while (from < limit && results.Count < MaxCandidates)
        {
            var index = text.IndexOf("arn:", from, limit - from, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return;
            }

            from = index + 4;
            if (index > 0 && (char.IsLetterOrDigit(text[index - 1]) || text[index - 1] == '_'))
            {
                continue;
            }

            var end = from;
            while (end < limit && (IsAsciiLetter(text[end]) || char.IsDigit(text[end]) || text[end] == '-'))
            {
                end++;
            }

            // arn:partition:service:... needs a partition and a service.
            if (end == from || end >= limit || text[end] != ':' || end + 1 >= limit || !IsAsciiLetter(text[end + 1]))
            {
                continue;
            }

            results.Add(new EndpointCandidate(EndpointForm.Arn, text.Substring(from, end - from).ToLowerInvariant(), from, end - from));
            from = end;
        }
    }

    private static void ScanConnectionString(string text, int limit, List<EndpointCandidate> results)
    {
        var segmentStart = 0;
        for (var i = 0; i <= limit && results.Count < MaxCandidates; i++)
        {
            if (i < limit && text[i] != ';')
            {
                continue;
            }

            var equals = text.IndexOf('=', segmentStart, i - segmentStart);
            if (equals > segmentStart)
            {
                var key = text.Substring(segmentStart, equals - segmentStart).Trim();
                if (EndpointKeys.Contains(key))
                {
                    AddConnectionStringValue(text, equals + 1, i, results);
                }
            }

            segmentStart = i + 1;
        }
    }

    private static void AddConnectionStringValue(string text, int start, int end, List<EndpointCandidate> results)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '"' || text[start] == '\''))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '"' || text[end - 1] == '\''))
        {
            end--;
        }

        if (text.IndexOf("://", start, end - start, StringComparison.Ordinal) >= 0)
        {
            return; // a URL value was already found by the URL scan
        }

        // SQL Server style "tcp:host,1433" or "np:host".
        var colon = text.IndexOf(':', start, end - start);
        if (colon > start && colon - start <= 5 && IsAllLetters(text, start, colon))
        {
            start = colon + 1;
        }

        var slash = text.IndexOf('/', start, end - start);
        if (slash >= 0)
        {
            end = slash;
        }

        AddHostList(text, start, end, EndpointForm.ConnectionString, results);
    }

    private static void ScanBareHost(string text, int limit, List<EndpointCandidate> results)
    {
        var start = 0;
        var end = limit;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // "*.blob.core.windows.net" names every host under a suffix.
        if (end - start > 2 && text[start] == '*' && text[start + 1] == '.')
        {
            start += 2;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '/' || c == '?' || c == '#')
            {
                end = i;
                break;
            }

            if (char.IsWhiteSpace(c) || c == '@' || c == '=' || c == '\\' || c == '"')
            {
                return; // prose, an e-mail address or an assignment is not a bare host
            }
        }

        if (end <= start)
        {
            return; // nothing before the path: "/v1.0", "?a.b"
        }

        var lastLabelStart = text.LastIndexOf('.', end - 1, end - start) + 1;
        if (lastLabelStart <= start)
        {
            return;
        }

        // A host's last label (the top-level domain) has a letter; "1.2.3.4" or "v1.0" is no host.
        var hasLetter = false;
        for (var i = lastLabelStart; i < end && text[i] != ':'; i++)
        {
            hasLetter |= IsAsciiLetter(text[i]);
        }

        if (hasLetter)
        {
            AddHostPort(text, start, end, EndpointForm.BareHost, results);
        }
    }

    private static bool IsAllLetters(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsAsciiLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsSchemeChar(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';

    private static bool IsAuthorityTerminator(char c)
        => c is '/' or '?' or '#' or '\\' or '"' or '\'' or '<' or '>' or ';' or '(' or ')' or '{' or '}' or '|' or '^' or '`'
            || char.IsWhiteSpace(c) || c < ' ';
}
