using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// A place where a cloud SDK client's target is decided: a client construction, a factory or builder
/// call, or a DI registration.
/// </summary>
internal sealed class SdkDecision
{
    private SdkDecision(SdkFamilySymbols family, SdkDecisionKind kind, IOperation operation, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments, IObjectOrCollectionInitializerOperation? initializer, IOperation? receiver, ITypeSymbol? clientType, string clientName)
    {
        Family = family;
        Kind = kind;
        Operation = operation;
        Method = method;
        Arguments = arguments;
        Initializer = initializer;
        Receiver = receiver;
        ClientType = clientType;
        ClientName = clientName;
    }

    public SdkFamilySymbols Family { get; }

    public SdkDecisionKind Kind { get; }

    public IOperation Operation { get; }

    /// <summary>The constructor or method called.</summary>
    public IMethodSymbol? Method { get; }

    public ImmutableArray<IArgumentOperation> Arguments { get; }

    public IObjectOrCollectionInitializerOperation? Initializer { get; }

    /// <summary>For a builder call: the builder (instance, or first argument of an extension method).</summary>
    public IOperation? Receiver { get; }

    /// <summary>The client type, when known (used to find the service's endpoint prefix).</summary>
    public ITypeSymbol? ClientType { get; }

    /// <summary>What the message calls the client, e.g. <c>AmazonS3Client</c> or <c>SentrySdk.Init</c>.</summary>
    public string ClientName { get; }

    /// <summary>The decision <paramref name="operation"/> makes, or null when it is not one (the common case, answered from caches).</summary>
    public static SdkDecision? From(IOperation operation, SdkSymbols symbols)
    {
        // Kind first: a property read is cheaper than testing the object against operation interfaces.
        switch (operation.Kind == OperationKind.ObjectCreation || operation.Kind == OperationKind.Invocation ? operation : null)
        {
            case IObjectCreationOperation creation:
                if (symbols.ClientFamily(creation.Type) is not { } family || creation.Constructor is null || IsDerivedClient(creation.Constructor, family, symbols))
                {
                    return null;
                }

                return new SdkDecision(family, SdkDecisionKind.Creation, creation, creation.Constructor, creation.Arguments, creation.Initializer, null, creation.Type, creation.Type!.Name);

            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (symbols.MethodRule(method) is not { } match)
                {
                    return null;
                }

                IOperation? receiver = null;
                if (match.Kind == SdkDecisionKind.Builder)
                {
                    receiver = ReceiverOf(invocation);
                    if (receiver is null)
                    {
                        return null;
                    }
                }

                var clientType = ClientTypeOf(method, symbols);
                return new SdkDecision(match.Family, match.Kind, invocation, method, invocation.Arguments, null, receiver, clientType, clientType?.Name ?? (match.Kind == SdkDecisionKind.Registration ? method.Name : method.ContainingType.Name + "." + method.Name));

            default:
                return null;
        }
    }

    /// <summary>
    /// A client built from another client (<c>new BlobLeaseClient(blobClient)</c>, <c>new CustomerService(stripeClient)</c>)
    /// inherits its target, decided where that client was built.
    /// </summary>
    private static bool IsDerivedClient(IMethodSymbol constructor, SdkFamilySymbols family, SdkSymbols symbols)
    {
        var fromClient = false;
        foreach (var parameter in constructor.Parameters)
        {
            if (family.ParameterRule(parameter) is not null || family.IsConfigType(parameter.Type))
            {
                return false;
            }

            fromClient |= symbols.ClientFamily(parameter.Type) is not null;
        }

        return fromClient;
    }

    /// <summary>The receiver of a call: its instance, or the first argument of an extension method.</summary>
    public static IOperation? ReceiverOf(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance)
        {
            return instance;
        }

        if (invocation.TargetMethod.IsExtensionMethod)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0)
                {
                    return argument.Value;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The client a factory, builder or registration produces: a method type argument that is a client
    /// or interface of the family (<c>AddAWSService&lt;IAmazonS3&gt;</c>), else the returned client
    /// (unwrapping <c>Task&lt;T&gt;</c> and <c>IAzureClientBuilder&lt;TClient, TOptions&gt;</c>).
    /// </summary>
    private static ITypeSymbol? ClientTypeOf(IMethodSymbol method, SdkSymbols symbols)
    {
        foreach (var argument in method.TypeArguments)
        {
            if (symbols.ClientFamily(argument) is not null || (argument.TypeKind == TypeKind.Interface && symbols.IsSdkAssembly(argument.ContainingAssembly)))
            {
                return argument;
            }
        }

        var returned = method.ReturnType;
        if (symbols.ClientFamily(returned) is not null)
        {
            return returned;
        }

        if (returned is INamedTypeSymbol { IsGenericType: true } generic)
        {
            foreach (var argument in generic.TypeArguments)
            {
                if (symbols.ClientFamily(argument) is not null || (argument.TypeKind == TypeKind.Interface && symbols.IsSdkAssembly(argument.ContainingAssembly)))
                {
                    return argument;
                }
            }
        }

        return returned.TypeKind == TypeKind.Interface && symbols.IsSdkAssembly(returned.ContainingAssembly) ? returned : null;
    }
}
