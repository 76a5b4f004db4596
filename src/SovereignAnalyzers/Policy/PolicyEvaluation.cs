using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// The catalog and the active policy joined once per compilation: every rule asks this object whether
/// a provider is allowed, so a provider is allowed or not for the same reason everywhere. Immutable,
/// safe to share across threads.
/// </summary>
internal sealed class PolicyEvaluation
{
    private const int DefaultAlternatives = 3;

    private static readonly Lazy<PolicyEvaluation> DefaultEvaluation = new(() => new PolicyEvaluation(ProviderCatalog.BuiltIn, SovereigntyPolicy.Default, DateTime.UtcNow));

    private readonly Dictionary<string, Provider> _providers = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _forbiddenLaws = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PolicyExceptionEntry> _activeExceptions = new();
    private readonly List<PolicyExceptionEntry> _expiredExceptions = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<Target>> _alternatives = new(StringComparer.Ordinal);

    public PolicyEvaluation(ProviderCatalog catalog, SovereigntyPolicy policy, DateTime today)
    {
        Catalog = catalog;
        Policy = policy;
        var catalogHosts = HostIndex.Of(catalog);
        Hosts = policy.CustomProviders.Count == 0 ? catalogHosts : catalogHosts.With(policy.CustomProviders);

        foreach (var provider in catalog.Providers)
        {
            _providers[provider.Id] = provider;
        }

        foreach (var provider in policy.CustomProviders)
        {
            _providers[provider.Id] = provider;
        }

        if (policy.ForbiddenLaws is null)
        {
            foreach (var law in catalog.Laws.Values)
            {
                if (catalog.IsNonEu(law.Jurisdiction))
                {
                    _forbiddenLaws.Add(law.Id);
                }
            }
        }
        else
        {
            _forbiddenLaws.UnionWith(policy.ForbiddenLaws);
        }

        foreach (var exception in policy.Exceptions)
        {
            (exception.IsExpired(today) ? _expiredExceptions : _activeExceptions).Add(exception);
        }
    }

    /// <summary>The built-in catalog under the built-in default policy, shared by the whole process.</summary>
    public static PolicyEvaluation Default => DefaultEvaluation.Value;

    public ProviderCatalog Catalog { get; }

    public SovereigntyPolicy Policy { get; }

    /// <summary>The host index: the catalog's, plus the policy's custom providers.</summary>
    public HostIndex Hosts { get; }

    public IReadOnlyList<PolicyExceptionEntry> ExpiredExceptions => _expiredExceptions;

    public Provider? FindProvider(string id) => _providers.TryGetValue(id, out var provider) ? provider : null;

    /// <summary>Whether the policy allows <paramref name="target"/>, and if not, every reason why.</summary>
    public Verdict Evaluate(Target target)
    {
        var provider = target.Provider;
        if (Policy.Allow.Contains(provider.Id))
        {
            return Verdict.Allowed;
        }

        var reasons = new List<Reason>();
        if (Policy.Deny.Contains(provider.Id))
        {
            reasons.Add(new Reason(ReasonKind.Denied, provider.Id));
        }

        foreach (var law in provider.Laws)
        {
            if (_forbiddenLaws.Contains(law.LawId))
            {
                reasons.Add(new Reason(ReasonKind.ForbiddenLaw, law.LawId));
            }
        }

        if (Policy.RequiredQualifications.Count > 0 && !HoldsRequiredQualification(target))
        {
            reasons.Add(new Reason(ReasonKind.NotQualified, string.Join(", ", Policy.RequiredQualifications)));
        }

        if (!Policy.AllowLicensedTechnology && provider.LicensedTechnology is { } licensed && licensed.Origin != provider.Entity.Jurisdiction)
        {
            reasons.Add(new Reason(ReasonKind.LicensedTechnology, licensed.Origin));
        }

        return reasons.Count == 0 ? Verdict.Allowed : new Verdict(reasons);
    }

