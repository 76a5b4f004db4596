using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

/// <summary>What a value given to an SDK designates.</summary>
internal enum SdkValueKind
{
    /// <summary>A URL, host name or DSN: the endpoint itself.</summary>
    Endpoint,

    /// <summary>A connection string: its endpoint keys decide; none at all means the SDK's default cloud.</summary>
    ConnectionString,

    /// <summary>A universe domain (Google Cloud): the host suffix the SDK builds its endpoints from.</summary>
    UniverseDomain,

    /// <summary>A region: the provider stays the SDK's default (or its partition), only the region changes.</summary>
    Region,

    /// <summary>A configuration object or section: the endpoint is read at run time.</summary>
    Configuration,

    /// <summary>A setting that, with one of its listed values, points the client at a local emulator.</summary>
    Emulator,
}

/// <summary>A constructor or method parameter that sets a client's target, matched by name and/or type.</summary>
internal sealed class SdkParameterRule
{
    public SdkParameterRule(string? name, string? type, SdkValueKind kind)
    {
        Name = name;
        Type = type;
        Kind = kind;
    }

    public string? Name { get; }

    /// <summary>Metadata name of the parameter type, e.g. <c>System.Uri</c>.</summary>
    public string? Type { get; }

    public SdkValueKind Kind { get; }
}

/// <summary>A property of a configuration, options or builder type that sets a client's target.</summary>
internal sealed class SdkMemberRule
{
    public SdkMemberRule(string type, string? name, string? memberType, SdkValueKind kind, IReadOnlyList<string> values)
    {
        Type = type;
        Name = name;
        MemberType = memberType;
        Kind = kind;
        Values = values;
    }

    /// <summary>Metadata name of the declaring type (derived types inherit the rule).</summary>
    public string Type { get; }

    /// <summary>Property name; null when the rule matches every property of <see cref="MemberType"/>.</summary>
    public string? Name { get; }

    public string? MemberType { get; }

    public SdkValueKind Kind { get; }

    /// <summary>For <see cref="SdkValueKind.Emulator"/>: the enum member names that select the emulator.</summary>
    public IReadOnlyList<string> Values { get; }
}

/// <summary>Methods that decide a client's target: factories, builder calls, DI registrations.</summary>
internal sealed class SdkMethodRule
{
    public SdkMethodRule(string? type, string? returnType, bool clientStatic, IReadOnlyList<string> methods, IReadOnlyList<string> defaultsFrom)
    {
        Type = type;
        ReturnType = returnType;
        ClientStatic = clientStatic;
        Methods = methods;
        DefaultsFrom = defaultsFrom;
    }

    /// <summary>Metadata name of the declaring type (or, for builders, a base type of the receiver).</summary>
    public string? Type { get; }

    /// <summary>Matches every method of the family's assemblies returning this generic type definition.</summary>
    public string? ReturnType { get; }

    /// <summary>Matches static methods declared on the family's client types.</summary>
    public bool ClientStatic { get; }

    /// <summary>Method names; empty matches every name.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>For registrations: earlier calls in the same method whose argument supplies the defaults.</summary>
    public IReadOnlyList<string> DefaultsFrom { get; }
}

/// <summary>
/// A constructor or factory overload that targets another provider than the family's default: e.g. the
/// key-only <c>OpenAIClient(string openAIApiKey)</c> of Azure.AI.OpenAI 1.0 talks to OpenAI, not to Azure.
/// Matched by declaring type and by a parameter name only that overload has.
/// </summary>
internal sealed class SdkOverloadRule
{
    public SdkOverloadRule(string type, string parameter, string providerId)
    {
        Type = type;
        Parameter = parameter;
        ProviderId = providerId;
    }

    /// <summary>Metadata name of the client (constructor) or of the type declaring the factory.</summary>
    public string Type { get; }

    /// <summary>The name of a parameter that selects the overload.</summary>
    public string Parameter { get; }

    /// <summary>The provider the overload targets when nothing else sets the endpoint.</summary>
    public string ProviderId { get; }
}

/// <summary>A region partition: regions starting with the prefix live under the DNS suffix.</summary>
internal sealed class SdkPartition
{
    public SdkPartition(string regionPrefix, string dnsSuffix)
    {
        RegionPrefix = regionPrefix;
        DnsSuffix = dnsSuffix;
    }

    public string RegionPrefix { get; }

    public string DnsSuffix { get; }
}

/// <summary>How an SDK names regions, and how a region becomes a host the catalog can classify.</summary>
internal sealed class SdkRegions
{
    public SdkRegions(string? type, string? factory, string? hostTemplate, IReadOnlyList<SdkPartition> partitions, IReadOnlyDictionary<string, string> members)
    {
        Type = type;
        Factory = factory;
        HostTemplate = hostTemplate;
        Partitions = partitions;
        Members = members;
    }

    /// <summary>Metadata name of the region type (e.g. <c>Amazon.RegionEndpoint</c>).</summary>
    public string? Type { get; }

    /// <summary>Static method of <see cref="Type"/> taking a region's system name.</summary>
    public string? Factory { get; }

    /// <summary>E.g. <c>{service}.{region}.{dnsSuffix}</c>.</summary>
    public string? HostTemplate { get; }

    public IReadOnlyList<SdkPartition> Partitions { get; }

    /// <summary>Static members of <see cref="Type"/> and the region system name each stands for.</summary>
    public IReadOnlyDictionary<string, string> Members { get; }

    /// <summary>The host a client of <paramref name="service"/> reaches in <paramref name="region"/>, or null.</summary>
    public string? HostFor(string region, string? service)
    {
        if (HostTemplate is null)
        {
            return null;
        }

        foreach (var partition in Partitions)
        {
            if (region.StartsWith(partition.RegionPrefix, System.StringComparison.OrdinalIgnoreCase))
            {
                var host = HostTemplate.Replace("{region}", region).Replace("{dnsSuffix}", partition.DnsSuffix);
                return service is null ? host.Replace("{service}.", string.Empty) : host.Replace("{service}", service);
            }
        }

        return null;
    }
}

/// <summary>Which types of a family are clients.</summary>
internal sealed class SdkClientRule
{
    public SdkClientRule(IReadOnlyList<string> baseTypes, IReadOnlyList<string> types, string? nameSuffix, IReadOnlyList<string> suffixNamespaces, IReadOnlyList<string> excludeNamespaces)
    {
        BaseTypes = baseTypes;
        Types = types;
        NameSuffix = nameSuffix;
        SuffixNamespaces = suffixNamespaces;
        ExcludeNamespaces = excludeNamespaces;
    }

    public IReadOnlyList<string> BaseTypes { get; }

    public IReadOnlyList<string> Types { get; }

    /// <summary>Types of <see cref="SuffixNamespaces"/> whose name ends with this are clients too.</summary>
    public string? NameSuffix { get; }

    public IReadOnlyList<string> SuffixNamespaces { get; }

    public IReadOnlyList<string> ExcludeNamespaces { get; }
}

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
        IReadOnlyDictionary<string, string> serviceHosts)
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
