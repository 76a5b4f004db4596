namespace SovereignAnalyzers.Endpoints;

/// <summary>Something in a string that designates an endpoint: a host, an ARN partition or a provider scheme.</summary>
internal readonly struct EndpointCandidate
{
    public EndpointCandidate(EndpointForm form, string value, int start, int length, string? resource = null, bool namesService = false)
    {
        Form = form;
        Value = value;
        Start = start;
        Length = length;
        Resource = resource;
        NamesService = namesService;
    }

    public EndpointForm Form { get; }

    /// <summary>The normalised host, the ARN partition, or the scheme, depending on <see cref="Form"/>.</summary>
    public string Value { get; }

    /// <summary>Offset, in the analysed text, of the host (or partition, or scheme).</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>For a scheme or an ARN, what it designates as written (<c>gs://reports</c>, <c>arn:aws:sns:eu-west-3:1:topic</c>).</summary>
    public string? Resource { get; }

    /// <summary>
    /// True when the text names a provider's service without being an address to call: an OAuth scope
    /// (<c>https://storage.azure.com/.default</c>). Still a dependency on that provider.
    /// </summary>
    public bool NamesService { get; }

    public override string ToString() => Form + ":" + Value;
}
