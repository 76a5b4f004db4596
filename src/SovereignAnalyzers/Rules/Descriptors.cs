using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Rules;

/// <summary>The diagnostic descriptors; titles and messages come from Strings.resx (English) and Strings.fr.resx.</summary>
internal static class Descriptors
{
    public const string Category = "Sovereignty";

    /// <summary>Where the rule pages live; every help link is this plus "&lt;id&gt;.md".</summary>
    public const string HelpLinkBase = "https://github.com/SovereignAnalyzers/SovereignAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor EndpointLiteral = new(
        RuleIds.EndpointLiteral,
        Localized.Create(nameof(Strings.SOV0001Title)),
        Localized.Create(nameof(Strings.SOV0001Message)),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized.Create(nameof(Strings.SOV0001Description)),
        helpLinkUri: HelpLinkBase + RuleIds.EndpointLiteral + ".md");
    public static readonly DiagnosticDescriptor SdkClientTarget = new(
        RuleIds.SdkClientTarget,
        Localized.Create(nameof(Strings.SOV0002Title)),
        Localized.Create(nameof(Strings.SOV0002Message)),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized.Create(nameof(Strings.SOV0002Description)),
        helpLinkUri: HelpLinkBase + RuleIds.SdkClientTarget + ".md");

    public static readonly DiagnosticDescriptor SdkRuntimeEndpoint = new(
        RuleIds.SdkRuntimeEndpoint,
        Localized.Create(nameof(Strings.SOV0003Title)),
        Localized.Create(nameof(Strings.SOV0003Message)),
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: Localized.Create(nameof(Strings.SOV0003Description)),
        helpLinkUri: HelpLinkBase + RuleIds.SdkRuntimeEndpoint + ".md");

    /// <summary>Off by default: supply-chain-strict policies enable it (<c>dotnet_diagnostic.SOV0005.severity = warning</c>).</summary>
    public static readonly DiagnosticDescriptor SdkReference = new(
        RuleIds.SdkReference,
        Localized.Create(nameof(Strings.SOV0005Title)),
        Localized.Create(nameof(Strings.SOV0005Message)),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        description: Localized.Create(nameof(Strings.SOV0005Description)),
        helpLinkUri: HelpLinkBase + RuleIds.SdkReference + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ConfigurationEndpoint = new(
        RuleIds.ConfigurationEndpoint,
        Localized.Create(nameof(Strings.SOV0004Title)),
        Localized.Create(nameof(Strings.SOV0004Message)),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized.Create(nameof(Strings.SOV0004Description)),
        helpLinkUri: HelpLinkBase + RuleIds.ConfigurationEndpoint + ".md");

    public static readonly DiagnosticDescriptor ConfigurationFileTooLarge = new(
        RuleIds.ConfigurationFileTooLarge,
        Localized.Create(nameof(Strings.SOV0006Title)),
        Localized.Create(nameof(Strings.SOV0006Message)),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized.Create(nameof(Strings.SOV0006Description)),
        helpLinkUri: HelpLinkBase + RuleIds.ConfigurationFileTooLarge + ".md");

    public static readonly DiagnosticDescriptor InvalidPolicy = new(
        RuleIds.InvalidPolicy,
        Localized.Create(nameof(Strings.SOV0900Title)),
        Localized.Create(nameof(Strings.SOV0900Message)),
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized.Create(nameof(Strings.SOV0900Description)),
        helpLinkUri: HelpLinkBase + RuleIds.InvalidPolicy + ".md");

    public static readonly DiagnosticDescriptor ExpiredPolicyException = new(
        RuleIds.ExpiredPolicyException,
        Localized.Create(nameof(Strings.SOV0901Title)),
        Localized.Create(nameof(Strings.SOV0901Message)),
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized.Create(nameof(Strings.SOV0901Description)),
        helpLinkUri: HelpLinkBase + RuleIds.ExpiredPolicyException + ".md");

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
}
