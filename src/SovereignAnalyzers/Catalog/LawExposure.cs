namespace SovereignAnalyzers.Catalog;

/// <summary>A law a provider is exposed to, with the source that says so.</summary>
internal sealed class LawExposure
{
    public LawExposure(string lawId, FactSource source)
    {
        LawId = lawId;
        Source = source;
    }

    public string LawId { get; }

    public FactSource Source { get; }
}
