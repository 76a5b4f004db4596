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
