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
