using System;
using System.Collections.Generic;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// Combines a policy with the bases it extends and checks every id against the catalog and the custom
/// providers visible from each file (its own and its bases'). Merge rules (docs/configuration.md,
/// "extends"), from the farthest base to the policy itself:
/// <list type="bullet">
/// <item><c>forbiddenLaws</c>, <c>requiredQualifications</c>, <c>allowLicensedTechnology</c>: the nearest
/// file that sets the key wins, as a whole.</item>
/// <item><c>allow</c>, <c>deny</c>: accumulated; a provider a nearer file allows is removed from a base's
/// deny, and the other way round (within one file, both is an error).</item>
/// <item><c>exceptions</c>: concatenated; each keeps its own file, against which its <c>paths</c> are resolved.</item>
/// <item><c>providers</c>: accumulated by id; a nearer file's provider replaces a base's with the same id.</item>
/// <item><c>alternatives</c>: per service kind, the nearest file's list wins.</item>
/// </list>
/// </summary>
internal static class PolicyComposer
{
    public static PolicyReadResult Compose(PolicyChain chain, ProviderCatalog catalog)
    {
        var errors = new List<PolicyError>(chain.Errors);
        foreach (var file in chain.Files)
        {
            foreach (var error in file.Document.Errors)
            {
                errors.Add(new PolicyError(new PolicyLocation(file.Path, error.Start, error.Length), error.Value));
            }
        }

        IReadOnlyCollection<string>? forbiddenLaws = null;
        IReadOnlyList<string> requiredQualifications = Array.Empty<string>();
        var allowLicensedTechnology = true;
        var allow = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var deny = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var exceptions = new List<PolicyExceptionEntry>();
        var providers = new List<Provider>();
        var namespaces = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var alternatives = new Dictionary<string, IReadOnlyList<PreferredAlternative>>(StringComparer.Ordinal);
        // The providers by id (a policy may declare thousands, and name as many ids): looked up, never scanned.
        var providersById = new Dictionary<string, Provider>(StringComparer.OrdinalIgnoreCase);

        for (var layer = chain.Files.Count - 1; layer >= 0; layer--)
        {
            var file = chain.Files[layer];
            var document = file.Document;
            var check = new Checker(catalog, providers, providersById, file.Path, errors);

            // Custom providers first: the file's other keys may name them.
            foreach (var entry in document.Providers)
            {
                var provider = check.CustomProvider(entry);
                if (providersById.ContainsKey(provider.Id))
                {
                    providers.RemoveAll(p => string.Equals(p.Id, provider.Id, StringComparison.OrdinalIgnoreCase));
                }

                providers.Add(provider);
                providersById[provider.Id] = provider;
                namespaces[provider.Id] = entry.Namespaces;
            }

            if (document.ForbiddenLaws is { } laws)
            {
                forbiddenLaws = check.Ids(laws, catalog.Laws.Keys, nameof(Strings.PolicyUnknownLaw));
            }

            if (document.RequiredQualifications is { } qualifications)
            {
                requiredQualifications = check.Ids(qualifications, catalog.Qualifications.Keys, nameof(Strings.PolicyUnknownQualification));
            }

            if (document.AllowLicensedTechnology is { } licensed)
            {
                allowLicensedTechnology = licensed;
            }

            foreach (var id in check.ProviderIds(document.Allow))
            {
                deny.Remove(id);
                allow.Add(id);
            }

            foreach (var id in check.ProviderIds(document.Deny))
            {
                allow.Remove(id);
                deny.Add(id);
            }

            foreach (var entry in document.Exceptions)
            {
                if (entry.Provider is { } provider)
                {
                    check.ProviderIds(new[] { provider });
                }

                exceptions.Add(new PolicyExceptionEntry(
                    entry.Host,
                    entry.Provider?.Value,
                    entry.Paths,
                    entry.Justification,
                    entry.Owner,
                    entry.Expires?.Value,
                    new PolicyLocation(file.Path, entry.Start, 1),
                    entry.Expires is { } expires ? new PolicyLocation(file.Path, expires.Start, expires.Length) : null));
            }

            foreach (var entry in document.Alternatives)
            {
                alternatives[entry.Kind.Value] = check.Alternatives(entry);
            }
        }

        if (errors.Count > 0)
        {
            return new PolicyReadResult(null, errors, chain.Files);
        }

        var policy = new SovereigntyPolicy(
            forbiddenLaws,
            requiredQualifications,
            allowLicensedTechnology,
            allow,
            deny,
            exceptions,
            providers,
            alternatives,
            chain.Files[0].Path,
            namespaces);
        return new PolicyReadResult(policy, errors, chain.Files);
    }

