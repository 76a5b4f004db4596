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
/// Points a client registered with <c>services.AddAWSService&lt;IAmazonS3&gt;(new AWSOptions { … })</c>
/// (AWSSDK.Extensions.NETCore.Setup) at an S3-compatible endpoint, through the options the registration
/// itself is given: <c>DefaultClientConfig.ServiceURL</c>, and the service's own settings
/// (<c>ForcePathStyle</c>, the checksum settings) through <c>DefaultClientConfig.ServiceSpecificSettings</c>,
/// which the package applies by name to the service's config (it has no typed property for them). The
/// region goes; profile, credentials and other settings stay. Options that other registrations may share
/// (a variable used elsewhere, <c>AddDefaultAWSOptions</c>) and registrations without options (adding
/// options would override the application's defaults and configuration) are not rewritten.
/// </summary>
internal static class AwsOptionsRewriter
{
    private const string AwsOptionsType = "Amazon.Extensions.NETCore.Setup.AWSOptions";
    private const string DefaultClientConfig = "DefaultClientConfig";
    private const string ServiceUrl = "ServiceURL";
    private const string ServiceSpecificSettings = "ServiceSpecificSettings";
    private const string Region = "Region";

    public static async Task<Document?> RewriteAsync(Document document, TextSpan registrationSpan, string serviceUrl, bool pathStyle, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var optionsType = model?.Compilation.GetTypeByMetadataName(AwsOptionsType);
        if (root is null || model is null || optionsType is null)
        {
            return null;
        }

        var invocation = root.FindNode(registrationSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(n => n.Span == registrationSpan);
        if (invocation is null || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { TypeArguments.Length: 1 } method
            || method.TypeArguments[0] is not INamedTypeSymbol serviceInterface
            || ServiceConfigType(model.Compilation, serviceInterface) is not { } configType
            || OptionsArgument(invocation, method, optionsType) is not { } argument
            || OptionsCreation(argument, invocation, model, cancellationToken) is not { } creation
            || optionsType.GetMembers(DefaultClientConfig).OfType<IPropertySymbol>().FirstOrDefault()?.Type is not INamedTypeSymbol defaultConfigType
            || SyntaxEdits.FindProperty(defaultConfigType, ServiceUrl) is null)
        {
            return null;
        }

        // Applied by name, with the text parsed as the property's type ("true", an enum member's name).
        var serviceSettings = StoreSetting.For(configType, pathStyle)
            .Select(s => (s.Name, Value: s.EnumType is null ? "true" : StoreSetting.WhenRequired))
            .ToList();

        if (serviceSettings.Count > 0 && !defaultConfigType.GetMembers(ServiceSpecificSettings).OfType<IPropertySymbol>().Any())
        {
            return null; // an older package: the store's settings could not be given
        }

        var kept = new List<ExpressionSyntax>();
        var unused = new List<string>();
        InitializerExpressionSyntax? existingDefaults = null;
        foreach (var expression in creation.Initializer?.Expressions ?? default)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var name } } assignment)
            {
                if (name == Region)
                {
                    unused.AddRange(ImportCleanup.NamespacesNamedBy(assignment.Right, model, cancellationToken));
                    continue;
                }

                if (name == DefaultClientConfig)
                {
                    existingDefaults = assignment.Right as InitializerExpressionSyntax;
                    if (existingDefaults is null)
                    {
                        return null;
                    }

                    continue;
                }
            }

            kept.Add(expression.WithoutTrivia());
        }

        if (DefaultsInitializer(existingDefaults, serviceUrl, serviceSettings) is not { } defaults)
        {
            return null;
        }

        kept.Add(SyntaxEdits.Assign(DefaultClientConfig, defaults));
        var replacement = creation.WithInitializer(SyntaxEdits.ObjectInitializer(kept)).WithAdditionalAnnotations(Formatter.Annotation);
        var finished = await SyntaxEdits.FinishAsync(document, root.ReplaceNode(creation, replacement), cancellationToken).ConfigureAwait(false);
        return await ImportCleanup.RemoveUnusedAsync(finished, unused, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>{ …kept…, ServiceURL = "…", ServiceSpecificSettings = { ["ForcePathStyle"] = "true", … } }</c>; null when the existing one cannot be completed.</summary>
    private static InitializerExpressionSyntax? DefaultsInitializer(InitializerExpressionSyntax? existing, string serviceUrl, List<(string Name, string Value)> serviceSettings)
    {
        var settings = new List<ExpressionSyntax>();
        var entries = new List<ExpressionSyntax>();
        var presentKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var expression in existing?.Expressions ?? default)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var name } } assignment)
            {
                if (name == ServiceUrl)
                {
                    continue;
                }

                if (name == ServiceSpecificSettings)
                {
                    if (assignment.Right is not InitializerExpressionSyntax dictionary)
                    {
                        return null;
                    }

                    foreach (var entry in dictionary.Expressions)
                    {
                        if (entry is AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } keys } }
                            && keys[0].Expression is LiteralExpressionSyntax key)
                        {
                            presentKeys.Add(key.Token.ValueText);
                        }

                        entries.Add(entry.WithoutTrivia());
                    }

                    continue;
                }
            }

            settings.Add(expression.WithoutTrivia());
        }

        settings.Add(SyntaxEdits.Assign(ServiceUrl, Literal(serviceUrl)));
        foreach (var (name, value) in serviceSettings)
        {
            if (presentKeys.Add(name))
            {
                entries.Add(SyntaxFactory.AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    SyntaxFactory.ImplicitElementAccess(SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(Literal(name))))),
                    Literal(value)));
            }
        }

        if (entries.Count > 0)
        {
            settings.Add(SyntaxEdits.Assign(ServiceSpecificSettings, SyntaxEdits.ObjectInitializer(entries)));
        }

        return SyntaxEdits.ObjectInitializer(settings);
    }

    /// <summary>The config type the package creates for a service interface (<c>IAmazonS3</c> → <c>AmazonS3Config</c>, its naming rule).</summary>
    private static INamedTypeSymbol? ServiceConfigType(Compilation compilation, INamedTypeSymbol serviceInterface)
    {
        if (serviceInterface.TypeKind != TypeKind.Interface || serviceInterface.Name.Length < 2 || serviceInterface.Name[0] != 'I')
        {
            return null;
        }

        var ns = serviceInterface.ContainingNamespace.ToDisplayString();
        return compilation.GetTypeByMetadataName(ns + "." + serviceInterface.Name.Substring(1) + "Config");
    }

    private static ArgumentSyntax? OptionsArgument(InvocationExpressionSyntax invocation, IMethodSymbol method, INamedTypeSymbol optionsType)
    {
        var arguments = invocation.ArgumentList.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = arguments[i].NameColon is { } name
                ? method.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText)
                : i < method.Parameters.Length ? method.Parameters[i] : null;
            if (parameter is not null && SymbolEqualityComparer.Default.Equals(parameter.Type, optionsType))
            {
                return arguments[i];
            }
        }

        return null;
    }

    /// <summary>The options object the registration alone uses: created in place, or in a local variable read only there.</summary>
    private static BaseObjectCreationExpressionSyntax? OptionsCreation(ArgumentSyntax argument, InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.Expression is BaseObjectCreationExpressionSyntax inPlace)
        {
            return inPlace;
        }

        if (argument.Expression is not IdentifierNameSyntax identifier || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax declared } declarator)
        {
            return null;
        }

        var body = declarator.Ancestors().FirstOrDefault(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or CompilationUnitSyntax);
        var reads = body?.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Count(n => n.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, local));
        return reads == 1 && invocation.SyntaxTree == declarator.SyntaxTree ? declared : null;
    }

    private static LiteralExpressionSyntax Literal(string value)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
}
