using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// One dependency, one warning: an endpoint written in a constant, field or property declared apart from
/// the clients using it is reported once, by SOV0001 at its declaration (where a fix changes it), with each
/// client built from it as an additional location; those clients get no SOV0002 of their own.
/// </summary>
internal static class SdkClientUsages
{
    /// <summary>Whether <paramref name="member"/>'s declaration writes <paramref name="host"/> literally (SOV0001 then reports it there).</summary>
    public static bool DeclaresHost(ISymbol member, string host)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax().ToString().IndexOf(host, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The member whose declaration <paramref name="node"/> (a string constant) initialises: a field, constant
    /// or property declared at type level; null inside method bodies, lambdas and anything else.
    /// </summary>
    public static ISymbol? DeclaredMember(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } declarator:
                    return model.GetDeclaredSymbol(declarator, cancellationToken);
                case PropertyDeclarationSyntax property:
                    return model.GetDeclaredSymbol(property, cancellationToken);
                case ReturnStatementSyntax or BlockSyntax:
                    break; // a getter's single return
                case StatementSyntax or AnonymousFunctionExpressionSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where clients are built from <paramref name="member"/>, in every file of the compilation, in file and
    /// position order. Only files that mention the member's name are bound, and only the bodies that do.
    /// </summary>
    public static ImmutableArray<Location> Find(Compilation compilation, ISymbol member, SdkSymbols symbols, HostIndex hosts, CancellationToken cancellationToken)
    {
        var locations = new List<Location>();
        var name = member.Name;
        if (name.Length == 0)
        {
            return ImmutableArray<Location>.Empty; // a declaration the parser could not name (broken code)
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!Mentions(tree.GetText(cancellationToken), name))
            {
                continue;
            }

            SemanticModel? model = null;
            var visited = new HashSet<IOperation>();
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
                {
                    continue;
                }

                // The driver's compilation caches semantic models per tree; only bodies that name the member are bound.
#pragma warning disable RS1030 // a client in another file: only its semantic model can tell which member it reads
                model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol?.OriginalDefinition, member)
                    || OperationAt(identifier, model, cancellationToken) is not { } operation)
                {
                    continue;
                }

                var root = operation;
                while (root.Parent is { } parent)
                {
                    root = parent;
                }

                if (visited.Add(root))
                {
                    AddClients(root, member, symbols, hosts, locations, cancellationToken);
                }
            }
        }

        locations.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
            return byPath != 0 ? byPath : a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
        });
        return locations.ToImmutableArray();
    }

    /// <summary>The operation of <paramref name="node"/>, or of the nearest expression around it that has one (<c>Targets.Url</c> for <c>Url</c>).</summary>
    private static IOperation? OperationAt(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var current = node; current is ExpressionSyntax; current = current.Parent)
        {
            if (model.GetOperation(current, cancellationToken) is { } operation)
            {
                return operation;
            }
        }

        return null;
    }

    private static void AddClients(IOperation root, ISymbol member, SdkSymbols symbols, HostIndex hosts, List<Location> locations, CancellationToken cancellationToken)
    {
        foreach (var candidate in root.Descendants())
        {
            if (candidate.Kind is not (OperationKind.ObjectCreation or OperationKind.Invocation) || SdkDecision.From(candidate, symbols) is not { } decision)
            {
                continue;
            }

            foreach (var target in SdkTargetResolver.Resolve(decision, hosts, cancellationToken))
            {
                if (target.Outcome == SdkTargetOutcome.Resolved && SymbolEqualityComparer.Default.Equals(target.Member, member))
                {
                    locations.Add(candidate.Syntax.GetLocation());
                    break;
                }
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> contains <paramref name="name"/>, without building the file's string.</summary>
    private static bool Mentions(SourceText text, string name)
    {
        var last = text.Length - name.Length;
        for (var i = 0; i <= last; i++)
        {
            if (text[i] != name[0])
            {
                continue;
            }

            var j = 1;
            while (j < name.Length && text[i + j] == name[j])
            {
                j++;
            }

            if (j == name.Length)
            {
                return true;
            }
        }

        return false;
    }
}
