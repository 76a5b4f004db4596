using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// Reads the value of a read-only field or get-only property from its declaration, which may be in another
/// file than the client using it: only shapes whose value is fixed by the text are read (string literals
/// and their concatenations, <c>new Uri("…")</c>, a region member such as <c>RegionEndpoint.EUWest3</c>,
/// the branches of <c>?:</c>). Anything else is left to run time.
/// </summary>
internal static class SdkDeclarationReader
{
    private const int MaxBranches = 8;

    // Nested ?: and Uri constructions are read by recursion, so it stops at a depth no real declaration reaches:
    // generated code nesting thousands of them must not exhaust the compiler's thread stack.
    private const int MaxNesting = 32;

    /// <summary>The expression that gives the member its value: initialiser, expression body, or a getter's single return.</summary>
    public static ExpressionSyntax? InitializerOf(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case VariableDeclaratorSyntax { Initializer: { } initializer }:
                return initializer.Value;
            case PropertyDeclarationSyntax { Initializer: { } initializer }:
                return initializer.Value;
            case PropertyDeclarationSyntax { ExpressionBody: { } body }:
                return body.Expression;
            case PropertyDeclarationSyntax { AccessorList: { } accessors } when accessors.Accessors.Count == 1:
                var getter = accessors.Accessors[0];
                if (getter.ExpressionBody is { } getterBody)
                {
                    return getterBody.Expression;
                }

                return getter.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;
            default:
                return null;
        }
    }

    /// <summary>The texts (several for branches) <paramref name="expression"/> stands for, or null when it is not a fixed shape.</summary>
    public static IReadOnlyList<string>? Read(ExpressionSyntax expression, SdkRegions? regions, bool isRegionType)
    {
        var texts = new List<string>(1);
        return Append(expression, regions, isRegionType, texts, 0) ? texts : null;
    }

    private static bool Append(ExpressionSyntax expression, SdkRegions? regions, bool isRegionType, List<string> texts, int depth)
    {
        if (depth > MaxNesting)
        {
            return false; // not a fixed shape: left to run time
        }

        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        switch (expression)
        {
            case ConditionalExpressionSyntax conditional:
                return Append(conditional.WhenTrue, regions, isRegionType, texts, depth + 1) && Append(conditional.WhenFalse, regions, isRegionType, texts, depth + 1) && texts.Count <= MaxBranches;
            case ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } creation when IsUri(creation.Type):
                return Append(arguments[0].Expression, regions, isRegionType, texts, depth + 1);
            case ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }:
                return Append(arguments[0].Expression, regions, isRegionType, texts, depth + 1);
            case MemberAccessExpressionSyntax member when isRegionType && regions is not null:
                if (regions.Members.TryGetValue(member.Name.Identifier.ValueText, out var region))
                {
                    texts.Add(region);
                    return true;
                }

                return false;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax method, ArgumentList.Arguments: { Count: 1 } arguments }
                when isRegionType && regions is not null && method.Name.Identifier.ValueText == regions.Factory:
                return Append(arguments[0].Expression, regions, isRegionType: false, texts, depth + 1);
            default:
                if (Text(expression) is { } text)
                {
                    texts.Add(text);
                    return true;
                }

                return false;
        }
    }

    /// <summary>A string literal, a concatenation of literals, or an interpolated string without holes.</summary>
    private static string? Text(ExpressionSyntax expression)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var operand in new ConcatenationOperands(expression))
        {
            switch (operand)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    builder.Append(literal.Token.ValueText);
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is not InterpolatedStringTextSyntax textPart)
                        {
                            return null;
                        }

                        builder.Append(textPart.TextToken.ValueText);
                    }

                    break;
                default:
                    return null;
            }
        }

        return builder.ToString();
    }

    private static bool IsUri(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "Uri",
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "Uri",
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText == "Uri",
        _ => false,
    };
}
