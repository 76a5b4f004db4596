namespace SovereignAnalyzers.Policy;

/// <summary>A provider the policy prefers as an alternative for a service kind, optionally in a given region.</summary>
internal sealed class PreferredAlternative
{
    public PreferredAlternative(string providerId, string? region)
    {
        ProviderId = providerId;
        Region = region;
    }

    public string ProviderId { get; }

    public string? Region { get; }
}
