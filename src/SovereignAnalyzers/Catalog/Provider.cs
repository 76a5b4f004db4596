using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

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
        IReadOnlyList<string>? operatedRegions = null,
        IReadOnlyList<string>? sdkSchemes = null)
    {
        SdkSchemes = sdkSchemes ?? System.Array.Empty<string>();
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

    /// <summary>
    /// URI schemes that designate this provider only in a compilation that references its SDK: <c>s3://</c>
    /// is also how S3-compatible stores and tools name a bucket, so it means AWS only next to the AWS SDK.
    /// </summary>
    public IReadOnlyList<string> SdkSchemes { get; }

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
