using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.CodeFixes.PolicyEditing;
using SovereignAnalyzers.CodeFixes.Resources;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>
/// Fix All for a rule, in a document, a project or the solution. With an equivalence key, each finding
/// gets the fix with that key (the same alternative everywhere; findings without it are left alone);
/// the exception key adds one entry per distinct host or provider to each policy file, which the
/// built-in batch fixer cannot do (it only merges source-document edits). Without a key, or in a
/// command-line run such as <c>dotnet format analyzers</c>, each finding gets its first rewrite, the
/// policy's preferred alternative, and nothing is added to the policy: an exception is a decision for a person.
/// </summary>
internal sealed class SovereigntyFixAllProvider : FixAllProvider
{
    private readonly SovereigntyCodeFixProvider _provider;

    public SovereigntyFixAllProvider(SovereigntyCodeFixProvider provider) => _provider = provider;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = await DiagnosticsInScopeAsync(fixAllContext).ConfigureAwait(false);
        if (diagnostics.Count == 0)
        {
            return null;
        }

        var solution = fixAllContext.Solution;

        // A command-line tool (dotnet format opens an MSBuildWorkspace) passes the key of the first action of
        // whichever finding it meets first: an exception if that one has no alternative. A batch run has no
        // one to choose an alternative or write a justification, so there each finding gets its own first
        // rewrite, whatever the key.
        var key = solution.Workspace.Kind == WorkspaceKind.MSBuild ? null : fixAllContext.CodeActionEquivalenceKey;
        var title = key is null ? FixStrings.FirstAlternativeEverywhere : key;
        if (key == FixTitles.ExceptionKey(_provider.RuleId))
        {
            var requests = new List<(ProjectId, string, ExceptionRequest)>();
            foreach (var (project, diagnostic) in diagnostics)
            {
                var finding = FindingContract.Read(diagnostic.Properties);
                if (_provider.ExceptionFor(finding) is { } request)
                {
                    requests.Add((project.Id, finding.PolicyFile, request));
                }
            }

            return CodeAction.Create(title, ct => PolicyDocuments.AddExceptionsAsync(solution, requests, ct), key);
        }

        return CodeAction.Create(title, ct => RewriteAllAsync(solution, diagnostics, key, ct), key);
    }

    private async Task<Solution> RewriteAllAsync(Solution solution, IReadOnlyList<(Project Project, Diagnostic Diagnostic)> diagnostics, string? key, CancellationToken cancellationToken)
    {
        var changesByDocument = new Dictionary<DocumentId, List<Microsoft.CodeAnalysis.Text.TextChange>>();
        foreach (var (project, diagnostic) in diagnostics)
        {
            var document = DocumentOf(project, diagnostic);
            if (document is null)
            {
                continue;
            }

            var plans = await _provider.PlanRewritesAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            var plan = key is null ? (plans.Count > 0 ? plans[0] : null) : plans.FirstOrDefault(p => p.EquivalenceKey == key);
            if (plan is null)
            {
                continue;
            }

            if (!changesByDocument.TryGetValue(plan.DocumentId, out var changes))
            {
                changes = new List<Microsoft.CodeAnalysis.Text.TextChange>();
                changesByDocument[plan.DocumentId] = changes;
            }

            changes.AddRange(plan.Changes);
        }

        foreach (var pair in changesByDocument)
        {
            solution = await DocumentEdits.ApplyAsync(solution, pair.Key, pair.Value, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    /// <summary>The source or additional document a diagnostic is located in.</summary>
    private static TextDocument? DocumentOf(Project project, Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree is { } tree)
        {
            return project.GetDocument(tree) ?? project.Documents.FirstOrDefault(d => d.FilePath is not null && d.FilePath == tree.FilePath);
        }

        var path = diagnostic.Location.GetLineSpan().Path;
        return project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath ?? d.Name, path, StringComparison.Ordinal))
               ?? project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.Name, path, StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<(Project Project, Diagnostic Diagnostic)>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        var ids = context.DiagnosticIds;
        var found = new List<(Project, Diagnostic)>();
        void AddAll(Project project, IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                if (ids.Contains(diagnostic.Id))
                {
                    found.Add((project, diagnostic));
                }
            }
        }

        switch (context.Scope)
        {
            case FixAllScope.Project:
                AddAll(context.Project, await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in context.Solution.Projects)
                {
                    AddAll(project, await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
            default:
                if (context.Document is { } document)
                {
                    AddAll(document.Project, await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                }
                else
                {
                    // An additional document (a configuration file): its diagnostics are project diagnostics with its path.
                    var all = await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false);
                    AddAll(context.Project, all.Where(d => d.Location.SourceTree is null));
                }

                break;
        }

        return found;
    }
}