    /// <summary>
    /// True when an unexpired exception covers the finding: its provider when the exception names one,
    /// its host (equal to, or a subdomain of, the exception's) when the exception names one, and, when
    /// the exception lists paths, the file.
    /// </summary>
    public bool IsExcepted(EndpointMatch match, string? filePath)
    {
        foreach (var exception in _activeExceptions)
        {
            if (Covers(exception, match.Provider.Id, match.Host, filePath))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Same as <see cref="IsExcepted(EndpointMatch, string)"/> for a finding with no host (an SDK client).</summary>
    public bool IsExcepted(Provider provider, string? host, string? filePath)
    {
        foreach (var exception in _activeExceptions)
        {
            if (Covers(exception, provider.Id, host, filePath))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Allowed providers offering the same service kind: the policy's preferred alternatives first (in
    /// its order), otherwise catalog providers holding an immunity qualification for that kind.
    /// </summary>
    public IReadOnlyList<Target> AlternativesFor(string? serviceKind, int max = DefaultAlternatives)
    {
        if (serviceKind is null || max != DefaultAlternatives)
        {
            return ComputeAlternatives(serviceKind, max);
        }

        // The answer depends only on the kind: computed once per kind, not once per finding (without a
        // policy preference it walks every provider, and a policy may declare thousands).
        return _alternatives.GetOrAdd(serviceKind, kind => ComputeAlternatives(kind, DefaultAlternatives));
    }

    private List<Target> ComputeAlternatives(string? serviceKind, int max)
    {
        var result = new List<Target>();
        if (serviceKind is null)
        {
            return result;
        }

        if (Policy.Alternatives.TryGetValue(serviceKind, out var preferred))
        {
            foreach (var alternative in preferred)
            {
                if (FindProvider(alternative.ProviderId) is { IsRegionOperator: false } provider
                    && (PreferredTarget(provider, serviceKind, alternative.Region) ?? FindAllowedTarget(provider, serviceKind, requireImmunity: false)) is { } target)
                {
                    result.Add(target);
                }
            }

            return result;
        }

        foreach (var provider in _providers.Values)
        {
            if (result.Count >= max)
            {
                break;
            }

            if (!provider.IsRegionOperator && FindAllowedTarget(provider, serviceKind, requireImmunity: true) is { } target)
            {
                result.Add(target);
            }
        }

        result.Sort((a, b) => string.Compare(a.Provider.Name, b.Provider.Name, StringComparison.OrdinalIgnoreCase));
        return result;
    }

    /// <summary>The provider's service of that kind in the policy's preferred region, when the policy allows it there.</summary>
    private Target? PreferredTarget(Provider provider, string serviceKind, string? region)
    {
        if (region is null)
        {
            return null;
        }

        foreach (var service in provider.Services)
        {
            var target = new Target(provider, service, region);
            if (service.Kind == serviceKind && IsAlternative(provider, target))
            {
                return target;
            }
        }

        return null;
    }

    private Target? FindAllowedTarget(Provider provider, string serviceKind, bool requireImmunity)
    {
        foreach (var service in provider.Services)
        {
            if (service.Kind != serviceKind)
            {
                continue;
            }

            // Prefer a region the provider is qualified in (e.g. Outscale's SecNumCloud region).
            var regions = new List<string?>();
            foreach (var grant in provider.Qualifications)
            {
                if (grant.State == QualificationState.Qualified && IsImmunityScheme(grant.QualificationId) && grant.Regions.Count > 0)
                {
                    regions.AddRange(grant.Regions);
                }
            }

            regions.Add(service.Regions.Count > 0 ? service.Regions[0] : null);
            foreach (var region in regions)
            {
                var target = new Target(provider, service, region);
                if (IsAlternative(provider, target) && (!requireImmunity || HoldsImmunityQualification(target)))
                {
                    return target;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A target the policy allows, in a region the provider itself runs: a region run by another entity
    /// (Outscale's US regions) is never offered as an alternative, whatever the policy allows.
    /// </summary>
    private bool IsAlternative(Provider provider, Target target)
        => ReferenceEquals(target.Provider, provider) && Evaluate(target).IsAllowed;

    private bool HoldsRequiredQualification(Target target)
    {
        foreach (var grant in target.Provider.Qualifications)
        {
            foreach (var required in Policy.RequiredQualifications)
            {
                if (string.Equals(grant.QualificationId, required, StringComparison.OrdinalIgnoreCase)
                    && grant.Covers(target.Service?.Kind, target.Region))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool HoldsImmunityQualification(Target target)
    {
        foreach (var grant in target.Provider.Qualifications)
        {
            if (IsImmunityScheme(grant.QualificationId) && grant.Covers(target.Service?.Kind, target.Region))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsImmunityScheme(string qualificationId)
        => Catalog.Qualifications.TryGetValue(qualificationId, out var qualification) && qualification.RequiresImmunity;

    private static bool Covers(PolicyExceptionEntry exception, string providerId, string? host, string? filePath)
    {
        // An exception names a host, a provider, or both (then both must match: the host narrows it).
        if (exception.ProviderId is not null && !string.Equals(exception.ProviderId, providerId, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (exception.Host is not null && (host is null || !IsSameOrSubdomain(host, exception.Host)))
        {
            return false;
        }

        if (exception.Paths.Count == 0)
        {
            return true;
        }

        if (filePath is null)
        {
            return false;
        }

        var relative = RelativeTo(exception.Location.Path, filePath);
        foreach (var glob in exception.Paths)
        {
            if (PathGlob.IsMatch(glob, relative))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="host"/> equals <paramref name="suffix"/> or ends with "." + suffix.</summary>
    private static bool IsSameOrSubdomain(string host, string suffix)
    {
        suffix = suffix.TrimEnd('.');
        return host.Length == suffix.Length
            ? string.Equals(host, suffix, StringComparison.OrdinalIgnoreCase)
            : host.Length > suffix.Length
              && host[host.Length - suffix.Length - 1] == '.'
              && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The file's path relative to the policy file's folder ('/'-separated), or the file's full path.</summary>
    private static string RelativeTo(string policyPath, string filePath)
    {
        var policyDir = PathGlob.Normalize(policyPath);
        var slash = policyDir.LastIndexOf('/');
        policyDir = slash < 0 ? string.Empty : policyDir.Substring(0, slash + 1);
        var file = PathGlob.Normalize(filePath);
        return policyDir.Length > 0 && file.StartsWith(policyDir, StringComparison.OrdinalIgnoreCase)
            ? file.Substring(policyDir.Length)
            : file;
    }
}
