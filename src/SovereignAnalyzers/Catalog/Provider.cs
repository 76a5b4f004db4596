using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

/// <summary>The company that controls a provider, and the state whose law reaches it.</summary>
internal sealed class ControllingEntity
{
    public ControllingEntity(string name, string jurisdiction, FactSource source)
    {
        Name = name;
        Jurisdiction = jurisdiction;
        Source = source;
    }

    public string Name { get; }

    public string Jurisdiction { get; }

    public FactSource Source { get; }
}

/// <summary>A law a provider is exposed to, with the source that says so.</summary>
internal sealed class LawExposure
{
    public LawExposure(string lawId, FactSource source)
    {
        LawId = lawId;
        Source = source;
    }

    public string LawId { get; }

    public FactSource Source { get; }
}

/// <summary>Foreign technology that an EU operator runs under licence (e.g. S3NS runs Google Cloud).</summary>
internal sealed class LicensedTechnology
{
    public LicensedTechnology(string origin, string vendor, FactSource source)
    {
        Origin = origin;
        Vendor = vendor;
        Source = source;
    }

    /// <summary>Jurisdiction code of the technology's vendor.</summary>
    public string Origin { get; }

    public string Vendor { get; }

    public FactSource Source { get; }
}

/// <summary>A service a provider offers, recognised by host patterns.</summary>
internal sealed class CloudService
{
    public CloudService(string kind, string name, IReadOnlyList<string> hostPatterns, string? endpointTemplate, bool pathStyle, IReadOnlyList<string> regions, IReadOnlyList<string>? identifiers = null, string? api = null)
    {
        Identifiers = identifiers ?? System.Array.Empty<string>();
        Api = api;
        Kind = kind;
        Name = name;
        HostPatterns = hostPatterns;
        EndpointTemplate = endpointTemplate;
        PathStyle = pathStyle;
        Regions = regions;
    }

    /// <summary>Service kind, e.g. <c>object-storage-s3</c>; alternatives are offered within a kind.</summary>
    public string Kind { get; }

    public string Name { get; }

    public IReadOnlyList<string> HostPatterns { get; }

    /// <summary>E.g. <c>https://oos.{region}.outscale.com</c>.</summary>
    public string? EndpointTemplate { get; }

    /// <summary>True when an S3-compatible store needs path-style addressing.</summary>
    public bool PathStyle { get; }

    public IReadOnlyList<string> Regions { get; }

    /// <summary>
    /// Names that designate this service without being an address to call: token audiences and resource ids
    /// (<c>management.core.windows.net</c>, <c>storage.azure.com</c>), IAM service principals (<c>sns.amazonaws.com</c>).
    /// </summary>
    public IReadOnlyList<string> Identifiers { get; }

    /// <summary>
    /// The API the service speaks (<c>s3</c>, <c>azure-blob</c>, <c>gcs</c>), when the catalog says: clients of
    /// one API can be pointed at any service that speaks it. Null when unknown.
    /// </summary>
    public string? Api { get; }
}

/// <summary>A catalog sample: a text that must (or must not) be attributed to a provider.</summary>
internal sealed class ProviderSample
{
    public ProviderSample(string text, string? serviceKind, string? region)
    {
        Text = text;
        ServiceKind = serviceKind;
        Region = region;
    }

    public string Text { get; }

    public string? ServiceKind { get; }

    public string? Region { get; }
}

/// <summary>A cloud or SaaS provider: who controls it, which laws reach it, and how to recognise its endpoints.</summary>
internal sealed class Provider
{
    public Provider(
        string id,
        string name,
        ControllingEntity entity,
        IReadOnlyList<LawExposure> laws,
        LicensedTechnology? licensedTechnology,
        IReadOnlyList<QualificationGrant> qualifications,
        IReadOnlyList<string> hosts,
        IReadOnlyList<string> schemes,
        IReadOnlyList<string> arnPartitions,
        IReadOnlyList<CloudService> services,
        IReadOnlyList<ProviderSample> matchSamples,
        IReadOnlyList<ProviderSample> noMatchSamples,
        string? hostsSource,
        string? notes,
        bool isCustom,
        IReadOnlyList<Provider>? regionOperators = null,
        string? operatesRegionsOf = null,
        IReadOnlyList<string>? operatedRegions = null)
    {
        Id = id;
        Name = name;
        Entity = entity;
        Laws = laws;
        LicensedTechnology = licensedTechnology;
        Qualifications = qualifications;
        Hosts = hosts;
        Schemes = schemes;
        ArnPartitions = arnPartitions;
        Services = services;
        MatchSamples = matchSamples;
        NoMatchSamples = noMatchSamples;
        HostsSource = hostsSource;
        Notes = notes;
        IsCustom = isCustom;
        RegionOperators = regionOperators ?? System.Array.Empty<Provider>();
        OperatesRegionsOf = operatesRegionsOf;
        OperatedRegions = operatedRegions ?? System.Array.Empty<string>();
    }

    public string Id { get; }

    public string Name { get; }

    public ControllingEntity Entity { get; }

    public IReadOnlyList<LawExposure> Laws { get; }

    public LicensedTechnology? LicensedTechnology { get; }

    public IReadOnlyList<QualificationGrant> Qualifications { get; }

    /// <summary>Host suffixes, matched on label boundaries.</summary>
    public IReadOnlyList<string> Hosts { get; }

    public IReadOnlyList<string> Schemes { get; }

    public IReadOnlyList<string> ArnPartitions { get; }

    public IReadOnlyList<CloudService> Services { get; }

    public IReadOnlyList<ProviderSample> MatchSamples { get; }

    public IReadOnlyList<ProviderSample> NoMatchSamples { get; }

    public string? HostsSource { get; }

    public string? Notes { get; }

    /// <summary>True for a provider declared in a policy file rather than the built-in catalog.</summary>
    public bool IsCustom { get; }

    /// <summary>
    /// Entities that run some of this provider's regions under their own control and law (Outscale's US
    /// regions are run by a US company): a target in one of those regions is that operator's.
    /// </summary>
    public IReadOnlyList<Provider> RegionOperators { get; }

    /// <summary>For a region operator, the id of the provider whose regions it runs; otherwise null.</summary>
    public string? OperatesRegionsOf { get; }

    /// <summary>For a region operator, the regions it runs.</summary>
    public IReadOnlyList<string> OperatedRegions { get; }

    public bool IsRegionOperator => OperatesRegionsOf is not null;

    /// <summary>The provider that operates <paramref name="region"/>: a region operator when one runs it, else this provider.</summary>
    public Provider OperatorFor(string? region)
    {
        if (region is null || RegionOperators.Count == 0)
        {
            return this;
        }

        foreach (var regionOperator in RegionOperators)
        {
            foreach (var operated in regionOperator.OperatedRegions)
            {
                if (string.Equals(operated, region, System.StringComparison.OrdinalIgnoreCase))
                {
                    return regionOperator;
                }
            }
        }

        return this;
    }

    public override string ToString() => Id;
}
