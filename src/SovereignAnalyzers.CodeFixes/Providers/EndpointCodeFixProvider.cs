using System.Collections.Generic;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>SOV0001: rewrites the endpoint's host toward each allowed alternative of the same API; or adds an exception.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EndpointCodeFixProvider)), Shared]
public sealed class EndpointCodeFixProvider : SovereigntyCodeFixProvider
{
    internal override string RuleId => "SOV0001";

    internal override Task<IReadOnlyList<RewritePlan>> PlanRewritesAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
        => HostRewritePlanner.PlanAsync(RuleId, document, diagnostic, cancellationToken);
}
