using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Endpoints;

/// <summary>A candidate attributed to a provider, with the service and region when the host says so.</summary>
internal sealed class EndpointMatch
{
    public EndpointMatch(Provider provider, CloudService? service, string? region, EndpointCandidate candidate, bool namesService = false)
    {
        // A region run by another entity (Outscale's US regions) is that entity's endpoint.
        Provider = provider.OperatorFor(region);
        Service = service;
        Region = region;
        Candidate = candidate;
        NamesService = namesService || candidate.NamesService;
    }

    public Provider Provider { get; }

    public CloudService? Service { get; }

    public string? Region { get; }

    public EndpointCandidate Candidate { get; }

    /// <summary>
    /// True when the text names the service rather than addresses it: an OAuth scope, a token audience or
    /// resource id (<c>management.core.windows.net</c>), an IAM service principal (<c>sns.amazonaws.com</c>).
    /// </summary>
    public bool NamesService { get; }

    /// <summary>What designated the provider, as a person reads it: a host (unknown parts shown as '*'), "gs://reports" or an ARN.</summary>
    public string Host => Candidate.Form switch
    {
        EndpointForm.Scheme => Candidate.Resource ?? Candidate.Value + "://",
        EndpointForm.Arn => Candidate.Resource ?? "arn:" + Candidate.Value + ":",
        _ => HostName.Display(Candidate.Value),
    };
}
