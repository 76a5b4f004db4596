namespace SovereignAnalyzers.Catalog;

/// <summary>Where a fact comes from and as of when.</summary>
internal sealed class FactSource
{
    public static readonly FactSource Policy = new(FactStatus.Confirmed, "sovereignty.json", string.Empty);

    public FactSource(FactStatus status, string source, string asOf)
    {
        Status = status;
        Source = source;
        AsOf = asOf;
    }

    public FactStatus Status { get; }

    public string Source { get; }

    public string AsOf { get; }
}
