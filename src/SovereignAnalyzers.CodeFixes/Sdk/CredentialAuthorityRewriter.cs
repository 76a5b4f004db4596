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
/// Moves the credential a client is created with to another sign-in authority, with the client: a credential
/// written in place (<c>new DefaultAzureCredential()</c>, <c>new ClientSecretCredential(tenant, id, secret)</c>)
/// gets options whose <c>AuthorityHost</c> is the authority member the SDK catalog names for the provider
/// (<c>AzureAuthorityHosts.AzureBleuCloud</c>), through the constructor overload that takes the same arguments and
/// its options; options written in place get the setting. Null when the referenced SDK does not define the member
/// (Azure.Core before 1.61), when the credential is not written in place, or when no such overload exists.
/// </summary>
internal static class CredentialAuthorityRewriter
{
    private const string TokenCredentialType = "Azure.Core.TokenCredential";
    private const string CredentialOptionsType = "Azure.Identity.TokenCredentialOptions";
    private const string AuthorityHost = "AuthorityHost";

    /// <param name="authorityMember">Type metadata name, a dot, and the static member: <c>Azure.Identity.AzureAuthorityHosts.AzureBleuCloud</c>.</param>
    public static async Task<Document?> RewriteAsync(Document document, TextSpan clientSpan, string authorityMember, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var dot = authorityMember.LastIndexOf('.');
        if (root is null || model is null || dot <= 0)
        {
            return null;
        }

        var compilation = model.Compilation;
        var authorityType = compilation.GetTypeByMetadataName(authorityMember.Substring(0, dot));
        var memberName = authorityMember.Substring(dot + 1);
        var credentialBase = compilation.GetTypeByMetadataName(TokenCredentialType);
        var optionsBase = compilation.GetTypeByMetadataName(CredentialOptionsType);
        if (authorityType is null || credentialBase is null || optionsBase is null
            || !authorityType.GetMembers(memberName).Any(m => m.IsStatic && m.DeclaredAccessibility == Accessibility.Public))
        {
            return null;
        }

        var client = root.FindNode(clientSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault(n => n.Span == clientSpan);
        foreach (var argument in client?.ArgumentList?.Arguments ?? default)
        {
            if (argument.Expression is not BaseObjectCreationExpressionSyntax credential
                || model.GetSymbolInfo(credential, cancellationToken).Symbol is not IMethodSymbol constructor
                || !SyntaxEdits.DerivesFrom(constructor.ContainingType, credentialBase))
            {
                continue;
            }

            var authority = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxEdits.TypeName(authorityType), SyntaxFactory.IdentifierName(memberName));
            if (Rewrite(credential, constructor, authority, optionsBase, model, cancellationToken) is not { } replacement)
            {
                return null;
            }

            return await SyntaxEdits.FinishAsync(document, root.ReplaceNode(credential, replacement.WithAdditionalAnnotations(Formatter.Annotation)), cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private static BaseObjectCreationExpressionSyntax? Rewrite(BaseObjectCreationExpressionSyntax credential, IMethodSymbol constructor, ExpressionSyntax authority, INamedTypeSymbol optionsBase, SemanticModel model, CancellationToken cancellationToken)
    {
        var arguments = credential.ArgumentList?.Arguments ?? default;
        var setting = SyntaxEdits.Assign(AuthorityHost, authority);

        // Options written in place: their AuthorityHost is replaced.
        foreach (var argument in arguments)
        {
            if (argument.Expression is BaseObjectCreationExpressionSyntax options && model.GetTypeInfo(options, cancellationToken).Type is INamedTypeSymbol optionsType
                && SyntaxEdits.DerivesFrom(optionsType, optionsBase))
            {
                var kept = (options.Initializer?.Expressions ?? default)
                    .Where(e => e is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: AuthorityHost } })
                    .Select(e => e.WithoutTrivia())
                    .ToList();
                kept.Add(setting);
                return credential.ReplaceNode(options, options.WithInitializer(SyntaxEdits.ObjectInitializer(kept)));
            }
        }

        if (arguments.Any(a => a.NameColon is not null) || arguments.Count > constructor.Parameters.Length)
        {
            return null; // named arguments or a params array: positions would not say which overload to take
        }

        // Otherwise the overload taking the arguments given (optional parameters left out keep their defaults in
        // the options) and the credential's options last: new DefaultAzureCredential() → (DefaultAzureCredentialOptions).
        var given = constructor.Parameters.Take(arguments.Count).Select(p => p.Type).ToList();
        foreach (var candidate in constructor.ContainingType.InstanceConstructors)
        {
            var parameters = candidate.Parameters;
            if (candidate.DeclaredAccessibility != Accessibility.Public || parameters.Length != given.Count + 1
                || parameters[parameters.Length - 1].Type is not INamedTypeSymbol optionsType || !SyntaxEdits.DerivesFrom(optionsType, optionsBase)
                || !given.SequenceEqual(parameters.Take(given.Count).Select(p => p.Type), SymbolEqualityComparer.Default))
            {
                continue;
            }

            var options = SyntaxFactory.ObjectCreationExpression(SyntaxEdits.TypeName(optionsType))
                .WithArgumentList(null)
                .WithInitializer(SyntaxEdits.ObjectInitializer(new List<ExpressionSyntax> { setting }));
            return SyntaxEdits.AppendArgument(credential, options);
        }

        return null;
    }
}
