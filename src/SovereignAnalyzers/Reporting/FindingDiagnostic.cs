using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Findings;

namespace SovereignAnalyzers.Reporting;

/// <summary>
/// The one place where a <see cref="Finding"/> becomes a <see cref="Diagnostic"/>: its message arguments and
/// its properties, all taken from the finding. The rule comes from the caller (the rules own their
/// descriptors, one per <see cref="FindingKind"/>).
/// </summary>
internal static class FindingDiagnostic
{
    /// <summary>
    /// The diagnostic of <paramref name="rule"/> for <paramref name="finding"/> at <paramref name="location"/>;
    /// <paramref name="decidedAt"/>, the expression that decided an SDK client's target, becomes its first additional location.
    /// </summary>
    public static Diagnostic Create(DiagnosticDescriptor rule, Finding finding, Location location, Location? decidedAt = null)
        => Create(rule, finding, location, decidedAt is null ? null : new[] { decidedAt });

    /// <summary>The diagnostic of <paramref name="rule"/> for <paramref name="finding"/> at <paramref name="location"/>, with these additional locations.</summary>
    public static Diagnostic Create(DiagnosticDescriptor rule, Finding finding, Location location, IEnumerable<Location>? additionalLocations)
        => Diagnostic.Create(
            rule,
            location,
            additionalLocations,
            FindingProperties.Of(finding),
            FindingMessage.Arguments(finding));
}
