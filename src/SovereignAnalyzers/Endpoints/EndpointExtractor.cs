using System;
using System.Collections.Generic;
using System.Text;

namespace SovereignAnalyzers.Endpoints;

/// <summary>
/// Finds what may designate an endpoint in a string: URLs (any scheme, with userinfo, ports, several
/// hosts), bare host names, connection-string values, ARNs and provider schemes. Pure string work,
/// linear in the text, with no regular expression; whether a host belongs to a provider is the
/// <see cref="HostIndex"/>'s business. The whole text is read and every candidate taken, however long
/// the text and however many candidates it holds: a cut-off would hide what comes after it, and the work
/// stays linear (a configuration file's size is bounded by the reader, see SOV0006).
/// </summary>
internal static class EndpointExtractor
{
    // An ARN named in a message is cut after this many characters.
    private const int MaxResourceLength = 128;

    // Connection-string keys whose value is a host, a URL or a host suffix (compared case-insensitively).
    private static readonly HashSet<string> EndpointKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "Endpoint", "EndpointSuffix", "AccountEndpoint", "BlobEndpoint", "QueueEndpoint", "TableEndpoint",
        "FileEndpoint", "DfsEndpoint", "IngestionEndpoint", "LiveEndpoint", "ProfilerEndpoint", "SnapshotEndpoint",
        "Server", "Data Source", "DataSource", "Host", "HostName", "Address", "Addr", "Network Address",
        "ServiceUrl", "Service Url", "Url", "Uri", "BaseUrl", "ContactPoints", "Hosts",
    };

    // What the pre-filter looks for: dots (ASCII, and the ideographic ones IDN folds into '.') and colons.
    private static readonly char[] DotsAndColon = { '.', ':', '\u3002', '\uFF0E', '\uFF61' };

    /// <summary>
    /// Cheap test run before any parsing, without allocating: every candidate needs a dot between two
    /// host characters (a host name), "://" (a URL or provider scheme) or "arn:" (an ARN); a host whose
    /// dots are all ideographic ones (folded by IDN) only counts in a text with a colon, as a connection
    /// string value or host:port; a connection string with an <c>AccountName</c> may imply its host. Prose
    /// ("... the record.") and formats ("{0:F2}") stop here.
    /// </summary>
    public static bool MayContainEndpoint(string text)
    {
        if (text.Length < 4)
        {
            return false;
        }

        var limit = text.Length;
        var colon = false;
        var ideographicDot = false;
        for (var i = text.IndexOfAny(DotsAndColon, 0, limit); i >= 0; i = i + 1 < limit ? text.IndexOfAny(DotsAndColon, i + 1, limit - i - 1) : -1)
        {
            var c = text[i];
            if (c == ':')
            {
                if ((i + 2 < limit && text[i + 1] == '/' && text[i + 2] == '/') || (i >= 3 && IsArnWord(text, i - 3)))
                {
                    return true;
                }

                colon = true;
            }
            else if (i > 0 && i + 1 < limit && IsHostChar(text[i - 1]) && IsHostChar(text[i + 1]))
            {
                if (c == '.')
                {
                    return true;
                }

                ideographicDot = true;
            }

            if (colon && ideographicDot)
            {
                return true;
            }
        }

        // An Azure Storage connection string without any host still designates public Azure.
        return text.IndexOf('=') >= 0 && text.IndexOf(AccountNameKey, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    internal const string AccountNameKey = "AccountName";

    private static bool IsHostChar(char c) => c > 127 || HostName.IsLabelChar(c);

    private static bool IsArnWord(string text, int start)
        => (text[start] | 0x20) == 'a' && (text[start + 1] | 0x20) == 'r' && (text[start + 2] | 0x20) == 'n';

    public static List<EndpointCandidate> Extract(string text)
    {
        var results = new List<EndpointCandidate>();
        if (!MayContainEndpoint(text))
        {
            return results;
        }

        var limit = text.Length;
        ScanUrls(text, limit, results);
        ScanArns(text, limit, results);
        if (text.IndexOf('=') >= 0)
        {
            ScanConnectionString(text, limit, results);
        }

        if (results.Count == 0)
        {
            ScanBareHosts(text, limit, results);
        }

        return results;
    }

    private static void ScanUrls(string text, int limit, List<EndpointCandidate> results)
    {
        var from = 0;
        while (true)
        {
            var slashes = text.IndexOf("//", from, limit - from, StringComparison.Ordinal);
            if (slashes < 0)
            {
                return;
            }

            from = slashes + 2;
            var authorityStart = slashes + 2;
            if (slashes > 0 && text[slashes - 1] == ':')
            {
                var separator = slashes - 1;
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

                var authorityEnd = AuthorityEnd(text, authorityStart, limit);
                var scheme = text.Substring(schemeStart, separator - schemeStart).ToLowerInvariant();
                var resource = authorityEnd > authorityStart ? scheme + "://" + text.Substring(authorityStart, authorityEnd - authorityStart) : null;
                results.Add(new EndpointCandidate(EndpointForm.Scheme, scheme, schemeStart, separator - schemeStart, resource));
                from = authorityEnd;
                AddAuthority(text, authorityStart, authorityEnd, limit, results);
            }
            else if (IsProtocolRelativeStart(text, slashes))
            {
                // "//bucket.s3.amazonaws.com/key": the page's scheme is used; the host is written all the same.
                var authorityEnd = AuthorityEnd(text, authorityStart, limit);
                from = authorityEnd;
                if (text.IndexOf('.', authorityStart, authorityEnd - authorityStart) >= 0)
                {
                    AddAuthority(text, authorityStart, authorityEnd, limit, results);
                }
            }
        }
    }

    /// <summary>"//" opens a protocol-relative URL at the start of the text or after a space, a quote, '=' or '('; never inside a path ("a//b").</summary>
    private static bool IsProtocolRelativeStart(string text, int slashes)
    {
        if (slashes + 2 >= text.Length || text[slashes + 2] == '/')
        {
            return false;
        }

        if (slashes == 0)
        {
            return true;
        }

        var before = text[slashes - 1];
        return char.IsWhiteSpace(before) || before is '"' or '\'' or '=' or '(' or ',' or '[';
    }

    private static int AuthorityEnd(string text, int start, int limit)
    {
        var end = start;
        while (end < limit)
        {
            var placeholderEnd = PlaceholderEnd(text, end, limit);
            if (placeholderEnd > end)
            {
                end = placeholderEnd;
                continue;
            }

            if (IsAuthorityTerminator(text[end]))
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>Adds the hosts of a URL's authority (after any userinfo); marks an OAuth scope (<c>/.default</c>) as naming a service.</summary>
    private static void AddAuthority(string text, int authorityStart, int authorityEnd, int limit, List<EndpointCandidate> results)
    {
        var hostsStart = authorityEnd > authorityStart ? text.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart) : -1;
        hostsStart = hostsStart < 0 ? authorityStart : hostsStart + 1;
        var namesService = IsScopePath(text, authorityEnd, limit);
        AddHostList(text, hostsStart, authorityEnd, EndpointForm.Url, results, namesService);
    }

    /// <summary>
    /// The Microsoft identity platform writes a permission as the resource's URI followed by <c>/.default</c> or
    /// <c>/user_impersonation</c>: such a URL names the service whose token is asked for; it is not called.
    /// </summary>
    private static bool IsScopePath(string text, int pathStart, int limit)
        => StartsWithPathSegment(text, pathStart, limit, "/.default") || StartsWithPathSegment(text, pathStart, limit, "/user_impersonation");

    private static bool StartsWithPathSegment(string text, int start, int limit, string segment)
    {
        if (start + segment.Length > limit || string.Compare(text, start, segment, 0, segment.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var after = start + segment.Length;
        return after == limit || !HostName.IsLabelChar(text[after]);
    }

    /// <summary>
    /// The end of a placeholder that stands for a label (<c>{0}</c>, <c>{accountName}</c> in a format string,
    /// <c>&lt;account-name&gt;</c> in a sample) starting at <paramref name="start"/>, or <paramref name="start"/> when there is none.
    /// </summary>
    private static int PlaceholderEnd(string text, int start, int limit)
    {
        var open = text[start];
        var close = open == '{' ? '}' : open == '<' ? '>' : '\0';
        if (close == '\0')
        {
            return start;
        }

        var i = start + 1;
        while (i < limit && i - start <= 64 && (HostName.IsLabelChar(text[i]) && text[i] != HostName.Hole))
        {
            i++;
        }

        return i > start + 1 && i < limit && text[i] == close ? i + 1 : start;
    }

    /// <summary>Adds each host of <c>host[:port][,host[:port]]...</c> (MongoDB and Kafka list several).</summary>
    private static void AddHostList(string text, int start, int end, EndpointForm form, List<EndpointCandidate> results, bool namesService = false)
    {
        var itemStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == ',')
            {
                AddHostPort(text, itemStart, i, form, results, namesService);
                itemStart = i + 1;
            }
        }
    }

    private static void AddHostPort(string text, int start, int end, EndpointForm form, List<EndpointCandidate> results, bool namesService = false)
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

        AddHost(text, start, end, form, results, namesService);
    }

    private static void AddHost(string text, int start, int end, EndpointForm form, List<EndpointCandidate> results, bool namesService)
    {
        // "https://s3.amazonaws.com" + path: a run-time part right after a host starts the port or path.
        while (end > start && text[end - 1] == HostName.Hole)
        {
            end--;
        }

        if (end - start < 3)
        {
            return;
        }

        var host = HostName.Normalize(WithPlaceholdersAsHoles(text, start, end));
        if (host is null || host.IndexOf('.') < 0 || HostName.IsAllHoles(host))
        {
            return;
        }

        results.Add(new EndpointCandidate(form, host, start, end - start, namesService: namesService));
    }

    /// <summary>The text between <paramref name="start"/> and <paramref name="end"/>, each placeholder (<c>{0}</c>, <c>&lt;name&gt;</c>) replaced by a hole.</summary>
    private static string WithPlaceholdersAsHoles(string text, int start, int end)
    {
        if (text.IndexOf('{', start, end - start) < 0 && text.IndexOf('<', start, end - start) < 0)
        {
            return text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        for (var i = start; i < end;)
        {
            var placeholderEnd = PlaceholderEnd(text, i, end);
            if (placeholderEnd > i)
            {
                builder.Append(HostName.Hole);
                i = placeholderEnd;
            }
            else
            {
                builder.Append(text[i++]);
            }
        }

        return builder.ToString();
    }

    private static void ScanArns(string text, int limit, List<EndpointCandidate> results)
    {
        var from = 0;
        while (from < limit)
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

            var arnEnd = end;
            while (arnEnd < limit && arnEnd - index < MaxResourceLength && !char.IsWhiteSpace(text[arnEnd]) && text[arnEnd] is not ('"' or '\'' or ',' or ';' or '<' or '>'))
            {
                arnEnd++;
            }

            results.Add(new EndpointCandidate(EndpointForm.Arn, text.Substring(from, end - from).ToLowerInvariant(), from, end - from, text.Substring(index, arnEnd - index)));
            from = end;
        }
    }

    private static void ScanConnectionString(string text, int limit, List<EndpointCandidate> results)
    {
        var segmentStart = 0;
        var storage = new StorageKeys();
        for (var i = 0; i <= limit; i++)
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
                    storage.HasEndpoint = true;
                    AddConnectionStringValue(text, equals + 1, i, results);
                }
                else
                {
                    storage.Note(key, equals + 1);
                }
            }

            segmentStart = i + 1;
        }

        if (storage.ImpliesPublicAzure)
        {
            results.Add(new EndpointCandidate(EndpointForm.Implied, AzureStorageDefaultSuffix, storage.AccountNameValueStart, 0));
        }
    }

    // Azure Storage's default endpoint suffix (public Azure), used when a connection string names none.
    private const string AzureStorageDefaultSuffix = "core.windows.net";

    /// <summary>
    /// What an Azure Storage connection string says about where it points: with an account and its
    /// credentials but no <c>EndpointSuffix</c> nor any <c>*Endpoint</c>, the SDKs use public Azure.
    /// </summary>
    private struct StorageKeys
    {
        private bool _accountName;
        private bool _credentials;
        private bool _developmentStorage;

        public bool HasEndpoint { get; set; }

        public int AccountNameValueStart { get; private set; }

        public readonly bool ImpliesPublicAzure => _accountName && _credentials && !HasEndpoint && !_developmentStorage;

        public void Note(string key, int valueStart)
        {
            if (key.Equals(AccountNameKey, StringComparison.OrdinalIgnoreCase))
            {
                _accountName = true;
                AccountNameValueStart = valueStart;
            }
            else if (key.Equals("AccountKey", StringComparison.OrdinalIgnoreCase) || key.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase))
            {
                _credentials = true;
            }
            else if (key.Equals("UseDevelopmentStorage", StringComparison.OrdinalIgnoreCase) || key.Equals("DevelopmentStorageProxyUri", StringComparison.OrdinalIgnoreCase))
            {
                _developmentStorage = true;
            }
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

    /// <summary>
    /// A text that is a host, or a comma-separated list whose every item is a host, a port or an option:
    /// Kafka's <c>a:9092,b:9092</c>, StackExchange.Redis's <c>name.redis.cache.windows.net:6380,password=…,ssl=True</c>,
    /// SQL Server's <c>server.database.windows.net,1433</c>. Anything else (prose, a CSV line) is no host.
    /// </summary>
    private static void ScanBareHosts(string text, int limit, List<EndpointCandidate> results)
    {
        List<int>? hosts = null; // start and end of each host item, in pairs
        var itemStart = 0;
        var previousWasHost = false;
        for (var i = 0; i <= limit; i++)
        {
            if (i < limit && text[i] != ',')
            {
                continue;
            }

            var start = itemStart;
            var end = i;
            itemStart = i + 1;
            Trim(text, ref start, ref end);
            if (end > start && previousWasHost && IsPort(text, start, end))
            {
                previousWasHost = false;
                continue;
            }

            previousWasHost = false;
            var equals = text.IndexOf('=', start, end - start);
            if (equals >= 0)
            {
                if (!IsOptionKey(text, start, equals))
                {
                    return;
                }

                continue;
            }

            var hostEnd = BareHostEnd(text, ref start, end);
            if (hostEnd < 0)
            {
                if (!IsUnqualifiedBroker(text, start, end))
                {
                    return;
                }

                continue; // localhost:9092, kafka:9092, 127.0.0.1:9093 in a broker list: no provider's host, but the list goes on
            }

            hosts ??= new List<int>();
            hosts.Add(start);
            hosts.Add(hostEnd);
            previousWasHost = true;
        }

        for (var i = 0; hosts is not null && i < hosts.Count; i += 2)
        {
            AddHostPort(text, hosts[i], hosts[i + 1], EndpointForm.BareHost, results);
        }
    }

    /// <summary>The end of the host (and port) in a bare-host item, before any path; -1 when the item is not a host.</summary>
    private static int BareHostEnd(string text, ref int start, int end)
    {
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

            if (char.IsWhiteSpace(c) || c == '@' || c == '\\' || c == '"')
            {
                return -1; // prose or an e-mail address is not a bare host
            }
        }

        if (end <= start)
        {
            return -1; // nothing before the path: "/v1.0", "?a.b"
        }

        var lastLabelStart = text.LastIndexOf('.', end - 1, end - start) + 1;
        if (lastLabelStart <= start)
        {
            return -1;
        }

        // A host's last label (the top-level domain) has a letter; "1.2.3.4" or "v1.0" is no host.
        var hasLetter = false;
        for (var i = lastLabelStart; i < end && text[i] != ':'; i++)
        {
            hasLetter |= IsAsciiLetter(text[i]);
        }

        return hasLetter ? end : -1;
    }

    private static void Trim(string text, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
    }

    /// <summary>
    /// An item of a host list that names no provider: <c>localhost</c> or an IP address (with or without a port),
    /// or a single-label name with a port (<c>kafka:9092</c>, a container's name). A bare word is not one.
    /// </summary>
    private static bool IsUnqualifiedBroker(string text, int start, int end)
    {
        if (end > start && text[start] == '[')
        {
            var close = text.IndexOf(']', start, end - start);
            return close > start + 1 && (close + 1 == end || (text[close + 1] == ':' && close + 2 < end && IsPort(text, close + 2, end)));
        }

        var colon = text.IndexOf(':', start, end - start);
        var hasPort = colon >= 0 && colon + 1 < end && IsPort(text, colon + 1, end);
        if (colon >= 0 && !hasPort)
        {
            return false;
        }

        var hostEnd = colon >= 0 ? colon : end;
        if (hostEnd == start)
        {
            return false;
        }

        var dots = 0;
        var allDigitsOrDots = true;
        for (var i = start; i < hostEnd; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                dots++;
            }
            else if (c < '0' || c > '9')
            {
                allDigitsOrDots = false;
                if (!HostName.IsLabelChar(c))
                {
                    return false;
                }
            }
        }

        return (allDigitsOrDots && dots == 3)
            || string.Compare(text, start, "localhost", 0, hostEnd - start, StringComparison.OrdinalIgnoreCase) == 0 && hostEnd - start == 9
            || (dots == 0 && hasPort && !allDigitsOrDots);
    }

    private static bool IsPort(string text, int start, int end)
    {
        if (end - start > 5)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An option's key: a word such as <c>password</c>, <c>ssl</c> or <c>abortConnect</c>.</summary>
    private static bool IsOptionKey(string text, int start, int equals)
    {
        if (equals == start)
        {
            return false;
        }

        for (var i = start; i < equals; i++)
        {
            var c = text[i];
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            {
                return false;
            }
        }

        return true;
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
