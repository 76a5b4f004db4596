using System;
using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// An entry of the policy's <c>exceptions</c>: a host or provider (optionally limited to file globs)
/// that the organisation accepts for a stated reason, until an optional expiry date.
/// </summary>
internal sealed class PolicyExceptionEntry
{
    public PolicyExceptionEntry(string? host, string? providerId, IReadOnlyList<string> paths, string justification, string? owner, DateTime? expires, PolicyLocation location, PolicyLocation? expiresLocation = null)
    {
        Host = host;
        ProviderId = providerId;
        Paths = paths;
        Justification = justification;
        Owner = owner;
        Expires = expires;
        Location = location;
        ExpiresLocation = expiresLocation;
    }

    /// <summary>A host (or host suffix, matched on label boundaries).</summary>
    public string? Host { get; }

    public string? ProviderId { get; }

    /// <summary>File globs (relative to the policy file's folder); empty means every file.</summary>
    public IReadOnlyList<string> Paths { get; }

    public string Justification { get; }

    public string? Owner { get; }

    /// <summary>Last day on which the exception applies.</summary>
    public DateTime? Expires { get; }

    /// <summary>Where the entry starts in its policy file; its <c>paths</c> are relative to that file's folder.</summary>
    public PolicyLocation Location { get; }

    /// <summary>Where its <c>expires</c> value stands (SOV0901 is reported there).</summary>
    public PolicyLocation? ExpiresLocation { get; }

    /// <summary>How SOV0901 names the exception: its host, its provider, or both.</summary>
    public string DisplayName => Host is not null && ProviderId is not null ? Host + " [" + ProviderId + "]" : Host ?? ProviderId ?? string.Empty;

    public bool IsExpired(DateTime today) => Expires is { } expires && today.Date > expires.Date;
}
