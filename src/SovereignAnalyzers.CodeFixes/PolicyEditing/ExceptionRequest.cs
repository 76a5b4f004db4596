using System;

namespace SovereignAnalyzers.CodeFixes.PolicyEditing;

/// <summary>What a new policy exception covers: a host (endpoint findings) or a provider (SDK findings).</summary>
internal sealed class ExceptionRequest : IEquatable<ExceptionRequest>
{
    private ExceptionRequest(string? host, string? providerId)
    {
        Host = host;
        ProviderId = providerId;
    }

    public string? Host { get; }

    public string? ProviderId { get; }

    /// <summary>What the request names, for titles and keys: the host, else the provider id.</summary>
    public string Subject => Host ?? ProviderId ?? string.Empty;

    public static ExceptionRequest ForHost(string host) => new(host.TrimEnd('.').ToLowerInvariant(), null);

    public static ExceptionRequest ForProvider(string providerId) => new(null, providerId);

    public bool Equals(ExceptionRequest? other)
        => other is not null
           && string.Equals(Host, other.Host, StringComparison.Ordinal)
           && string.Equals(ProviderId, other.ProviderId, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ExceptionRequest);

    public override int GetHashCode() => (Host ?? ProviderId ?? string.Empty).GetHashCode();
}
