using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>An entry of a custom provider's <c>services</c>.</summary>
internal sealed class ServiceEntry
{
    public ServiceEntry(string kind, string? name, IReadOnlyList<string> hosts, IReadOnlyList<string> regions)
    {
        Kind = kind;
        Name = name;
        Hosts = hosts;
        Regions = regions;
    }

    public string Kind { get; }

    /// <summary>Null when not given (the provider's name is used).</summary>
    public string? Name { get; }

    public IReadOnlyList<string> Hosts { get; }

    public IReadOnlyList<string> Regions { get; }
}
