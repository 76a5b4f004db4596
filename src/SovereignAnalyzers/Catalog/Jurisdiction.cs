namespace SovereignAnalyzers.Catalog;

/// <summary>A state or territory whose law controls a provider.</summary>
internal sealed class Jurisdiction
{
    public Jurisdiction(string code, string name, bool isEu)
    {
        Code = code;
        Name = name;
        IsEu = isEu;
    }

    public string Code { get; }

    public string Name { get; }

    /// <summary>True for EU member states (and the EU itself).</summary>
    public bool IsEu { get; }
}
