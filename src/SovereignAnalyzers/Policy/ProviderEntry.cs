using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>An entry of <c>providers</c>: a custom provider, or a replacement for a built-in one with the same id.</summary>
internal sealed class ProviderEntry
{
    public ProviderEntry(
        Located<string> id,
        string name,
        Located<string> jurisdiction,
        IReadOnlyList<Located<string>> laws,
        IReadOnlyList<string> hosts,
        IReadOnlyList<string> namespaces,
        IReadOnlyList<Located<string>> qualifications,
        IReadOnlyList<ServiceEntry> services)
    {
        Id = id;
        Name = name;
        Jurisdiction = jurisdiction;
        Laws = laws;
        Hosts = hosts;
        Namespaces = namespaces;
        Qualifications = qualifications;
        Services = services;
    }

    public Located<string> Id { get; }

    public string Name { get; }

    public Located<string> Jurisdiction { get; }

    public IReadOnlyList<Located<string>> Laws { get; }

    /// <summary>Normalised host suffixes.</summary>
    public IReadOnlyList<string> Hosts { get; }

    public IReadOnlyList<string> Namespaces { get; }

    public IReadOnlyList<Located<string>> Qualifications { get; }

    public IReadOnlyList<ServiceEntry> Services { get; }
}
