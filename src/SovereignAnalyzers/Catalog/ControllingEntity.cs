namespace SovereignAnalyzers.Catalog;

/// <summary>The company that controls a provider, and the state whose law reaches it.</summary>
internal sealed class ControllingEntity
{
    public ControllingEntity(string name, string jurisdiction, FactSource source)
    {
        Name = name;
        Jurisdiction = jurisdiction;
        Source = source;
    }

    public string Name { get; }

    public string Jurisdiction { get; }

    public FactSource Source { get; }
}