    /// <summary>Checks the ids one file uses against the catalog and the custom providers it can see.</summary>
    private sealed class Checker
    {
        private readonly ProviderCatalog _catalog;
        private readonly List<Provider> _customProviders;
        private readonly Dictionary<string, Provider> _customProvidersById;
        private readonly string _path;
        private readonly List<PolicyError> _errors;

        // "Did you mean" compares an unknown id with every provider id: the first MaxSuggestedIds unknown ids
        // get a suggestion, the others the list hint, so a policy of N unknown ids and N custom providers
        // costs O(N), not O(N²).
        private const int MaxSuggestedIds = 32;
        private List<string>? _providerIds;
        private int _suggestedIds;

        public Checker(ProviderCatalog catalog, List<Provider> customProviders, Dictionary<string, Provider> customProvidersById, string path, List<PolicyError> errors)
        {
            _catalog = catalog;
            _customProviders = customProviders;
            _customProvidersById = customProvidersById;
            _path = path;
            _errors = errors;
        }

        public Provider CustomProvider(ProviderEntry entry)
        {
            var jurisdiction = entry.Jurisdiction;
            if (!_catalog.Jurisdictions.ContainsKey(jurisdiction.Value))
            {
                Error(jurisdiction, nameof(Strings.PolicyUnknownJurisdiction), jurisdiction.Value, PolicyReader.Hint(jurisdiction.Value, Keys(_catalog.Jurisdictions.Keys)));
            }

            var laws = new List<LawExposure>();
            foreach (var law in Ids(entry.Laws, _catalog.Laws.Keys, nameof(Strings.PolicyUnknownLaw)))
            {
                laws.Add(new LawExposure(law, FactSource.Policy));
            }

            var grants = new List<QualificationGrant>();
            foreach (var qualification in Ids(entry.Qualifications, _catalog.Qualifications.Keys, nameof(Strings.PolicyUnknownQualification)))
            {
                grants.Add(new QualificationGrant(qualification, QualificationState.Qualified, Array.Empty<string>(), Array.Empty<string>(), null, FactSource.Policy));
            }

            var services = new List<CloudService>();
            foreach (var service in entry.Services)
            {
                var api = service.Api is { } apiText && Ids(new[] { apiText }, _catalog.Apis, nameof(Strings.PolicyUnknownApi)).Count == 1 ? apiText.Value : null;
                services.Add(new CloudService(service.Kind, service.Name ?? entry.Name, service.Hosts, service.Endpoint, false, service.Regions, api: api));
            }

            return new Provider(
                entry.Id.Value,
                entry.Name,
                new ControllingEntity(entry.Name, jurisdiction.Value, FactSource.Policy),
                laws,
                null,
                grants,
                entry.Hosts,
                Array.Empty<string>(),
                Array.Empty<string>(),
                services,
                Array.Empty<ProviderSample>(),
                Array.Empty<ProviderSample>(),
                FactSource.Policy.Source,
                null,
                isCustom: true);
        }

        /// <summary>The ids that exist among <paramref name="known"/>; each other one is an error.</summary>
        public List<string> Ids(IReadOnlyList<Located<string>> ids, IEnumerable<string> known, string unknownMessage)
        {
            var list = new List<string>();
            List<string>? candidates = null;
            foreach (var id in ids)
            {
                candidates ??= Keys(known);
                if (Contains(candidates, id.Value))
                {
                    list.Add(id.Value);
                }
                else
                {
                    Error(id, unknownMessage, id.Value, PolicyReader.Hint(id.Value, candidates));
                }
            }

            return list;
        }

