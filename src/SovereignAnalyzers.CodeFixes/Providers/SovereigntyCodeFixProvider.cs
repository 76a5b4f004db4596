using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.CodeFixes.PolicyEditing;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>
/// The fixes of one rule: first the rewrites toward each alternative the policy allows (in the policy's
/// order, so that a host applying only the first action, such as <c>dotnet format</c>, applies the
/// preferred alternative), then the exception added to the policy. One provider per rule: a second
/// provider for the same id would see stale diagnostics in a solution-wide run.
/// </summary>
public abstract class SovereigntyCodeFixProvider : CodeFixProvider
{
    internal abstract string RuleId { get; }

    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleId);

    public sealed override FixAllProvider GetFixAllProvider() => new SovereigntyFixAllProvider(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var plan in await PlanRewritesAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(plan.Title, ct => DocumentEdits.ApplyAsync(document.Project.Solution, plan.DocumentId, plan.Changes, ct), plan.EquivalenceKey),
                    diagnostic);
            }

            var finding = FindingContract.Read(diagnostic.Properties);
            if (ExceptionFor(finding) is { } request
                && await PolicyDocuments.WouldChangeAsync(document.Project, finding.PolicyFile, request, context.CancellationToken).ConfigureAwait(false))
            {
                var projectId = document.Project.Id;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        FixTitles.AddException(request.Subject),
                        ct => PolicyDocuments.AddExceptionsAsync(document.Project.Solution, new[] { (projectId, finding.PolicyFile, request) }, ct),
                        FixTitles.ExceptionKey(RuleId)),
                    diagnostic);
            }
        }
    }

    /// <summary>The rewrites of one finding, in the order of its alternatives; empty when none applies faithfully.</summary>
    internal abstract Task<IReadOnlyList<RewritePlan>> PlanRewritesAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>What an exception for this finding covers: its host, else its provider.</summary>
    internal virtual ExceptionRequest? ExceptionFor(FindingContract finding)
        => finding.Host.Length > 0 ? ExceptionRequest.ForHost(finding.Host)
            : finding.ProviderId.Length > 0 ? ExceptionRequest.ForProvider(finding.ProviderId)
            : null;
}
