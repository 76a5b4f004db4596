using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SovereignAnalyzers.CodeFixes.Sdk;

/// <summary>Syntax pieces shared by the SDK client rewrites, and the simplify-import-format pass that ends each.</summary>
internal static class SyntaxEdits
{
    public static AssignmentExpressionSyntax Assign(string property, ExpressionSyntax value)
        => SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(property), value);

    /// <summary>The type's fully qualified name, marked so that the simplifier shortens it and adds a <c>using</c> when needed.</summary>
    public static TypeSyntax TypeName(INamedTypeSymbol type)
        => SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary><c>new T(a)</c> → <c>new T(a, value)</c>; <c>new T</c> without parentheses gets them, the trivia after its type kept after them.</summary>
    public static BaseObjectCreationExpressionSyntax AppendArgument(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax value)
    {
        var list = creation.ArgumentList ?? SyntaxFactory.ArgumentList();
        var newList = list.WithArguments(list.Arguments.Add(SyntaxFactory.Argument(value)));
        return creation is ObjectCreationExpressionSyntax { ArgumentList: null } explicitCreation
            ? explicitCreation.WithType(explicitCreation.Type.WithoutTrailingTrivia()).WithArgumentList(newList.WithTrailingTrivia(explicitCreation.Type.GetTrailingTrivia()))
            : creation.WithArgumentList(newList);
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    public static IPropertySymbol? FindProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => p.SetMethod is not null) is { } property)
            {
                return property;
            }
        }

        return null;
    }

    public static async Task<Document> FinishAsync(Document document, SyntaxNode root, CancellationToken cancellationToken)
    {
        var changed = document.WithSyntaxRoot(root);
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An object initialiser with one setting per line (a trailing comma after the last, as the IDE writes them).</summary>
    public static InitializerExpressionSyntax ObjectInitializer(System.Collections.Generic.IReadOnlyList<ExpressionSyntax> settings)
        => SyntaxFactory.InitializerExpression(
            SyntaxKind.ObjectInitializerExpression,
            SyntaxFactory.SeparatedList(settings, Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed), settings.Count)));
}
