namespace SovereignAnalyzers.Catalog;

/// <summary>An extraterritorial law (e.g. <c>us-cloud-act</c>).</summary>
internal sealed class Law
{
    public Law(string id, string name, string shortName, string jurisdiction, string reference, FactSource source)
    {
        Id = id;
        Name = name;
        ShortName = shortName;
        Jurisdiction = jurisdiction;
        Reference = reference;
        Source = source;
    }

    public string Id { get; }

    public string Name { get; }

    public string ShortName { get; }

    /// <summary>ISO code of the state that enacted it (e.g. <c>US</c>, <c>CN</c>).</summary>
    public string Jurisdiction { get; }

    public string Reference { get; }

    public FactSource Source { get; }
}
