using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Endpoints;

/// <summary>A candidate attributed to a provider, with the service and region when the host says so.</summary>
internal sealed class EndpointMatch
{
    public EndpointMatch(Provider provider, CloudService? service, string? region, EndpointCandidate candidate)
    {
        // A region run by another entity (Outscale's US regions) is that entity's endpoint.
        Provider = provider.OperatorFor(region);
        Service = service;
        Region = region;
        Candidate = candidate;
    }

    public Provider Provider { get; }

    public CloudService? Service { get; }

    public string? Region { get; }

    public EndpointCandidate Candidate { get; }

    /// <summary>What designated the provider, as a person reads it: a host (unknown parts shown as '*'), "gs://" or "arn:aws:".</summary>
    public string Host => Candidate.Form switch
    {
        EndpointForm.Scheme => Candidate.Value + "://",
        EndpointForm.Arn => "arn:" + Candidate.Value + ":",
        _ => HostName.Display(Candidate.Value),
    };
}
