namespace SovereignAnalyzers.Endpoints;

internal enum EndpointForm
{
    /// <summary><c>scheme://host/...</c>, or protocol-relative <c>//host/...</c></summary>
    Url,

    /// <summary>A text that is only a host name (optionally with port and path), or a comma-separated list of them.</summary>
    BareHost,

    /// <summary>A value in a <c>Key=Value;</c> connection string.</summary>
    ConnectionString,

    /// <summary><c>arn:partition:...</c></summary>
    Arn,

    /// <summary>A URI whose scheme designates a provider (<c>gs://bucket</c>).</summary>
    Scheme,

    /// <summary>
    /// A host the text designates without writing it: an Azure Storage connection string with an account
    /// and no <c>EndpointSuffix</c> targets public Azure. <see cref="EndpointCandidate.Length"/> is 0.
    /// </summary>
    Implied,
}
