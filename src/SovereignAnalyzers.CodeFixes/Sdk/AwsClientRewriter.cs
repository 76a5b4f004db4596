using System;
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
    private const string RegionEndpoint = "RegionEndpoint";

    /// <summary>
    /// The document with the client at <paramref name="clientSpan"/> rewritten — or, when the client takes a config
    /// built elsewhere, the document where that config's region is written (<paramref name="decidedAt"/>, the
    /// finding's deciding expression); null when this form of creation is not one it can rewrite faithfully.
    /// </summary>
    public static async Task<Document?> RewriteAsync(Document document, TextSpan clientSpan, DecidingWrite? decidedAt, string serviceUrl, bool pathStyle, CancellationToken cancellationToken)
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
                var unused = RegionNamespaces(configCreation, model, cancellationToken);
                return await FinishAsync(document, root.ReplaceNode(configCreation, replacement), unused, cancellationToken).ConfigureAwait(false);
            }
        }

        if (parameters.Any(p => DerivesFrom(p.Type, configBase)))
        {
            // A config held in a variable or built elsewhere: rewritten where its region is written, or, with
            // no region (the SDK's default), where the local variable it is held in is created.
            return decidedAt is { } write
                ? await RewriteRegionWriteAsync(write.Document, write.Span, serviceUrl, pathStyle, cancellationToken).ConfigureAwait(false)
                : await CompleteLocalConfigAsync(document, root, model, arguments, parameters, configBase, serviceUrl, pathStyle, cancellationToken).ConfigureAwait(false);
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
            var unused = regionIndex >= 0 ? ImportCleanup.NamespacesNamedBy(arguments[regionIndex].Expression, model, cancellationToken) : System.Array.Empty<string>();
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

            return await FinishAsync(document, root.ReplaceNode(creation, newCreation), unused, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>
    /// A config's region written apart from the client: <c>new AmazonS3Config { RegionEndpoint = … }</c> (in a
    /// variable's initialiser, a field, anywhere) gets the settings in place of the region;
    /// <c>config.RegionEndpoint = …;</c> becomes one assignment per setting on the same config. Null when the
    /// expression at <paramref name="regionSpan"/> is not the value of a config's <c>RegionEndpoint</c>, or when
    /// the statement cannot become several (an <c>if</c> without braces) or its target would be evaluated again
    /// (anything but a variable, field or property of <c>this</c>).
    /// </summary>
    private static async Task<Document?> RewriteRegionWriteAsync(Document document, TextSpan regionSpan, string serviceUrl, bool pathStyle, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var configBase = model?.Compilation.GetTypeByMetadataName(ClientConfigType);
        if (root is null || model is null || configBase is null || regionSpan.End > root.FullSpan.End)
        {
            return null;
        }

        var region = root.FindNode(regionSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<ExpressionSyntax>().FirstOrDefault(n => n.Span == regionSpan);
        if (region?.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != region || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            || model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is not IPropertySymbol { Name: RegionEndpoint } property
            || !DerivesFrom(property.ContainingType, configBase))
        {
            return null;
        }

        var unused = ImportCleanup.NamespacesNamedBy(region, model, cancellationToken);
        if (assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation }
            && model.GetTypeInfo(creation, cancellationToken).Type is INamedTypeSymbol createdType && DerivesFrom(createdType, configBase))
        {
            var replacement = CompleteInitializer(creation, createdType, serviceUrl, pathStyle);
            return await FinishAsync(document, root.ReplaceNode(creation, replacement), unused, cancellationToken).ConfigureAwait(false);
        }

        if (assignment.Parent is not ExpressionStatementSyntax statement || assignment.Left is not MemberAccessExpressionSyntax { Expression: var receiver }
            || !IsStableReceiver(receiver) || model.GetTypeInfo(receiver, cancellationToken).Type is not INamedTypeSymbol receiverType
            || !DerivesFrom(receiverType, configBase))
        {
            return null;
        }

        var receiverSymbol = model.GetSymbolInfo(receiver, cancellationToken).Symbol;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sibling in statement.Parent?.ChildNodes().OfType<StatementSyntax>() ?? Enumerable.Empty<StatementSyntax>())
        {
            if (sibling is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax written } }
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(written.Expression, cancellationToken).Symbol, receiverSymbol))
            {
                present.Add(written.Name.Identifier.ValueText);
            }
        }

        var statements = Settings(receiverType, serviceUrl, pathStyle, present)
            .Select(setting => (StatementSyntax)SyntaxFactory.ExpressionStatement(((AssignmentExpressionSyntax)setting).WithLeft(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver.WithoutTrivia(), (SimpleNameSyntax)((AssignmentExpressionSyntax)setting).Left))))
            .Select(s => s.WithAdditionalAnnotations(Formatter.Annotation))
            .ToList();
        statements[0] = statements[0].WithLeadingTrivia(statement.GetLeadingTrivia());
        statements[statements.Count - 1] = statements[statements.Count - 1].WithTrailingTrivia(statement.GetTrailingTrivia());
        SyntaxNode newRoot;
        switch (statement.Parent)
        {
            case BlockSyntax or SwitchSectionSyntax:
                newRoot = root.ReplaceNode(statement, statements);
                break;
            case GlobalStatementSyntax global:
                newRoot = root.ReplaceNode(global, statements.Select(s => SyntaxFactory.GlobalStatement(s)));
                break;
            default:
                return null;
        }

        return await FinishAsync(document, newRoot, unused, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>var config = new AmazonS3Config { … }; new AmazonS3Client(config)</c> with no region anywhere: the local's
    /// initialiser gets the settings. Null when the config is not such a local of this document, or when a later
    /// statement sets its <c>RegionEndpoint</c> or <c>ServiceURL</c> (the SDK keeps only the last of the two).
    /// </summary>
    private static async Task<Document?> CompleteLocalConfigAsync(Document document, SyntaxNode root, SemanticModel model, SeparatedSyntaxList<ArgumentSyntax> arguments, IReadOnlyList<IParameterSymbol> parameters, INamedTypeSymbol configBase, string serviceUrl, bool pathStyle, CancellationToken cancellationToken)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!DerivesFrom(parameters[i].Type, configBase) || arguments[i].Expression is not IdentifierNameSyntax identifier
                || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not ILocalSymbol local || local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation } declarator
                || declarator.SyntaxTree != root.SyntaxTree
                || model.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol configType || !DerivesFrom(configType, configBase))
            {
                continue;
            }

            var body = declarator.Ancestors().FirstOrDefault(n => n is BlockSyntax or ArrowExpressionClauseSyntax or CompilationUnitSyntax) ?? root;
            var endpointWrittenLater = body.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a =>
                a.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: RegionEndpoint or ServiceUrl } written
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(written.Expression, cancellationToken).Symbol, local));
            if (endpointWrittenLater)
            {
                return null;
            }

            var replacement = CompleteInitializer(creation, configType, serviceUrl, pathStyle);
            return await FinishAsync(document, root.ReplaceNode(creation, replacement), RegionNamespaces(creation, model, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>A target that names the same object each time it is written: a variable, a parameter, a field or property of <c>this</c>.</summary>
    private static bool IsStableReceiver(ExpressionSyntax receiver)
        => receiver is IdentifierNameSyntax
           || receiver is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax, Name: IdentifierNameSyntax };

    /// <summary>The namespaces a config's <c>RegionEndpoint</c> setting names, which the rewrite may leave unused.</summary>
    private static List<string> RegionNamespaces(BaseObjectCreationExpressionSyntax configCreation, SemanticModel model, CancellationToken cancellationToken)
    {
        var namespaces = new List<string>();
        foreach (var expression in configCreation.Initializer?.Expressions ?? default)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: RegionEndpoint } } assignment)
            {
                namespaces.AddRange(ImportCleanup.NamespacesNamedBy(assignment.Right, model, cancellationToken));
            }
        }

        return namespaces;
    }

    private static async Task<Document> FinishAsync(Document document, SyntaxNode root, IReadOnlyCollection<string> maybeUnused, CancellationToken cancellationToken)
    {
        var finished = await SyntaxEdits.FinishAsync(document, root, cancellationToken).ConfigureAwait(false);
        return await ImportCleanup.RemoveUnusedAsync(finished, maybeUnused, cancellationToken).ConfigureAwait(false);
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
        foreach (var setting in StoreSetting.For(configType, pathStyle))
        {
            if (!present.Contains(setting.Name))
            {
                settings.Add(SyntaxEdits.Assign(setting.Name, setting.EnumType is { } enumType
                    ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxEdits.TypeName(enumType), SyntaxFactory.IdentifierName(StoreSetting.WhenRequired))
                    : SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)));
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
