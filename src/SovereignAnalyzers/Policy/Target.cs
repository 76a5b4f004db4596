using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Policy;

/// <summary>A provider, service and region as the policy sees them.</summary>
internal readonly struct Target
{
    public Target(Provider provider, CloudService? service, string? region)
    {
        // A region run by another entity is judged as that entity's: its jurisdiction, its laws, no inherited qualification.
        Provider = provider.OperatorFor(region);
        Service = service;
        Region = region;
    }

    public Provider Provider { get; }

    public CloudService? Service { get; }

    public string? Region { get; }
}
