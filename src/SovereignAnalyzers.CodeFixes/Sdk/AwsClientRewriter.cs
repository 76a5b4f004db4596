using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.CodeFixes.Sdk;

/// <summary>
/// Points an AWS SDK client created with <c>new</c> at an S3-compatible (or otherwise AWS-compatible)
/// endpoint: its config object gets <c>ServiceURL</c>, <c>ForcePathStyle = true</c> where the store
/// needs it, and the checksum settings that stores other than AWS need with current SDKs
/// (<c>WHEN_REQUIRED</c>, set only where the referenced SDK has them). The region argument or the
/// <c>RegionEndpoint</c> setting that decided the target is replaced; credentials, other arguments and
/// other settings stay. Types are written qualified, then simplified, with a <c>using</c> added where
/// needed, and the result formatted.
/// </summary>
internal static class AwsClientRewriter
{
    private const string RegionEndpointType = "Amazon.RegionEndpoint";
    private const string ClientConfigType = "Amazon.Runtime.ClientConfig";
    private const string ServiceUrl = "ServiceURL";
    private const string ForcePathStyle = "ForcePathStyle";
    private const string RegionEndpoint = "RegionEndpoint";
    private static readonly string[] ChecksumSettings = { "RequestChecksumCalculation", "ResponseChecksumValidation" };
    private const string WhenRequired = "WHEN_REQUIRED";

