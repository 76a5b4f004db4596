using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Reporting;
using SovereignAnalyzers.Sdk;

namespace SovereignAnalyzers.Rules;

/// <summary>
/// SOV0001: a string constant in C# designates an endpoint of a provider the policy does not allow.
/// Sees literals (regular, verbatim, raw, UTF-8), the constant parts of interpolated strings and of
/// concatenations (one finding for the whole expression), wherever they stand: initialisers of
/// constants and fields, arguments (including <c>Uri</c> constructors) and attribute arguments.
/// Comments and documentation comments are trivia and never seen.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointLiteralAnalyzer : DiagnosticAnalyzer
{
    private static readonly char[] DotOrColon = { '.', ':' };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.EndpointLiteral);

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is not analysed (no Analyze flag), so nothing is reported in it. Without ReportDiagnostics the
        // driver would also check each diagnostic's file for [GeneratedCode], walking all its tokens, to find nothing.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var evaluation = CompilationPolicy.Get(start.Options, start.CancellationToken);
            var providersWithSdk = SdkReferenceNames.ProvidersWithSdk(start.Compilation);
            var usages = new SdkClientUsages(start.Compilation, evaluation.Hosts);
            start.RegisterSyntaxNodeAction(
                c => AnalyzeNode(c, evaluation, providersWithSdk, usages),
                SyntaxKind.StringLiteralExpression,
                SyntaxKind.Utf8StringLiteralExpression,
                SyntaxKind.InterpolatedStringExpression,
                SyntaxKind.AddExpression);
        });
    }

    private static void AnalyzeNode(SyntaxNodeAnalysisContext context, PolicyEvaluation evaluation, ICollection<string> providersWithSdk, SdkClientUsages usages)
    {
        var node = context.Node;
        if (IsPartOfConcatenation(node))
        {
            return; // the outermost concatenation is analysed as a whole
        }

        var text = node switch
        {
            LiteralExpressionSyntax literal => literal.Token.ValueText,
            InterpolatedStringExpressionSyntax or BinaryExpressionSyntax => MayHoldEndpoint((ExpressionSyntax)node) ? ConstantText((ExpressionSyntax)node) : null,
            _ => null,
        };
        if (text is null || !EndpointExtractor.MayContainEndpoint(text))
        {
            return;
        }

        // The semantic model holds the tree; node.SyntaxTree would walk up to the root the first time.
        var findings = EndpointFinding.FindAll(evaluation, text, context.SemanticModel.SyntaxTree.FilePath, providersWithSdk: providersWithSdk);
        if (findings is null || IsXmlNamespace(node, context.SemanticModel, context.CancellationToken)
            || SdkEndpointSink.IsSdkEndpoint(context.SemanticModel, node, evaluation.Hosts, context.CancellationToken))
        {
            return; // an SDK client's endpoint is reported once, by SOV0002 where the client is built
        }

        var clients = ClientsUsing(context, node, usages);
        var written = node.ToString();
        foreach (var endpointFinding in findings)
        {
            var finding = endpointFinding.WrittenAs(written);
            var location = node.GetLocation();
            if (finding.HostPosition is { } position && SpansLines(node))
            {
                // In a verbatim or raw string over several lines, the finding points at the host's own line.
                location = Location.Create(node.SyntaxTree, new TextSpan(node.SpanStart + position.Start, position.Length));
                finding = finding with { HostPosition = new HostPosition(0, position.Length) };
            }

            context.ReportDiagnostic(FindingDiagnostic.Create(Descriptors.For(finding.Kind), finding, location, clients));
        }
    }

    private static bool SpansLines(SyntaxNode node)
    {
        var lines = node.SyntaxTree.GetLineSpan(node.Span);
        return lines.StartLinePosition.Line != lines.EndLinePosition.Line;
    }

    /// <summary>
    /// For a constant, field or property declaration: the cloud SDK clients built from it, anywhere in the
    /// compilation (reported here once, as additional locations, instead of by SOV0002 at each client).
    /// </summary>
    private static ImmutableArray<Location> ClientsUsing(SyntaxNodeAnalysisContext context, SyntaxNode node, SdkClientUsages usages)
    {
        if (SdkSymbols.For(context.SemanticModel.Compilation) is not { } symbols
            || SdkClientUsages.DeclaredMember(node, context.SemanticModel, context.CancellationToken) is not { } member)
        {
            return ImmutableArray<Location>.Empty;
        }

        return usages.ClientsOf(member, symbols, context.CancellationToken);
    }

    private static bool IsPartOfConcatenation(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression);
    }

    /// <summary>
    /// Whether a constant part of an interpolated string or concatenation has a dot or a colon, or names a storage
    /// account (a connection string without any host still designates public Azure), without which no endpoint
    /// can be found in the whole (holes are none of these): most are log messages and SQL, and their text is then
    /// never built.
    /// </summary>
    internal static bool MayHoldEndpoint(ExpressionSyntax expression)
    {
        foreach (var operand in new ConcatenationOperands(expression))
        {
            switch (operand)
            {
                case LiteralExpressionSyntax literal when IsStringLiteral(literal):
                    if (MayHoldEndpoint(literal.Token.ValueText))
                    {
                        return true;
                    }

                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax textPart && MayHoldEndpoint(textPart.TextToken.ValueText))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    private static bool MayHoldEndpoint(string text)
        => text.IndexOfAny(DotOrColon) >= 0 || text.IndexOf(EndpointExtractor.AccountNameKey, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// The text of an interpolated string or a concatenation: string literals and interpolated strings
    /// contribute their text, anything else (a variable, a call, an interpolation, a constant declared elsewhere
    /// and reported there) is a hole. Null when no part is a string, e.g. a numeric addition.
    /// </summary>
    internal static string? ConstantText(ExpressionSyntax expression)
    {
        var builder = new StringBuilder();
        var anyString = false;
        foreach (var operand in new ConcatenationOperands(expression))
        {
            switch (operand)
            {
                case LiteralExpressionSyntax literal when IsStringLiteral(literal):
                    builder.Append(literal.Token.ValueText);
                    anyString = true;
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    AppendInterpolated(interpolated, builder);
                    anyString = true;
                    break;
                default:
                    builder.Append(HostName.Hole);
                    break;
            }
        }

        return anyString ? builder.ToString() : null;
    }

    private static bool IsStringLiteral(LiteralExpressionSyntax literal)
        => literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression);

    private static void AppendInterpolated(InterpolatedStringExpressionSyntax interpolated, StringBuilder builder)
    {
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax textPart)
            {
                builder.Append(textPart.TextToken.ValueText);
            }
            else
            {
                builder.Append(HostName.Hole);
            }
        }
    }

    /// <summary>
    /// XML namespaces look like URLs (S3's own is <c>http://s3.amazonaws.com/doc/2006-03-01/</c>) but are
    /// names, not endpoints: a value given to a parameter, attribute argument or member called
    /// "namespace"/"ns"/"xmlns", or converted to <c>XNamespace</c>. Asked only once a provider matched.
    /// </summary>
    private static bool IsXmlNamespace(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var expression = node;
        while (expression.Parent is ParenthesizedExpressionSyntax)
        {
            expression = expression.Parent;
        }

        switch (expression.Parent)
        {
            case AttributeArgumentSyntax attributeArgument:
                var name = attributeArgument.NameEquals?.Name.Identifier.ValueText ?? attributeArgument.NameColon?.Name.Identifier.ValueText;
                if (name is null && model.GetOperation(attributeArgument, cancellationToken) is IArgumentOperation { Parameter: { } attributeParameter })
                {
                    name = attributeParameter.Name;
                }

                if (IsNamespaceName(name))
                {
                    return true;
                }

                break;
            case ArgumentSyntax argument:
                if (model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter } && IsNamespaceName(parameter.Name))
                {
                    return true;
                }

                break;
            case AssignmentExpressionSyntax assignment when assignment.Right == expression:
                var target = assignment.Left switch
                {
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => null,
                };
                if (IsNamespaceName(target))
                {
                    return true;
                }

                break;
        }

        if (IsStringDeclaration(expression.Parent))
        {
            return false; // "string x = ..." or "var x = ...": converted to nothing else, no binding needed
        }

        var converted = model.GetTypeInfo(expression, cancellationToken).ConvertedType;
        return converted is { Name: "XNamespace" or "XmlQualifiedName" };
    }

    /// <summary>The initialiser of a variable, constant, field or property declared <c>string</c> (or <c>var</c>).</summary>
    private static bool IsStringDeclaration(SyntaxNode? parent)
    {
        if (parent is not EqualsValueClauseSyntax equals)
        {
            return false;
        }

        var type = equals.Parent switch
        {
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
            PropertyDeclarationSyntax property => property.Type,
            _ => null,
        };
        if (type is NullableTypeSyntax nullable)
        {
            type = nullable.ElementType;
        }

        return (type is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.StringKeyword))
            || (type is IdentifierNameSyntax { IsVar: true } && equals.Parent?.Parent is VariableDeclarationSyntax);
    }

    private static bool IsNamespaceName(string? name)
        => name is not null
           && (name.IndexOf("namespace", StringComparison.OrdinalIgnoreCase) >= 0
               || string.Equals(name, "ns", StringComparison.OrdinalIgnoreCase)
               || string.Equals(name, "xmlns", StringComparison.OrdinalIgnoreCase));
}
