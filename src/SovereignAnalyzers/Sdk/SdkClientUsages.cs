using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// One dependency, one warning: an endpoint written in a constant, field or property declared apart from
/// the clients using it is reported once, by SOV0001 at its declaration (where a fix changes it), with each
/// client built from it as an additional location; those clients get no SOV0002 of their own.
/// </summary>
internal sealed class SdkClientUsages
{
    private readonly Compilation _compilation;
    private readonly HostIndex _hosts;
    private readonly ConcurrentDictionary<string, Dictionary<ISymbol, ImmutableArray<Location>>> _clientsByName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<Location>> _clientsOfScopedMember = new(SymbolEqualityComparer.Default);

    /// <summary>The clients of <paramref name="compilation"/>'s members, found on demand and remembered per member name.</summary>
    public SdkClientUsages(Compilation compilation, HostIndex hosts)
    {
        _compilation = compilation;
        _hosts = hosts;
    }

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
    /// position order.
    /// </summary>
    public ImmutableArray<Location> ClientsOf(ISymbol member, SdkSymbols symbols, CancellationToken cancellationToken)
    {
        var name = member.Name;
        if (name.Length == 0)
        {
            return ImmutableArray<Location>.Empty; // a declaration the parser could not name (broken code)
        }

        var definition = member.OriginalDefinition;
        if (AccessibleOnlyIn(definition) is { } trees)
        {
            // A private member (or one of a private or file-local type) can be named only in its type's own
            // files: those alone are searched, not every file that happens to contain the name.
            if (!_clientsOfScopedMember.TryGetValue(definition, out var scoped))
            {
                scoped = _clientsOfScopedMember.GetOrAdd(
                    definition,
                    FindClients(name, trees, symbols, cancellationToken).TryGetValue(definition, out var found) ? found : ImmutableArray<Location>.Empty);
            }

            return scoped;
        }

        if (!_clientsByName.TryGetValue(name, out var clients))
        {
            clients = _clientsByName.GetOrAdd(name, FindClients(name, _compilation.SyntaxTrees, symbols, cancellationToken));
        }

        return clients.TryGetValue(definition, out var locations) ? locations : ImmutableArray<Location>.Empty;
    }

    /// <summary>
    /// The files in which <paramref name="member"/> can be named, when its accessibility limits them: the
    /// declarations of the type enclosing the innermost private member or type, or the file of a file-local
    /// type. Null when any file of the compilation may name it (internal, protected, public).
    /// </summary>
    internal static IReadOnlyList<SyntaxTree>? AccessibleOnlyIn(ISymbol member)
    {
        for (ISymbol? current = member; current is not null and not INamespaceSymbol; current = current.ContainingType)
        {
            INamedTypeSymbol? scope = current.DeclaredAccessibility == Accessibility.Private ? current.ContainingType
                : current is INamedTypeSymbol { IsFileLocal: true } fileLocal ? fileLocal
                : null;
            if (scope is null)
            {
                continue;
            }

            var trees = new List<SyntaxTree>();
            foreach (var reference in scope.DeclaringSyntaxReferences)
            {
                if (!trees.Contains(reference.SyntaxTree))
                {
                    trees.Add(reference.SyntaxTree);
                }
            }

            return trees.Count == 0 ? null : trees;
        }

        return null;
    }

    /// <summary>
    /// The clients built, in <paramref name="trees"/>, from every constant, field or property called <paramref name="name"/>:
    /// members declared in many classes share a few names (<c>Endpoint</c>, <c>BaseUrl</c>), and each name is searched
    /// once. Only files whose text contains the name are bound, and in them only the bodies that name it.
    /// </summary>
    private Dictionary<ISymbol, ImmutableArray<Location>> FindClients(string name, IEnumerable<SyntaxTree> trees, SdkSymbols symbols, CancellationToken cancellationToken)
    {
        var found = new Dictionary<ISymbol, List<Location>>(SymbolEqualityComparer.Default);
        foreach (var tree in trees)
        {
            // A file's text is usually held as one string, returned as is; an ordinal search of it is fast.
            if (tree.GetText(cancellationToken).ToString().IndexOf(name, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            SemanticModel? model = null;
            var visited = new HashSet<(IOperation Root, ISymbol Member)>();
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
                {
                    continue;
                }

                // The driver's compilation caches semantic models per tree; only bodies that name the member are bound.
#pragma warning disable RS1030 // a client in another file: only its semantic model can tell which member it reads
                model ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                if (model.GetSymbolInfo(identifier, cancellationToken).Symbol?.OriginalDefinition is not ({ Kind: SymbolKind.Field or SymbolKind.Property } member)
                    || member.DeclaringSyntaxReferences.IsEmpty
                    || OperationAt(identifier, model, cancellationToken) is not { } operation)
                {
                    continue;
                }

                var root = operation;
                while (root.Parent is { } parent)
                {
                    root = parent;
                }

                if (visited.Add((root, member)))
                {
                    if (!found.TryGetValue(member, out var locations))
                    {
                        found[member] = locations = new List<Location>();
                    }

                    AddClients(root, member, symbols, _hosts, locations, cancellationToken);
                }
            }
        }

        var clients = new Dictionary<ISymbol, ImmutableArray<Location>>(found.Count, SymbolEqualityComparer.Default);
        foreach (var pair in found)
        {
            pair.Value.Sort((a, b) =>
            {
                var byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
                return byPath != 0 ? byPath : a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
            });
            clients[pair.Key] = pair.Value.ToImmutableArray();
        }

        return clients;
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
}
