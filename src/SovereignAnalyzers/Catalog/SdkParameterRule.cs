namespace SovereignAnalyzers.Catalog;

/// <summary>A constructor or method parameter that sets a client's target, matched by name and/or type.</summary>
internal sealed class SdkParameterRule
{
    public SdkParameterRule(string? name, string? type, SdkValueKind kind)
    {
        Name = name;
        Type = type;
        Kind = kind;
    }

    public string? Name { get; }

    /// <summary>Metadata name of the parameter type, e.g. <c>System.Uri</c>.</summary>
    public string? Type { get; }

    public SdkValueKind Kind { get; }
}
