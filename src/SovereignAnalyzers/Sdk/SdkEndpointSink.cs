using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// Tells SOV0001 that a string is the endpoint a cloud SDK client is built with (a constructor or
/// factory argument, a value assigned to <c>ServiceURL</c>/<c>Endpoint</c>/<c>Dsn</c>…, directly or
/// through a local), so that the client's SOV0002 covers it and the literal is not reported twice.
/// Asked only after SOV0001 found a disallowed endpoint, which is rare; it resolves the decision points
/// of the enclosing member with the same resolver as SOV0002.
/// </summary>
internal static class SdkEndpointSink
{
    public static bool IsSdkEndpoint(SemanticModel model, SyntaxNode node, HostIndex hosts, CancellationToken cancellationToken)
    {
        if (SdkSymbols.For(model.Compilation) is not { } symbols || model.GetOperation(node, cancellationToken) is not { } operation)
        {
            return false;
        }

        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var candidate in root.Descendants())
        {
            if (candidate is not (IObjectCreationOperation or IInvocationOperation) || SdkDecision.From(candidate, symbols) is not { } decision)
            {
                continue;
            }

            foreach (var target in SdkTargetResolver.Resolve(decision, hosts, cancellationToken))
            {
                if (target.Outcome == SdkTargetOutcome.Resolved && target.Source is { } source
                    && source.Syntax.SyntaxTree == node.SyntaxTree && source.Syntax.Span.Contains(node.Span))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
