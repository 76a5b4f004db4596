namespace SovereignAnalyzers.Endpoints;

internal enum EndpointForm
{
    /// <summary><c>scheme://host/...</c></summary>
    Url,

    /// <summary>A text that is only a host name (optionally with port and path).</summary>
    BareHost,

    /// <summary>A value in a <c>Key=Value;</c> connection string.</summary>
    ConnectionString,

    /// <summary><c>arn:partition:...</c></summary>
    Arn,

    /// <summary>A URI whose scheme designates a provider (<c>gs://bucket</c>).</summary>
    Scheme,
}

/// <summary>Something in a string that designates an endpoint: a host, an ARN partition or a provider scheme.</summary>
internal readonly struct EndpointCandidate
{
    public EndpointCandidate(EndpointForm form, string value, int start, int length)
    {
        Form = form;
        Value = value;
        Start = start;
        Length = length;
    }

    public EndpointForm Form { get; }

    /// <summary>The normalised host, the ARN partition, or the scheme, depending on <see cref="Form"/>.</summary>
    public string Value { get; }

    /// <summary>Offset, in the analysed text, of the host (or partition, or scheme).</summary>
    public int Start { get; }

    public int Length { get; }

    public override string ToString() => Form + ":" + Value;
}
