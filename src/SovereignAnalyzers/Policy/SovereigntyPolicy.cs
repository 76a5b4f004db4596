using System;
using System.Collections.Generic;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// What an organisation accepts, as read from <c>sovereignty.json</c> (documented in docs/configuration.md).
/// <see cref="Default"/> is the built-in policy used when there is no file, or when the file is invalid.
/// </summary>
internal sealed class SovereigntyPolicy
{
    private static readonly IReadOnlyList<string> None = Array.Empty<string>();

    public SovereigntyPolicy(
        IReadOnlyCollection<string>? forbiddenLaws,
        IReadOnlyList<string> requiredQualifications,
        bool allowLicensedTechnology,
        IReadOnlyCollection<string> allow,
        IReadOnlyCollection<string> deny,
        IReadOnlyList<PolicyExceptionEntry> exceptions,
        IReadOnlyList<Provider> customProviders,
        IReadOnlyDictionary<string, IReadOnlyList<PreferredAlternative>> alternatives,
        string? path,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? customNamespaces = null)
    {
        ForbiddenLaws = forbiddenLaws;
        RequiredQualifications = requiredQualifications;
        AllowLicensedTechnology = allowLicensedTechnology;
        Allow = new HashSet<string>(allow, StringComparer.OrdinalIgnoreCase);
        Deny = new HashSet<string>(deny, StringComparer.OrdinalIgnoreCase);
        Exceptions = exceptions;
        CustomProviders = customProviders;
        Alternatives = alternatives;
        Path = path;
        CustomNamespaces = customNamespaces ?? new Dictionary<string, IReadOnlyList<string>>();
    }

    /// <summary>Every law of a non-EU jurisdiction is forbidden; no qualification required; licensed technology allowed.</summary>
    public static SovereigntyPolicy Default { get; } = new(
        forbiddenLaws: null,
        requiredQualifications: None,
        allowLicensedTechnology: true,
        allow: None,
        deny: None,
        exceptions: Array.Empty<PolicyExceptionEntry>(),
        customProviders: Array.Empty<Provider>(),
        alternatives: new Dictionary<string, IReadOnlyList<PreferredAlternative>>(),
        path: null);

    /// <summary>Forbidden law ids; null means "every law of a non-EU jurisdiction in the catalog".</summary>
    public IReadOnlyCollection<string>? ForbiddenLaws { get; }

    /// <summary>A provider must hold one of these (for the service and region at hand); empty means none required.</summary>
    public IReadOnlyList<string> RequiredQualifications { get; }

    public bool AllowLicensedTechnology { get; }

    public ISet<string> Allow { get; }

    public ISet<string> Deny { get; }

    public IReadOnlyList<PolicyExceptionEntry> Exceptions { get; }

    public IReadOnlyList<Provider> CustomProviders { get; }

    /// <summary>Preferred alternatives per service kind, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PreferredAlternative>> Alternatives { get; }

    /// <summary>The policy file's path, or null for the built-in default.</summary>
    public string? Path { get; }

    /// <summary>The SDK namespaces the policy declares for its custom providers (provider id → namespaces).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CustomNamespaces { get; }
}
