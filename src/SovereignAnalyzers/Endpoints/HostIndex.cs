using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Endpoints;

/// <summary>
/// Attributes hosts to providers. Every host suffix, service pattern suffix and non-dependency is a key
/// of one hash table; a host is looked up once per label suffix, longest first, so the cost depends on
/// the host's label count, never on the number of providers or hosts known.
/// </summary>
internal sealed class HostIndex
{
    private readonly Dictionary<string, SuffixEntry> _suffixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Provider> _schemes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Provider> _arnPartitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Provider> _sdkSchemes = new(StringComparer.Ordinal);

    // The last label of every key ("com", "net", "fr", "example"...): few, so checked first without
    // touching the large table; a file name ("report.json") or a permission ("orders.read") stops there.
    private readonly List<string> _topLabels = new();

    // One index per catalog, built on first use: the built-in catalog's serves every policy evaluation.
    private static readonly ConditionalWeakTable<ProviderCatalog, HostIndex> ByCatalog = new();

    public HostIndex(IEnumerable<Provider> providers, IEnumerable<NonDependency> nonDependencies)
    {
        foreach (var nonDependency in nonDependencies)
        {
            Entry(nonDependency.Host).IsNonDependency = true;
        }

        foreach (var provider in providers)
        {
            Add(provider);
        }
    }

    /// <summary>The host index over <paramref name="catalog"/>'s providers and non-dependencies, built once per catalog.</summary>
    public static HostIndex Of(ProviderCatalog catalog)
        => ByCatalog.GetValue(catalog, c => new HostIndex(c.Providers, c.NonDependencies));

    private HostIndex(HostIndex other)
    {
        foreach (var pair in other._suffixes)
        {
            _suffixes[pair.Key] = pair.Value.Clone();
        }

        _topLabels.AddRange(other._topLabels);

        foreach (var pair in other._schemes)
        {
            _schemes[pair.Key] = pair.Value;
        }

        foreach (var pair in other._arnPartitions)
        {
            _arnPartitions[pair.Key] = pair.Value;
        }

        foreach (var pair in other._sdkSchemes)
        {
            _sdkSchemes[pair.Key] = pair.Value;
        }
    }

    /// <summary>
    /// A new index with <paramref name="providers"/> added; a provider whose id is already indexed
    /// replaces the earlier one (a policy may override a built-in provider).
    /// </summary>
    public HostIndex With(IReadOnlyCollection<Provider> providers)
    {
        var index = new HostIndex(this);
        var replaced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in providers)
        {
            replaced.Add(provider.Id);
        }

        foreach (var entry in index._suffixes.Values)
        {
            entry.RemoveProviders(replaced);
        }

        RemoveProviders(index._schemes, replaced);
        RemoveProviders(index._arnPartitions, replaced);
        RemoveProviders(index._sdkSchemes, replaced);
        foreach (var provider in providers)
        {
            index.Add(provider);
        }

