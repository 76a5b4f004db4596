using System.Collections.Generic;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// One policy file as written: its values with their spans, and the errors found in the file alone
/// (syntax, unknown keys, wrong types, bad dates, missing justification…). It depends only on the
/// file's text — not on its path, the catalog or the files it extends — so it is cached per text.
/// Ids are checked later, when the file is combined with its bases (<see cref="PolicyComposer"/>).
/// A key absent or with a wrong type is null or empty here.
/// </summary>
internal sealed class PolicyDocument
{
    public PolicyDocument(
        IReadOnlyList<Located<LocalizedText>> errors,
        Located<string>? extends,
        IReadOnlyList<Located<string>>? forbiddenLaws,
        IReadOnlyList<Located<string>>? requiredQualifications,
        bool? allowLicensedTechnology,
        IReadOnlyList<Located<string>> allow,
        IReadOnlyList<Located<string>> deny,
        IReadOnlyList<ExceptionEntry> exceptions,
        IReadOnlyList<ProviderEntry> providers,
        IReadOnlyList<AlternativesEntry> alternatives)
    {
        Errors = errors;
        Extends = extends;
        ForbiddenLaws = forbiddenLaws;
        RequiredQualifications = requiredQualifications;
        AllowLicensedTechnology = allowLicensedTechnology;
        Allow = allow;
        Deny = deny;
        Exceptions = exceptions;
        Providers = providers;
        Alternatives = alternatives;
    }

    /// <summary>Errors found in this file alone, in source order.</summary>
    public IReadOnlyList<Located<LocalizedText>> Errors { get; }

    public Located<string>? Extends { get; }

    /// <summary>Null when the key is absent (the base's value, or every non-EU law, applies).</summary>
    public IReadOnlyList<Located<string>>? ForbiddenLaws { get; }

    /// <summary>Null when the key is absent.</summary>
    public IReadOnlyList<Located<string>>? RequiredQualifications { get; }

    public bool? AllowLicensedTechnology { get; }

    public IReadOnlyList<Located<string>> Allow { get; }

    public IReadOnlyList<Located<string>> Deny { get; }

    public IReadOnlyList<ExceptionEntry> Exceptions { get; }

    public IReadOnlyList<ProviderEntry> Providers { get; }

    public IReadOnlyList<AlternativesEntry> Alternatives { get; }
}

/// <summary>An entry of <c>exceptions</c>; <see cref="Start"/> is its opening brace.</summary>
internal sealed class ExceptionEntry
{
    public ExceptionEntry(int start, string? host, Located<string>? provider, IReadOnlyList<string> paths, string justification, string? owner, Located<System.DateTime>? expires)
    {
        Start = start;
        Host = host;
        Provider = provider;
        Paths = paths;
        Justification = justification;
        Owner = owner;
        Expires = expires;
    }

    public int Start { get; }

    /// <summary>Normalised host name, or null.</summary>
    public string? Host { get; }

    public Located<string>? Provider { get; }

    public IReadOnlyList<string> Paths { get; }

    public string Justification { get; }

    public string? Owner { get; }

    public Located<System.DateTime>? Expires { get; }
}

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

/// <summary>One member of <c>alternatives</c>: a service kind and the providers preferred for it, in order.</summary>
internal sealed class AlternativesEntry
{
    public AlternativesEntry(Located<string> kind, IReadOnlyList<AlternativeEntry> providers)
    {
        Kind = kind;
        Providers = providers;
    }

    public Located<string> Kind { get; }

    public IReadOnlyList<AlternativeEntry> Providers { get; }
}

/// <summary>A preferred provider, optionally with a preferred region.</summary>
internal sealed class AlternativeEntry
{
    public AlternativeEntry(Located<string> providerId, Located<string>? region)
    {
        ProviderId = providerId;
        Region = region;
    }

    public Located<string> ProviderId { get; }

    public Located<string>? Region { get; }
}
