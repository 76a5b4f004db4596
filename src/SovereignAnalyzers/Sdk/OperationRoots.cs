using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// Reading an operation for what it is made of: conversions and parentheses unwrapped, the local or
/// parameter at the root of a member access or fluent chain, the local a value is stored in.
/// </summary>
internal static class OperationRoots
{
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                    return lambda;
                default:
                    return operation;
            }
        }
    }

    public static bool IsNull(IOperation operation)
        => operation is IDefaultValueOperation || operation.ConstantValue is { HasValue: true, Value: null };

    /// <summary>The local at the root of <c>a.B.C</c> or of a fluent chain <c>a.WithX().WithY()</c>.</summary>
    public static ILocalSymbol? RootLocal(IOperation? operation) => RootOf(operation) is ILocalReferenceOperation local ? local.Local : null;

    /// <summary>The operation at the root of <c>a.B.C</c> or of a fluent chain <c>a.WithX().WithY()</c>; null past 32 links.</summary>
    public static IOperation? RootOf(IOperation? operation)
    {
        for (var depth = 0; operation is not null && depth < 32; depth++)
        {
            operation = Unwrap(operation);
            switch (operation)
            {
                case IPropertyReferenceOperation { Instance: { } instance }:
                    operation = instance;
                    break;
                case IFieldReferenceOperation { Instance: { } instance }:
                    operation = instance;
                    break;
                case IInvocationOperation invocation when SdkDecision.ReceiverOf(invocation) is { } receiver:
                    operation = receiver;
                    break;
                default:
                    return operation;
            }
        }

        return null;
    }

    /// <summary>The local a value is stored in (<c>var client = new ...</c>, <c>client = new ...</c>), or null.</summary>
    public static ILocalSymbol? LocalHolding(IOperation value)
    {
        var current = value;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        return current.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == current => target.Local,
            _ => null,
        };
    }

    /// <summary>True when <paramref name="invocation"/> receives <paramref name="local"/> (or a chain rooted in it) as an argument or as its instance.</summary>
    public static bool PassesLocal(IInvocationOperation invocation, ILocalSymbol local)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (RootLocal(argument.Value) is { } passed && SymbolEqualityComparer.Default.Equals(passed, local))
            {
                return true;
            }
        }

        return invocation.Instance is not null && RootLocal(invocation.Instance) is { } receiver && SymbolEqualityComparer.Default.Equals(receiver, local);
    }

    /// <summary>True when an argument of <paramref name="invocation"/> is rooted in one of <paramref name="parameters"/>.</summary>
    public static bool PassesParameter(IInvocationOperation invocation, ImmutableArray<IParameterSymbol> parameters)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (IsParameter(RootOf(argument.Value), parameters))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="operation"/> reads one of <paramref name="parameters"/>.</summary>
    public static bool IsParameter(IOperation? operation, ImmutableArray<IParameterSymbol> parameters)
    {
        if (operation is not IParameterReferenceOperation reference)
        {
            return false;
        }

        foreach (var parameter in parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                return true;
            }
        }

        return false;
    }
}