        public List<string> ProviderIds(IReadOnlyList<Located<string>> ids)
        {
            var list = new List<string>();
            foreach (var id in ids)
            {
                if (FindProvider(id.Value) is not null)
                {
                    list.Add(id.Value);
                    continue;
                }

                var hint = SuggestProvider(id.Value) is { } closest
                    ? LocalizedText.Format(nameof(Strings.PolicyDidYouMean), closest)
                    : LocalizedText.Format(nameof(Strings.PolicyProviderIdsHint));
                Error(id, nameof(Strings.PolicyUnknownProvider), id.Value, hint);
            }

            return list;
        }

        private string? SuggestProvider(string unknownId)
        {
            if (_suggestedIds >= MaxSuggestedIds)
            {
                return null;
            }

            _suggestedIds++;
            if (_providerIds is null)
            {
                _providerIds = new List<string>();
                foreach (var provider in _catalog.Providers)
                {
                    _providerIds.Add(provider.Id);
                }

                foreach (var provider in _customProviders)
                {
                    _providerIds.Add(provider.Id);
                }
            }

            return Suggestion.Closest(unknownId, _providerIds);
        }

        public List<PreferredAlternative> Alternatives(AlternativesEntry entry)
        {
            var kind = entry.Kind;
            var kinds = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var provider in AllProviders())
            {
                foreach (var service in provider.Services)
                {
                    kinds.Add(service.Kind);
                }
            }

            if (!kinds.Contains(kind.Value))
            {
                Error(kind, nameof(Strings.PolicyUnknownServiceKind), kind.Value, PolicyReader.Hint(kind.Value, kinds));
            }

            var list = new List<PreferredAlternative>();
            foreach (var alternative in entry.Providers)
            {
                var id = alternative.ProviderId;
                if (ProviderIds(new[] { id }).Count == 0)
                {
                    continue;
                }

                if (alternative.Region is { } region)
                {
                    var regions = KnownRegions(FindProvider(id.Value)!, kind.Value);
                    if (regions.Count > 0 && !regions.Contains(region.Value))
                    {
                        Error(region, nameof(Strings.PolicyUnknownRegion), region.Value, id.Value, PolicyReader.Hint(region.Value, regions));
                    }
                }

                list.Add(new PreferredAlternative(id.Value, alternative.Region?.Value));
            }

            return list;
        }

        /// <summary>Regions the catalog names for the provider's services of a kind, or its qualified regions.</summary>
        private static SortedSet<string> KnownRegions(Provider provider, string kind)
        {
            var regions = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var service in provider.Services)
            {
                if (service.Kind == kind)
                {
                    regions.UnionWith(service.Regions);
                }
            }

            foreach (var grant in provider.Qualifications)
            {
                regions.UnionWith(grant.Regions);
            }

            return regions;
        }

        private Provider? FindProvider(string id)
        {
            // Every id of the file is looked up: a scan of the custom providers made N ids against N providers quadratic.
            return _customProvidersById.TryGetValue(id, out var provider) ? provider : _catalog.FindProvider(id);
        }

        private IEnumerable<Provider> AllProviders()
        {
            foreach (var provider in _catalog.Providers)
            {
                yield return provider;
            }

            foreach (var provider in _customProviders)
            {
                yield return provider;
            }
        }

        private void Error(Located<string> at, string resourceName, params object[] args)
            => _errors.Add(new PolicyError(new PolicyLocation(_path, at.Start, at.Length), LocalizedText.Format(resourceName, args)));

        private static List<string> Keys(IEnumerable<string> keys)
        {
            var list = new List<string>(keys);
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        private static bool Contains(List<string> list, string value)
        {
            foreach (var item in list)
            {
                if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