        return index;
    }

    /// <summary>
    /// The provider an endpoint candidate designates, or null (unknown host, or a known non-dependency).
    /// <paramref name="providersWithSdk"/>: the providers whose SDK the compilation references, for the
    /// schemes that only designate a provider next to its SDK (<c>s3://</c>); null where no compilation is known.
    /// </summary>
    public EndpointMatch? Classify(EndpointCandidate candidate, ICollection<string>? providersWithSdk = null)
    {
        switch (candidate.Form)
        {
            case EndpointForm.Arn:
                return _arnPartitions.TryGetValue(candidate.Value, out var arnProvider) ? new EndpointMatch(arnProvider, null, null, candidate) : null;
            case EndpointForm.Scheme:
                if (_schemes.TryGetValue(candidate.Value, out var schemeProvider)
                    || (providersWithSdk is not null && _sdkSchemes.TryGetValue(candidate.Value, out schemeProvider) && providersWithSdk.Contains(schemeProvider.Id)))
                {
                    return new EndpointMatch(schemeProvider, FirstService(schemeProvider, "object-storage"), null, candidate);
                }

                return null;
            default:
                return ClassifyHost(candidate);
        }
    }

    private EndpointMatch? ClassifyHost(EndpointCandidate candidate)
    {
        var host = candidate.Value;
        if (!HasKnownTopLabel(host))
        {
            return null;
        }

        string[]? labels = null;
        var start = 0;
        while (true)
        {
            var suffix = start == 0 ? host : host.Substring(start);
            if (_suffixes.TryGetValue(suffix, out var entry))
            {
                if (entry.IsNonDependency)
                {
                    return null;
                }

                if (start == 0 && entry.Identifier is { } identifier)
                {
                    return new EndpointMatch(identifier.Provider, identifier.Service, null, candidate, namesService: true);
                }

                if (entry.Patterns is not null)
                {
                    labels ??= host.Split('.');
                    foreach (var pattern in entry.Patterns)
                    {
                        if (pattern.Pattern.Match(labels, out var region))
                        {
                            return new EndpointMatch(pattern.Provider, pattern.Service, region, candidate);
                        }
                    }
                }

                if (entry.Provider is not null)
                {
                    return new EndpointMatch(entry.Provider, null, null, candidate);
                }
            }

            var dot = host.IndexOf('.', start);
            if (dot < 0)
            {
                return null;
            }

            start = dot + 1;
        }
    }

    private void Add(Provider provider)
    {
        foreach (var host in provider.Hosts)
        {
            var normalized = HostName.Normalize(host);
            if (normalized is not null)
            {
                Entry(normalized).Provider = provider;
            }
        }

        foreach (var service in provider.Services)
        {
            foreach (var text in service.HostPatterns)
            {
                var pattern = new HostPattern(text);
                Entry(pattern.LiteralSuffix).AddPattern(new IndexedPattern(pattern, provider, service));
            }

            foreach (var identifier in service.Identifiers)
            {
                if (HostName.Normalize(identifier) is { } normalized)
                {
                    Entry(normalized).Identifier = new IndexedService(provider, service);
                }
            }
        }

        foreach (var scheme in provider.Schemes)
        {
            _schemes[scheme.ToLowerInvariant()] = provider;
        }

        foreach (var partition in provider.ArnPartitions)
        {
            _arnPartitions[partition.ToLowerInvariant()] = provider;
        }

        foreach (var scheme in provider.SdkSchemes)
        {
            _sdkSchemes[scheme.ToLowerInvariant()] = provider;
        }
    }

    private SuffixEntry Entry(string suffix)
    {
        suffix = suffix.ToLowerInvariant();
        if (!_suffixes.TryGetValue(suffix, out var entry))
        {
            entry = new SuffixEntry();
            _suffixes.Add(suffix, entry);
            var top = suffix.Substring(suffix.LastIndexOf('.') + 1);
            if (!_topLabels.Contains(top))
            {
                _topLabels.Add(top);
            }
        }

        return entry;
    }

    /// <summary>Whether the host's last label ends some key; without it no suffix of the host can be one.</summary>
    private bool HasKnownTopLabel(string host)
    {
        var start = host.LastIndexOf('.') + 1;
        var length = host.Length - start;
        foreach (var top in _topLabels)
        {
            if (top.Length == length && string.CompareOrdinal(host, start, top, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static CloudService? FirstService(Provider provider, string kindPrefix)
    {
        foreach (var service in provider.Services)
        {
            if (service.Kind.StartsWith(kindPrefix, StringComparison.Ordinal))
            {
                return service;
            }
        }

        return null;
    }

    private static void RemoveProviders(Dictionary<string, Provider> map, HashSet<string> ids)
    {
        var stale = new List<string>();
        foreach (var pair in map)
        {
            if (ids.Contains(pair.Value.Id))
            {
                stale.Add(pair.Key);
            }
        }

        foreach (var key in stale)
        {
            map.Remove(key);
        }
    }

    private sealed class IndexedPattern
    {
        public IndexedPattern(HostPattern pattern, Provider provider, CloudService service)
        {
            Pattern = pattern;
            Provider = provider;
            Service = service;
        }

        public HostPattern Pattern { get; }

        public Provider Provider { get; }

        public CloudService Service { get; }
    }

    private sealed class IndexedService
    {
        public IndexedService(Provider provider, CloudService service)
        {
            Provider = provider;
            Service = service;
        }

        public Provider Provider { get; }

        public CloudService Service { get; }
    }

    private sealed class SuffixEntry
    {
        public Provider? Provider { get; set; }

        /// <summary>The service this exact host names without being its address (a token audience, a service principal).</summary>
        public IndexedService? Identifier { get; set; }

        public bool IsNonDependency { get; set; }

        public List<IndexedPattern>? Patterns { get; private set; }

        public void AddPattern(IndexedPattern pattern)
        {
            Patterns ??= new List<IndexedPattern>();

            // Patterns with more labels are more specific and are tried first.
            var i = 0;
            while (i < Patterns.Count && Patterns[i].Pattern.LabelCount >= pattern.Pattern.LabelCount)
            {
                i++;
            }

            Patterns.Insert(i, pattern);
        }

        public SuffixEntry Clone() => new()
        {
            Provider = Provider,
            Identifier = Identifier,
            IsNonDependency = IsNonDependency,
            Patterns = Patterns is null ? null : new List<IndexedPattern>(Patterns),
        };

        public void RemoveProviders(HashSet<string> ids)
        {
            if (Provider is not null && ids.Contains(Provider.Id))
            {
                Provider = null;
            }

            if (Identifier is not null && ids.Contains(Identifier.Provider.Id))
            {
                Identifier = null;
            }

            Patterns?.RemoveAll(p => ids.Contains(p.Provider.Id));
        }
    }
}
