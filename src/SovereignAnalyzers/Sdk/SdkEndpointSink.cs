using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// Tells SOV0001 that a string is the endpoint a cloud SDK client is built with (a constructor or
/// factory argument, a value assigned to <c>ServiceURL</c>/<c>Endpoint</c>/<c>Dsn</c>…, directly or
/// through a local), so that the client's SOV0002 covers it and the literal is not reported twice.
/// Asked only after SOV0001 found a disallowed endpoint; it resolves the decision points of the enclosing
/// member with the same resolver as SOV0002, once per member body: a body with N endpoint strings and
/// N clients costs N resolutions, not N × N.
/// </summary>
internal static class SdkEndpointSink
{
    // Per body (the root operation, shared by every node of the body through the semantic model's cache).
    private static readonly ConditionalWeakTable<IOperation, StrongBox<ClientEndpoints?>> EndpointsByBody = new();

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

        var cached = EndpointsByBody.GetValue(root, _ => new StrongBox<ClientEndpoints?>());
        var endpoints = Volatile.Read(ref cached.Value);
        if (endpoints is null || endpoints.Hosts != hosts)
        {
            endpoints = new ClientEndpoints(hosts, EndpointsOf(root, symbols, hosts, cancellationToken));
            Volatile.Write(ref cached.Value, endpoints);
        }

        // A client's deciding expression contains the string when it is the string or one of its ancestors.
        for (var current = node; current is not null; current = current.Parent)
        {
            if (endpoints.Spans.Contains(current.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The spans, in the body's own file, of the expressions that decide the target of a client the body builds.</summary>
    private static HashSet<TextSpan> EndpointsOf(IOperation root, SdkSymbols symbols, HostIndex hosts, CancellationToken cancellationToken)
    {
        var spans = new HashSet<TextSpan>();
        foreach (var candidate in root.Descendants())
        {
            if (candidate is not (IObjectCreationOperation or IInvocationOperation) || SdkDecision.From(candidate, symbols) is not { } decision)
            {
                continue;
            }

            foreach (var target in SdkTargetResolver.Resolve(decision, hosts, cancellationToken))
            {
                if (target.Outcome == SdkTargetOutcome.Resolved && target.Source is { } source && source.Syntax.SyntaxTree == root.Syntax.SyntaxTree)
                {
                    spans.Add(source.Syntax.Span);
                }
            }
        }

        return spans;
    }

    private sealed class ClientEndpoints
    {
        public ClientEndpoints(HostIndex hosts, HashSet<TextSpan> spans)
        {
            Hosts = hosts;
            Spans = spans;
        }

        public HostIndex Hosts { get; }

        public HashSet<TextSpan> Spans { get; }
    }
}
