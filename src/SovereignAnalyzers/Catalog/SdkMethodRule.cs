using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

/// <summary>Methods that decide a client's target: factories, builder calls, DI registrations.</summary>
internal sealed class SdkMethodRule
{
    public SdkMethodRule(string? type, string? returnType, bool clientStatic, IReadOnlyList<string> methods, IReadOnlyList<string> defaultsFrom)
    {
        Type = type;
        ReturnType = returnType;
        ClientStatic = clientStatic;
        Methods = methods;
        DefaultsFrom = defaultsFrom;
    }

    /// <summary>Metadata name of the declaring type (or, for builders, a base type of the receiver).</summary>
    public string? Type { get; }

    /// <summary>Matches every method of the family's assemblies returning this generic type definition.</summary>
    public string? ReturnType { get; }

    /// <summary>Matches static methods declared on the family's client types.</summary>
    public bool ClientStatic { get; }

    /// <summary>Method names; empty matches every name.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>For registrations: earlier calls in the same method whose argument supplies the defaults.</summary>
    public IReadOnlyList<string> DefaultsFrom { get; }
}
