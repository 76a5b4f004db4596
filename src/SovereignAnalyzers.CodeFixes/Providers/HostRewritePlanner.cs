using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>
/// Plans the rewrites of a host written at a finding's span (<c>hostStart</c>/<c>hostLength</c>): one per
/// alternative speaking the finding's API, each replacing exactly the host's characters. In C#, the host
/// must lie inside one string token (a literal, or the constant text of an interpolation), so in a
/// concatenation only the part holding the host changes.
/// </summary>
internal static class HostRewritePlanner
{
    public static async Task<IReadOnlyList<RewritePlan>> PlanAsync(string ruleId, TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var plans = new List<RewritePlan>();
        var finding = FindingContract.Read(diagnostic.Properties);
        var targets = QuickFixTargets.Of(finding, ProviderCatalog.BuiltIn);
        if (finding.HostStart is not { } hostStart || finding.HostLength is not { } hostLength || targets.Count == 0)
        {
            return plans;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (DiagnosticSpans.Current(diagnostic, text) is not { } span || span.Start + hostStart + hostLength > text.Length)
        {
            return plans;
        }

        var hostSpan = new TextSpan(span.Start + hostStart, hostLength);
        var host = text.ToString(hostSpan);
        if (!string.Equals(host.TrimEnd('.'), finding.Host.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
        {
            return plans; // the text moved under the finding: better no fix than a wrong one
        }

        var container = await ContainerAsync(document, hostSpan, text, cancellationToken).ConfigureAwait(false);
        if (container is not { } bounds)
        {
            return plans;
        }

        var before = text.ToString(TextSpan.FromBounds(bounds.Start, hostSpan.Start));
        var after = text.ToString(TextSpan.FromBounds(hostSpan.End, bounds.End));
        foreach (var alternative in targets)
        {
            if (EndpointRewriter.Rewrite(ProviderCatalog.BuiltIn, finding, host, alternative, before, after) is { } replacement)
            {
                plans.Add(new RewritePlan(
                    FixTitles.EquivalenceKey(ruleId, alternative),
                    FixTitles.UseAlternative(alternative, finding.ServiceKind),
                    document.Id,
                    ImmutableArray.Create(new TextChange(hostSpan, replacement))));
            }
        }

        return plans;
    }

    /// <summary>
    /// The text around the host that belongs to the same value: in C#, the string token holding it (null
    /// when the host is not inside one); in a configuration file, its line.
    /// </summary>
    private static async Task<TextSpan?> ContainerAsync(TextDocument document, TextSpan hostSpan, SourceText text, CancellationToken cancellationToken)
    {
        if (document is Document source && await source.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is { } root)
        {
            var token = root.FindToken(hostSpan.Start);
            var isString = token.IsKind(SyntaxKind.StringLiteralToken)
                || token.IsKind(SyntaxKind.Utf8StringLiteralToken)
                || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken);
            return isString && token.Span.Contains(hostSpan) ? token.Span : null;
        }

        var line = text.Lines.GetLineFromPosition(hostSpan.Start);
        return line.Span.Contains(hostSpan) ? line.Span : null;
    }
}
