using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Findings;

/// <summary>
/// An alternative the policy allows, as a fix or a report needs it: the provider and region, the endpoint built
/// from the catalog's template (<c>{region}</c> filled, other placeholders such as <c>{account}</c> kept) and the
/// API the alternative's service speaks.
/// </summary>
internal sealed record AlternativeEndpoint(Target Target)
{
    public string ProviderId => Target.Provider.Id;

    public string? Region => Target.Region;

    /// <summary>The endpoint, or null when the catalog has no template for the service.</summary>
    public string? Endpoint => Target.Service?.EndpointTemplate is { } template
        ? Region is { } region ? template.Replace("{region}", region) : template
        : null;

    public string? Api => Target.Service?.Api;
}
