using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Rules;

/// <summary>
/// The diagnostic descriptors, one line per rule. Titles, messages and descriptions are the resources
/// <c>&lt;id&gt;Title</c>, <c>&lt;id&gt;Message</c> and <c>&lt;id&gt;Description</c> of Strings.resx (English) and
/// Strings.fr.resx; the help link is the rule's page.
/// </summary>
internal static class Descriptors
{
    public const string Category = "Sovereignty";

    /// <summary>Where the rule pages live; every help link is this plus "&lt;id&gt;.md".</summary>
    public const string HelpLinkBase = "https://github.com/SovereignAnalyzers/SovereignAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor EndpointLiteral = Rule(RuleIds.EndpointLiteral, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor SdkClientTarget = Rule(RuleIds.SdkClientTarget, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor SdkRuntimeEndpoint = Rule(RuleIds.SdkRuntimeEndpoint, Category, DiagnosticSeverity.Info, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor ConfigurationEndpoint = Rule(RuleIds.ConfigurationEndpoint, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>Off by default: supply-chain-strict policies enable it (<c>dotnet_diagnostic.SOV0005.severity = warning</c>).</summary>
    public static readonly DiagnosticDescriptor SdkReference = Rule(RuleIds.SdkReference, Category, DiagnosticSeverity.Warning, isEnabledByDefault: false, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ConfigurationFileTooLarge = Rule(RuleIds.ConfigurationFileTooLarge, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor InvalidPolicy = Rule(RuleIds.InvalidPolicy, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    public static readonly DiagnosticDescriptor ExpiredPolicyException = Rule(RuleIds.ExpiredPolicyException, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>The rule that reports findings of <paramref name="kind"/>.</summary>
    public static DiagnosticDescriptor For(FindingKind kind) => kind switch
    {
        FindingKind.EndpointLiteral => EndpointLiteral,
        FindingKind.SdkClientTarget => SdkClientTarget,
        FindingKind.SdkRuntimeEndpoint => SdkRuntimeEndpoint,
        FindingKind.ConfigurationEndpoint => ConfigurationEndpoint,
        _ => SdkReference,
    };

    /// <summary>The rule that reports policy problems of <paramref name="kind"/>.</summary>
    public static DiagnosticDescriptor For(PolicyProblemKind kind)
        => kind == PolicyProblemKind.ExpiredException ? ExpiredPolicyException : InvalidPolicy;

    // Microsoft.CodeAnalysis.Analyzers reads a helper like this one (first parameter "string id") by the constructor's parameter names, so RS1017 and release tracking (RS2000-RS2008) still check each call's constant id, category, defaultSeverity and isEnabledByDefault: keep those names.
    private static DiagnosticDescriptor Rule(string id, string category, DiagnosticSeverity defaultSeverity, bool isEnabledByDefault, params string[] customTags) => new(
        id,
        Text(id + "Title"),
        Text(id + "Message"),
        category,
        defaultSeverity,
        isEnabledByDefault,
        Text(id + "Description"),
        HelpLinkBase + id + ".md",
        customTags);

    private static LocalizableResourceString Text(string name) => new LocalizableResourceString(name, Strings.ResourceManager, typeof(Strings));
}
