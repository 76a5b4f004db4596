using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Endpoints;

/// <summary>A candidate attributed to a provider, with the service and region when the host says so.</summary>
internal sealed class EndpointMatch
{
    public EndpointMatch(Provider provider, CloudService? service, string? region, EndpointCandidate candidate)
    {
        Provider = provider;
        Service = service;
        Region = region;
        Candidate = candidate;
    }

    public Provider Provider { get; }

    public CloudService? Service { get; }

    public string? Region { get; }

    public EndpointCandidate Candidate { get; }

    /// <summary>The host (or ARN partition, or scheme) that designated the provider, unknown parts shown as '*'.</summary>
    public string Host => HostName.Display(Candidate.Value);
}
