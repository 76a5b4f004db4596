namespace SovereignAnalyzers.Policy;

/// <summary>A preferred provider, optionally with a preferred region.</summary>
internal sealed class AlternativeEntry
{
    public AlternativeEntry(Located<string> providerId, Located<string>? region)
    {
        ProviderId = providerId;
        Region = region;
    }

    public Located<string> ProviderId { get; }

    public Located<string>? Region { get; }
}
