using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>An entry of a custom provider's <c>services</c>.</summary>
/// <param name="Kind">The service kind (alternatives are offered within a kind).</param>
/// <param name="Name">Null when not given (the provider's name is used).</param>
/// <param name="Hosts">Normalised host patterns.</param>
/// <param name="Regions">Known region codes.</param>
/// <param name="Api">The wire API the service speaks (<c>s3</c>, <c>azure-blob</c>, <c>gcs</c>: the catalog's vocabulary, checked when the policy is composed); null when not given.</param>
/// <param name="Endpoint">The endpoint template (<c>https://s3.{region}.acme-cloud.example</c>) that fixes and alternatives lead to; null when not given. Fixes address S3 buckets in the path, which every S3-compatible store serves.</param>
internal sealed record ServiceEntry(
    string Kind,
    string? Name,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> Regions,
    Located<string>? Api = null,
    string? Endpoint = null);
