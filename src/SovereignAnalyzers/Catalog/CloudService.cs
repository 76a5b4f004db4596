using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

/// <summary>A service a provider offers, recognised by host patterns.</summary>
internal sealed class CloudService
{
    public CloudService(string kind, string name, IReadOnlyList<string> hostPatterns, string? endpointTemplate, bool pathStyle, IReadOnlyList<string> regions, IReadOnlyList<string>? identifiers = null, string? api = null, bool endpointUnconfirmed = false)
    {
        EndpointUnconfirmed = endpointUnconfirmed;
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

    /// <summary>
    /// True when the catalog marks <see cref="EndpointTemplate"/> unconfirmed (<c>"endpointStatus": "unconfirmed"</c>):
    /// the form is inferred from the provider's host suffixes, not read in its documentation. Fixes leading there say so.
    /// </summary>
    public bool EndpointUnconfirmed { get; }

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
