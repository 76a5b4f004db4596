using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SovereignAnalyzers.CodeFixes.Sdk;

/// <summary>
/// Removes the <c>using</c> directives that a rewrite made unused, and only those: the namespaces of the
/// types that the removed code named (<c>Amazon</c> for <c>RegionEndpoint.EUWest3</c>), when nothing left
/// in the document binds to that namespace and the document compiles as well without the directive. A
/// directive the code did not need before the fix is not the fix's business and stays.
/// </summary>
internal static class ImportCleanup
{
    /// <summary>The namespaces of the types that <paramref name="removed"/> names by their simple name (in the document before the fix).</summary>
    public static IReadOnlyCollection<string> NamespacesNamedBy(SyntaxNode removed, SemanticModel model, CancellationToken cancellationToken)
    {
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in removed.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
        {
            if (IsQualifiedByNamespace(name, model, cancellationToken))
            {
                continue; // Amazon.RegionEndpoint: written in full, it needed no using
            }

            if (model.GetSymbolInfo(name, cancellationToken).Symbol is INamedTypeSymbol { ContainingNamespace: { IsGlobalNamespace: false } ns })
            {
                namespaces.Add(ns.ToDisplayString());
            }
        }

        return namespaces;
    }

    /// <summary><paramref name="document"/> without the plain <c>using</c> directives of <paramref name="namespaces"/> that nothing in it uses any more.</summary>
    public static async Task<Document> RemoveUnusedAsync(Document document, IReadOnlyCollection<string> namespaces, CancellationToken cancellationToken)
    {
        if (namespaces.Count == 0 || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return document;
        }

        var candidates = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>()
            .Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.GlobalKeyword.IsKind(SyntaxKind.None)
                        && u.Name is not null && namespaces.Contains(u.Name.ToString()))
            .Where(u => !IsUsed(root, model, u.Name!.ToString(), cancellationToken))
            .ToList();
        if (candidates.Count == 0)
        {
            return document;
        }

        var newRoot = root.RemoveNodes(candidates, SyntaxRemoveOptions.KeepDirectives | SyntaxRemoveOptions.KeepUnbalancedDirectives);
        if (newRoot is null)
        {
            return document;
        }

        var cleaned = document.WithSyntaxRoot(newRoot);
        var errorsBefore = ErrorCount(model, cancellationToken);
        var cleanedModel = await cleaned.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return cleanedModel is not null && ErrorCount(cleanedModel, cancellationToken) <= errorsBefore ? cleaned : document;
    }

    /// <summary>Whether a name in the document (outside the using directives) binds to a symbol of <paramref name="namespaceName"/>, or to that namespace's own child namespaces.</summary>
    private static bool IsUsed(SyntaxNode root, SemanticModel model, string namespaceName, CancellationToken cancellationToken)
    {
        foreach (var name in root.DescendantNodes(n => n is not UsingDirectiveSyntax).OfType<SimpleNameSyntax>())
        {
            var info = model.GetSymbolInfo(name, cancellationToken);
            foreach (var symbol in info.Symbol is { } bound ? new[] { bound } : info.CandidateSymbols.ToArray())
            {
                var owner = symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol;
                var ns = owner is INamespaceSymbol namespaceSymbol ? namespaceSymbol.ContainingNamespace : (owner as ITypeSymbol ?? owner.ContainingType)?.ContainingNamespace;
                if (ns is { IsGlobalNamespace: false } && ns.ToDisplayString() == namespaceName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsQualifiedByNamespace(SimpleNameSyntax name, SemanticModel model, CancellationToken cancellationToken)
    {
        var qualifier = name.Parent switch
        {
            QualifiedNameSyntax qualified when qualified.Right == name => qualified.Left,
            MemberAccessExpressionSyntax access when access.Name == name => access.Expression,
            AliasQualifiedNameSyntax alias when alias.Name == name => alias.Alias,
            _ => null,
        };
        return qualifier is not null && model.GetSymbolInfo(qualifier, cancellationToken).Symbol is INamespaceSymbol or IAliasSymbol;
    }

    private static int ErrorCount(SemanticModel model, CancellationToken cancellationToken)
        => model.GetDiagnostics(cancellationToken: cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
}
