namespace SovereignAnalyzers.Catalog;

/// <summary>How well a catalog fact is established.</summary>
internal enum FactStatus
{
    /// <summary>Confirmed by the cited primary source.</summary>
    Confirmed,

    /// <summary>Confirmed only by a secondary source (press, vendor blog, third-party code).</summary>
    Secondary,

    /// <summary>Not confirmed; kept so that users see what is assumed.</summary>
    Unconfirmed,
}

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
