namespace SovereignAnalyzers.Catalog;

/// <summary>A certification or qualification scheme (e.g. <c>secnumcloud</c>, <c>hds</c>).</summary>
internal sealed class Qualification
{
    public Qualification(string id, string name, string issuer, bool requiresImmunity, FactSource source)
    {
        Id = id;
        Name = name;
        Issuer = issuer;
        RequiresImmunity = requiresImmunity;
        Source = source;
    }

    public string Id { get; }

    public string Name { get; }

    public string Issuer { get; }

    /// <summary>True when the scheme itself has criteria on immunity from non-EU law (SecNumCloud 3.2 §19.6).</summary>
    public bool RequiresImmunity { get; }

    public FactSource Source { get; }
}
