using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.CodeFixes.Sdk;

/// <summary>
/// Points a Google Cloud client at another universe (a licensed operator of Google Cloud such as S3NS):
/// <c>XClient.Create(args)</c> becomes <c>new XClientBuilder { …args…, UniverseDomain = "…" }.Build()</c>
/// (the factories take no universe), and a builder written in place gets <c>UniverseDomain</c>.
/// </summary>
internal static class GoogleClientRewriter
{
    private const string UniverseDomain = "UniverseDomain";

    public static async Task<Document?> RewriteAsync(Document document, TextSpan clientSpan, string universeDomain, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var node = root.FindNode(clientSpan, getInnermostNodeForTie: true);
        var invocation = node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(n => n.Span == clientSpan)
            ?? node.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(n => n.Span == clientSpan);
        var builderCreation = (invocation?.Expression as MemberAccessExpressionSyntax)?.Expression as BaseObjectCreationExpressionSyntax
            ?? node.DescendantNodesAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault();
        var universe = SyntaxEdits.Assign(UniverseDomain, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(universeDomain)));

        // A builder written in place: set its universe.
        if (builderCreation is not null && model.GetTypeInfo(builderCreation, cancellationToken).Type is INamedTypeSymbol builderType
            && SyntaxEdits.FindProperty(builderType, UniverseDomain) is not null)
        {
            var kept = (builderCreation.Initializer?.Expressions ?? default)
                .Where(e => e is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: UniverseDomain } })
                .Select(e => e.WithoutTrivia())
                .ToList();
            kept.Add(universe);
            var completed = builderCreation.WithInitializer(SyntaxEdits.ObjectInitializer(kept)).WithAdditionalAnnotations(Formatter.Annotation);
            return await SyntaxEdits.FinishAsync(document, root.ReplaceNode(builderCreation, completed), cancellationToken).ConfigureAwait(false);
        }

        // A static factory: the same client from its builder.
        if (invocation is null || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { IsStatic: true } factory
            || factory.Name is not ("Create" or "CreateAsync"))
        {
            return null;
        }

        var client = factory.ContainingType;
        var builder = model.Compilation.GetTypeByMetadataName(client.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty) + "Builder");
        var build = factory.Name == "Create" ? "Build" : "BuildAsync";
        if (builder is null || SyntaxEdits.FindProperty(builder, UniverseDomain) is null || builder.GetMembers(build).Length == 0)
        {
            return null;
        }

        var settings = new List<ExpressionSyntax>();
        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            var parameter = argument.NameColon is { } name
                ? factory.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText)
                : factory.Parameters.ElementAtOrDefault(invocation.ArgumentList.Arguments.IndexOf(argument));
            if (parameter is null || parameter.Type is IArrayTypeSymbol)
            {
                return null;
            }

            var propertyName = char.ToUpperInvariant(parameter.Name[0]) + parameter.Name.Substring(1);
            if (SyntaxEdits.FindProperty(builder, propertyName) is null)
            {
                return null; // an argument the builder has no property for: not rewritten
            }

            settings.Add(SyntaxEdits.Assign(propertyName, argument.Expression.WithoutTrivia()));
        }

        settings.Add(universe);
        var newBuilder = SyntaxFactory.ObjectCreationExpression(SyntaxEdits.TypeName(builder)).WithArgumentList(null).WithInitializer(SyntaxEdits.ObjectInitializer(settings));
        ExpressionSyntax replacement = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, newBuilder, SyntaxFactory.IdentifierName(build)));
        replacement = replacement.WithTriviaFrom(invocation).WithAdditionalAnnotations(Formatter.Annotation);
        return await SyntaxEdits.FinishAsync(document, root.ReplaceNode(invocation, replacement), cancellationToken).ConfigureAwait(false);
    }
}
