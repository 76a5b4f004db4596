using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

/// <summary>
/// One family of .NET SDKs (e.g. the AWS SDK for .NET): the assemblies and namespaces it ships, its
/// client types, where a client's target is decided, what sets the target, and the provider it targets
/// when nothing does. Read from <c>Catalog/sdks.json</c>.
/// </summary>
internal sealed class SdkFamily
{
    public SdkFamily(
        string id,
        string name,
        string? providerId,
        string? publisherId,
        string source,
        IReadOnlyList<string> assemblies,
        IReadOnlyList<string> supportAssemblies,
        IReadOnlyList<string> namespaces,
        SdkClientRule clients,
        IReadOnlyList<SdkMethodRule> factories,
        IReadOnlyList<SdkMethodRule> builders,
        IReadOnlyList<SdkMethodRule> registrations,
        IReadOnlyList<SdkParameterRule> parameters,
        IReadOnlyList<SdkMemberRule> members,
        SdkRegions? regions,
        IReadOnlyDictionary<string, string> services,
        IReadOnlyList<string> emulators,
        IReadOnlyList<SdkOverloadRule> overloads,
        IReadOnlyList<SdkMethodRule> setters,
        string? unsetFrom,
        IReadOnlyDictionary<string, string> serviceHosts,
        IReadOnlyDictionary<string, string>? authorityHosts = null)
    {
        Id = id;
        Name = name;
        ProviderId = providerId;
        PublisherId = publisherId;
        Source = source;
        Assemblies = assemblies;
        SupportAssemblies = supportAssemblies;
        Namespaces = namespaces;
        Clients = clients;
        Factories = factories;
        Builders = builders;
        Registrations = registrations;
        Parameters = parameters;
        Members = members;
        Regions = regions;
        Services = services;
        Emulators = emulators;
        Overloads = overloads;
        Setters = setters;
        UnsetFrom = unsetFrom;
        ServiceHosts = serviceHosts;
        AuthorityHosts = authorityHosts ?? new Dictionary<string, string>();
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>The provider a client targets when nothing sets its endpoint; null when only the endpoint decides (MinIO).</summary>
    public string? ProviderId { get; }

    /// <summary>The provider that publishes the SDK (for SOV0005); defaults to <see cref="ProviderId"/>.</summary>
    public string? PublisherId { get; }

    /// <summary>The package versions whose public API this entry was read from.</summary>
    public string Source { get; }

    /// <summary>Assembly names; a trailing <c>*</c> matches any suffix.</summary>
    public IReadOnlyList<string> Assemblies { get; }

    /// <summary>Assemblies of the family that hold no client of their own (not reported by SOV0005).</summary>
    public IReadOnlyList<string> SupportAssemblies { get; }

    /// <summary>Root namespaces.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    public SdkClientRule Clients { get; }

    public IReadOnlyList<SdkMethodRule> Factories { get; }

    public IReadOnlyList<SdkMethodRule> Builders { get; }

    public IReadOnlyList<SdkMethodRule> Registrations { get; }

    public IReadOnlyList<SdkParameterRule> Parameters { get; }

    public IReadOnlyList<SdkMemberRule> Members { get; }

    public SdkRegions? Regions { get; }

    /// <summary>Client type metadata name → the service's endpoint prefix (used with <see cref="SdkRegions.HostTemplate"/>).</summary>
    public IReadOnlyDictionary<string, string> Services { get; }

    /// <summary>Texts that, inside an endpoint or connection string, select a local emulator.</summary>
    public IReadOnlyList<string> Emulators { get; }

    /// <summary>Overloads that target another provider than <see cref="ProviderId"/>.</summary>
    public IReadOnlyList<SdkOverloadRule> Overloads { get; }

    /// <summary>
    /// Methods that change a client's target after it is built (<c>OssClient.SetEndpoint</c>, Twilio's
    /// static <c>TwilioClient.SetRegion</c>): their arguments follow the parameter rules.
    /// </summary>
    public IReadOnlyList<SdkMethodRule> Setters { get; }

    /// <summary>
    /// Where the SDK takes its target when the code sets none (e.g. Sentry's <c>SENTRY_DSN</c> environment
    /// variable or configuration); null when it then uses <see cref="ProviderId"/>. Such a client is reported
    /// as decided at run time, never as reaching a guessed provider.
    /// </summary>
    public string? UnsetFrom { get; }

    /// <summary>
    /// Client type metadata name → a host of the service that client speaks (<c>StorageClient</c> →
    /// <c>storage.googleapis.com</c>). Classified in the provider catalog, it gives a client whose target is
    /// decided by a region or by the SDK's default its service, so its API and alternatives are known.
    /// </summary>
    public IReadOnlyDictionary<string, string> ServiceHosts { get; }

    /// <summary>
    /// Provider id → the static member (type metadata name, dot, member) that names that provider's sign-in
    /// authority for the family's credentials (<c>bleu</c> → <c>Azure.Identity.AzureAuthorityHosts.AzureBleuCloud</c>):
    /// a client moved to that provider has its credential's authority moved with it.
    /// </summary>
    public IReadOnlyDictionary<string, string> AuthorityHosts { get; }

    public bool MatchesAssembly(string assemblyName) => Matches(Assemblies, assemblyName);

    public bool IsSupportAssembly(string assemblyName) => Matches(SupportAssemblies, assemblyName);

    public override string ToString() => Id;

    /// <summary>True when <paramref name="name"/> equals a pattern, or starts with a pattern's text before its trailing <c>*</c>.</summary>
    public static bool Matches(IReadOnlyList<string> patterns, string name)
    {
        foreach (var pattern in patterns)
        {
            var prefix = pattern.Length - 1;
            if (prefix >= 0 && pattern[prefix] == '*'
                ? name.Length >= prefix && string.Compare(name, 0, pattern, 0, prefix, System.StringComparison.OrdinalIgnoreCase) == 0
                : string.Equals(pattern, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
