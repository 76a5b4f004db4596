using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SovereignAnalyzers.Catalog;

/// <summary>
/// The built-in provider catalog: <c>Catalog/providers.json</c>, embedded in the analyzer assembly and
/// parsed once per process. Adding a provider is editing that file, not code.
/// </summary>
internal sealed class ProviderCatalog
{
    private const string ResourceName = "SovereignAnalyzers.Catalog.providers.json";

    private static readonly Lazy<ProviderCatalog> BuiltInCatalog = new(LoadBuiltIn);

    private readonly Dictionary<string, Provider> _providersById;

    public ProviderCatalog(
        string version,
        IReadOnlyList<Jurisdiction> jurisdictions,
        IReadOnlyList<Law> laws,
        IReadOnlyList<Qualification> qualifications,
        IReadOnlyList<NonDependency> nonDependencies,
        IReadOnlyList<Provider> providers)
    {
        Version = version;
        Jurisdictions = ToDictionary(jurisdictions, j => j.Code);
        Laws = ToDictionary(laws, l => l.Id);
        Qualifications = ToDictionary(qualifications, q => q.Id);
        NonDependencies = nonDependencies;
        Providers = WithRegionOperators(providers);
        _providersById = ToDictionary(Providers, p => p.Id);
        Apis = ApisOf(Providers);
    }

    public static ProviderCatalog BuiltIn => BuiltInCatalog.Value;

    public string Version { get; }

    public IReadOnlyDictionary<string, Jurisdiction> Jurisdictions { get; }

    public IReadOnlyDictionary<string, Law> Laws { get; }

    public IReadOnlyDictionary<string, Qualification> Qualifications { get; }

    public IReadOnlyList<NonDependency> NonDependencies { get; }

    /// <summary>The wire APIs the catalog's services speak (<c>s3</c>, <c>azure-blob</c>, <c>gcs</c>), in order: the vocabulary of a service's <c>api</c>.</summary>
    public IReadOnlyList<string> Apis { get; }

    /// <summary>Every provider, each followed by its region operators (see <see cref="Provider.RegionOperators"/>).</summary>
    public IReadOnlyList<Provider> Providers { get; }

    public Provider? FindProvider(string id) => _providersById.TryGetValue(id, out var provider) ? provider : null;

    /// <summary>True when the jurisdiction is known and is not an EU member state.</summary>
    public bool IsNonEu(string jurisdictionCode)
        => Jurisdictions.TryGetValue(jurisdictionCode, out var jurisdiction) && !jurisdiction.IsEu;

    /// <summary>Reads the embedded catalog text (for tooling such as the docs generator).</summary>
    public static string ReadBuiltInText()
    {
        using var stream = typeof(ProviderCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The provider catalog resource is missing from the analyzer assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static ProviderCatalog LoadBuiltIn() => CatalogReader.Read(ReadBuiltInText());

    private static List<string> ApisOf(IReadOnlyList<Provider> providers)
    {
        var apis = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            foreach (var service in provider.Services)
            {
                if (service.Api is { } api)
                {
                    apis.Add(api);
                }
            }
        }

        return new List<string>(apis);
    }

    private static List<Provider> WithRegionOperators(IReadOnlyList<Provider> providers)
    {
        var all = new List<Provider>(providers.Count);
        foreach (var provider in providers)
        {
            all.Add(provider);
            all.AddRange(provider.RegionOperators);
        }

        return all;
    }

    private static Dictionary<string, T> ToDictionary<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var dictionary = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            dictionary[key(item)] = item;
        }

        return dictionary;
    }
}
