using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Rules;

namespace SovereignAnalyzers.Reporting;

/// <summary>
/// The one place where a <see cref="Finding"/> becomes a <see cref="Diagnostic"/>: the rule of its kind, its
/// message arguments and its properties, all taken from the finding.
/// </summary>
internal static class FindingDiagnostic
{
    /// <summary>
    /// The diagnostic of <paramref name="finding"/> at <paramref name="location"/>; <paramref name="decidedAt"/>,
    /// the expression that decided an SDK client's target, becomes its first additional location.
    /// </summary>
    public static Diagnostic Create(Finding finding, Location location, Location? decidedAt = null)
        => Create(finding, location, decidedAt is null ? null : new[] { decidedAt });

    /// <summary>The diagnostic of <paramref name="finding"/> at <paramref name="location"/>, with these additional locations.</summary>
    public static Diagnostic Create(Finding finding, Location location, IEnumerable<Location>? additionalLocations)
        => Diagnostic.Create(
            DescriptorOf(finding.Kind),
            location,
            additionalLocations,
            FindingProperties.Of(finding),
            FindingMessage.Arguments(finding));

    public static DiagnosticDescriptor DescriptorOf(FindingKind kind) => kind switch
    {
        FindingKind.EndpointLiteral => Descriptors.EndpointLiteral,
        FindingKind.SdkClientTarget => Descriptors.SdkClientTarget,
        FindingKind.SdkRuntimeEndpoint => Descriptors.SdkRuntimeEndpoint,
        FindingKind.ConfigurationEndpoint => Descriptors.ConfigurationEndpoint,
        _ => Descriptors.SdkReference,
    };
}
