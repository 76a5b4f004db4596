using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

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