    /// <summary>The document with the client at <paramref name="clientSpan"/> rewritten; null when this form of creation is not one it can rewrite faithfully.</summary>
    public static async Task<Document?> RewriteAsync(Document document, TextSpan clientSpan, string serviceUrl, bool pathStyle, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var creation = root.FindNode(clientSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault(n => n.Span == clientSpan)
            ?? root.FindNode(clientSpan).DescendantNodesAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault(n => n.Span == clientSpan);
        if (creation is null || model.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor)
        {
            return null;
        }

        var compilation = model.Compilation;
        var regionType = compilation.GetTypeByMetadataName(RegionEndpointType);
        var configBase = compilation.GetTypeByMetadataName(ClientConfigType);
        if (configBase is null)
        {
            return null;
        }

        var arguments = creation.ArgumentList?.Arguments ?? default;
        var parameters = constructor.Parameters;
        if (arguments.Count != parameters.Length || arguments.Any(a => a.NameColon is not null))
        {
            return null; // named or optional arguments: positions would not say which argument is which
        }

        // 1. A config object written in place: complete its initialiser.
        for (var i = 0; i < arguments.Count && i < parameters.Length; i++)
        {
            if (DerivesFrom(parameters[i].Type, configBase) && arguments[i].Expression is BaseObjectCreationExpressionSyntax configCreation)
            {
                var type = (INamedTypeSymbol)parameters[i].Type;
                var replacement = CompleteInitializer(configCreation, type, serviceUrl, pathStyle);
                return await SyntaxEdits.FinishAsync(document, root.ReplaceNode(configCreation, replacement), cancellationToken).ConfigureAwait(false);
            }
        }

        if (parameters.Any(p => DerivesFrom(p.Type, configBase)))
        {
            return null; // a config held in a variable or built elsewhere: not rewritten here
        }

        // 2. A region argument: the overload taking the client's config in its place.
        // 3. No region (the SDK's default): the overload taking the config after the same arguments.
        var regionIndex = -1;
        for (var i = 0; i < parameters.Length && regionType is not null; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(parameters[i].Type, regionType))
            {
                regionIndex = i;
                break;
            }
        }

        var clientType = constructor.ContainingType;
        foreach (var candidate in clientType.InstanceConstructors)
        {
            var expected = candidate.Parameters;
            var configIndex = regionIndex >= 0 ? regionIndex : parameters.Length;
            if (expected.Length != (regionIndex >= 0 ? parameters.Length : parameters.Length + 1)
                || candidate.DeclaredAccessibility != Accessibility.Public
                || !DerivesFrom(expected[configIndex].Type, configBase)
                || !SameParametersExcept(parameters, expected, configIndex, regionIndex >= 0))
            {
                continue;
            }

            var configType = (INamedTypeSymbol)expected[configIndex].Type;
            var config = NewConfig(configType, serviceUrl, pathStyle);
            SyntaxNode newCreation;
            if (regionIndex >= 0)
            {
                var argument = arguments[regionIndex];
                newCreation = creation.ReplaceNode(argument, argument.WithExpression(config.WithTriviaFrom(argument.Expression)));
            }
            else
            {
                var list = creation.ArgumentList ?? SyntaxFactory.ArgumentList();
                var newList = list.WithArguments(list.Arguments.Add(SyntaxFactory.Argument(config)));
                newCreation = creation is ObjectCreationExpressionSyntax explicitCreation && explicitCreation.ArgumentList is null
                    ? explicitCreation.WithType(explicitCreation.Type.WithoutTrailingTrivia()).WithArgumentList(newList.WithTrailingTrivia(explicitCreation.Type.GetTrailingTrivia()))
                    : creation.WithArgumentList(newList);
            }

            return await SyntaxEdits.FinishAsync(document, root.ReplaceNode(creation, newCreation), cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private static bool SameParametersExcept(IReadOnlyList<IParameterSymbol> actual, IReadOnlyList<IParameterSymbol> candidate, int index, bool replaced)
    {
        var offset = 0;
        for (var i = 0; i < candidate.Count; i++)
        {
            if (i == index)
            {
                if (!replaced)
                {
                    offset = -1;
                }

                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(actual[i + offset].Type, candidate[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The config's existing initialiser without its region, plus the settings that point it at the endpoint.</summary>
    private static BaseObjectCreationExpressionSyntax CompleteInitializer(BaseObjectCreationExpressionSyntax creation, INamedTypeSymbol configType, string serviceUrl, bool pathStyle)
    {
        var kept = new List<ExpressionSyntax>();
        var present = new HashSet<string>();
        foreach (var expression in creation.Initializer?.Expressions ?? default)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name })
            {
                if (name.Identifier.ValueText is RegionEndpoint or ServiceUrl)
                {
                    continue;
                }

                present.Add(name.Identifier.ValueText);
            }

            kept.Add(expression.WithoutTrivia());
        }

        kept.AddRange(Settings(configType, serviceUrl, pathStyle, present));
        return creation.WithInitializer(SyntaxEdits.ObjectInitializer(kept)).WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static ObjectCreationExpressionSyntax NewConfig(INamedTypeSymbol configType, string serviceUrl, bool pathStyle)
    {
        var settings = Settings(configType, serviceUrl, pathStyle, new HashSet<string>());
        var initializer = SyntaxEdits.ObjectInitializer(settings);
        return SyntaxFactory.ObjectCreationExpression(SyntaxEdits.TypeName(configType))
            .WithArgumentList(null)
            .WithInitializer(initializer)
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static List<ExpressionSyntax> Settings(INamedTypeSymbol configType, string serviceUrl, bool pathStyle, HashSet<string> present)
    {
        var settings = new List<ExpressionSyntax>
        {
            SyntaxEdits.Assign(ServiceUrl, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(serviceUrl))),
        };
        if (pathStyle && !present.Contains(ForcePathStyle) && SyntaxEdits.FindProperty(configType, ForcePathStyle) is not null)
        {
            settings.Add(SyntaxEdits.Assign(ForcePathStyle, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)));
        }

        foreach (var name in ChecksumSettings)
        {
            if (!present.Contains(name) && SyntaxEdits.FindProperty(configType, name)?.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
                && enumType.GetMembers(WhenRequired).Length > 0)
            {
                settings.Add(SyntaxEdits.Assign(name, SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxEdits.TypeName(enumType), SyntaxFactory.IdentifierName(WhenRequired))));
            }
        }

        return settings;
    }

    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol baseType)
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
}
