namespace SovereignAnalyzers.CodeFixes.Contract;

/// <summary>One entry of the <c>alternativeEndpoints</c> property: <c>providerId|region|endpoint|api</c>.</summary>
internal sealed class AlternativeEndpoint
{
    public AlternativeEndpoint(string providerId, string region, string endpoint, string api)
    {
        ProviderId = providerId;
        Region = region;
        Endpoint = endpoint;
        Api = api;
    }

    public string ProviderId { get; }

    /// <summary>The region the policy (or the alternative's qualification) names; empty when none.</summary>
    public string Region { get; }

    /// <summary>The catalog's endpoint template with <c>{region}</c> filled; other placeholders kept; empty when none.</summary>
    public string Endpoint { get; }

    /// <summary>The API the alternative's service speaks (e.g. <c>s3</c>); empty when the catalog does not say.</summary>
    public string Api { get; }
}
