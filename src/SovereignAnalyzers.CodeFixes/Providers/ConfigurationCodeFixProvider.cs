using System.Collections.Generic;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>
/// SOV0004: the same host rewrite in a configuration file (an additional document), where the host
/// offers fixes in additional documents; or adds an exception.
/// </summary>
[ExportCodeFixProvider(
    LanguageNames.CSharp,
    Name = nameof(ConfigurationCodeFixProvider),
    DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) },
    DocumentExtensions = new[] { ".json", ".config", ".env" }), Shared]
public sealed class ConfigurationCodeFixProvider : SovereigntyCodeFixProvider
{
    internal override string RuleId => "SOV0004";

    internal override Task<IReadOnlyList<RewritePlan>> PlanRewritesAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
        => HostRewritePlanner.PlanAsync(RuleId, document, diagnostic, cancellationToken);
}
