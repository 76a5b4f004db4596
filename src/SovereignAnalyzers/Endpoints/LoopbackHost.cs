using System;

namespace SovereignAnalyzers.Endpoints;

/// <summary>
/// Targets on the developer's own machine (<c>localhost</c>, <c>127.x</c>, <c>::1</c>, <c>0.0.0.0</c>,
/// <c>host.docker.internal</c>): a client sent there reaches no provider.
/// </summary>
internal static class LoopbackHost
{
    private static readonly string[] Markers = { "://localhost:", "://localhost/", "=localhost:", "=localhost;", "@localhost:", "://127.", "=127.", "://[::1]", "://0.0.0.0" };

    /// <summary>
    /// True when <paramref name="text"/> (an endpoint, URL or connection string) names localhost or a loopback
    /// address, which <see cref="EndpointExtractor"/> does not take for host names (no dot, or an address).
    /// </summary>
    public static bool IsNamedIn(string text)
    {
        var trimmed = text.Trim();
        if ((trimmed.StartsWith("localhost", StringComparison.OrdinalIgnoreCase) && (trimmed.Length == 9 || trimmed[9] == ':' || trimmed[9] == '/'))
            || trimmed.EndsWith("://localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var marker in Markers)
        {
            if (text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the lower-case host name <paramref name="host"/> designates the local machine.</summary>
    public static bool Is(string host)
        => host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal) || host.StartsWith("127.", StringComparison.Ordinal)
           || host == "0.0.0.0" || host == "::1" || host == "host.docker.internal";
}
