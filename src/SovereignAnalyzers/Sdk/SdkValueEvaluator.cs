using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// The text a value given to an SDK setting stands for: constants, <c>new Uri("...")</c>, interpolations and
/// concatenations (with holes), locals, read-only fields and get-only properties initialised with a constant,
/// region members, and the branches of <c>?:</c>, <c>switch</c> expressions and <c>if</c>/<c>else</c>.
/// Anything else is a run-time value, never a guess.
/// </summary>
internal sealed class SdkValueEvaluator
{
    /// <summary>How many locals, branches and declarations are followed from one value.</summary>
    public const int MaxDepth = 4;

    private readonly SdkFamilySymbols _family;
    private readonly LocalWrites _locals;
    private readonly CancellationToken _cancellationToken;

    public SdkValueEvaluator(SdkFamilySymbols family, LocalWrites locals, CancellationToken cancellationToken)
    {
        _family = family;
        _locals = locals;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The value of <paramref name="value"/> for a setting of <paramref name="kind"/>; null when it sets nothing (<c>null</c>, <c>default</c>).</summary>
    public SdkValue? Evaluate(IOperation value, SdkValueKind kind, int depth)
    {
        value = OperationRoots.Unwrap(value);
        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value switch
            {
                null => null,
                string text => new SdkValue(kind, text, value, member: DeclaredMember(value)),
                _ => SdkValue.Runtime(kind, value),
            };
        }

        switch (value)
        {
            case IDefaultValueOperation:
                return null;
            case IObjectCreationOperation { Arguments.Length: > 0 } creation when creation.Type is { Name: "Uri", ContainingNamespace.Name: "System" }:
                return Evaluate(creation.Arguments[0].Value, kind, depth);
            case IInterpolatedStringOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                return ConstantText.TryFold(value, out var folded) ? new SdkValue(kind, folded, value) : SdkValue.Runtime(kind, value);
            case ILocalReferenceOperation local when depth < MaxDepth:
                return EvaluateLocal(local, kind, depth);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when depth < MaxDepth:
                return SdkValue.Either(kind, value, new List<SdkValue> { Branch(conditional.WhenTrue, kind, depth + 1), Branch(whenFalse, kind, depth + 1) });
            case ISwitchExpressionOperation switchExpression when depth < MaxDepth && switchExpression.Arms.Length > 0:
                var arms = new List<SdkValue>(switchExpression.Arms.Length);
                foreach (var arm in switchExpression.Arms)
                {
                    arms.Add(Branch(arm.Value, kind, depth + 1));
                }

                return SdkValue.Either(kind, value, arms);
            case IFieldReferenceOperation { Field.IsStatic: true } field when kind == SdkValueKind.Region && _family.IsRegionType(field.Field.ContainingType):
                return RegionMember(field.Field.Name, kind, value);
            case IPropertyReferenceOperation { Property.IsStatic: true } property when kind == SdkValueKind.Region && _family.IsRegionType(property.Property.ContainingType):
                return RegionMember(property.Property.Name, kind, value);
            case IInvocationOperation { Arguments.Length: > 0 } invocation when kind == SdkValueKind.Region
                && _family.IsRegionType(invocation.TargetMethod.ContainingType) && invocation.TargetMethod.Name == _family.Family.Regions?.Factory:
                return Evaluate(invocation.Arguments[0].Value, kind, depth);
            case IObjectCreationOperation wrapper when depth < MaxDepth && _family.IsFamilyType(wrapper.Type) && EndpointArgument(wrapper.Arguments) is { } wrapped:
                return Evaluate(wrapped, kind, depth + 1); // e.g. new MongoUrl("mongodb+srv://...")
            case IInvocationOperation { TargetMethod.IsStatic: true } parse when depth < MaxDepth && _family.IsFamilyMethod(parse.TargetMethod) && EndpointArgument(parse.Arguments) is { } parsed:
                return Evaluate(parsed, kind, depth + 1); // e.g. MongoClientSettings.FromConnectionString("...")
            case IFieldReferenceOperation { Field: { IsReadOnly: true, IsStatic: true } field }:
                return DeclaredInitializer(field, kind, value, depth);
            case IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } property }:
                return DeclaredInitializer(property, kind, value, depth);
            default:
                return SdkValue.Runtime(kind, value);
        }
    }

    /// <summary>The argument an SDK value type is built from when its parameter sets an endpoint or connection string.</summary>
    private IOperation? EndpointArgument(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue
                && _family.ParameterRule(parameter) is { Kind: SdkValueKind.Endpoint or SdkValueKind.ConnectionString })
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>A branch's value; a branch that sets nothing (<c>null</c>) leaves the SDK's default.</summary>
    private SdkValue Branch(IOperation branch, SdkValueKind kind, int depth)
        => Evaluate(branch, kind, depth) ?? new SdkValue(kind, null, branch);

    /// <summary>A local's value: its last write before the decision, or each branch's when that write is in an <c>if</c>/<c>else</c>.</summary>
    private SdkValue? EvaluateLocal(ILocalReferenceOperation local, SdkValueKind kind, int depth)
    {
        var write = _locals.LastWrite(local.Local, out var eachOf);
        if (write is null)
        {
            return SdkValue.Runtime(kind, local);
        }

        if (eachOf)
        {
            return EvaluateEach(write, kind, depth + 1, local);
        }

        if (_locals.EnclosingBranch(write) is not { } branching)
        {
            return Evaluate(write, kind, depth + 1);
        }

        // Written in one branch of an if: the other branch writes it too, or leaves the value it had before.
        var other = branching.WhenTrue.Syntax.Span.Contains(write.Syntax.Span) ? branching.WhenFalse : branching.WhenTrue;
        var otherWrite = other is null ? null : _locals.LastWrite(local.Local, other.Syntax.Span.End, other, out _);
        otherWrite ??= _locals.LastWrite(local.Local, branching.Syntax.SpanStart, null, out _);
        return otherWrite is null
            ? SdkValue.Runtime(kind, local)
            : SdkValue.Either(kind, local, new List<SdkValue> { Branch(write, kind, depth + 1), Branch(otherWrite, kind, depth + 1) });
    }

    /// <summary>The constant, field or property declared in source that <paramref name="value"/> reads, or null.</summary>
    private static ISymbol? DeclaredMember(IOperation value)
    {
        ISymbol? member = value switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        return member is not null && !member.DeclaringSyntaxReferences.IsEmpty ? member : null;
    }

    /// <summary>
    /// A read-only field or get-only property declared in source: the value of its initialiser (or expression
    /// body), read from its declaration, which may be in another file. Only constant shapes are read.
    /// </summary>
    private SdkValue DeclaredInitializer(ISymbol member, SdkValueKind kind, IOperation reference, int depth)
    {
        if (member.DeclaringSyntaxReferences is not { Length: 1 } references || depth >= MaxDepth)
        {
            return SdkValue.Runtime(kind, reference);
        }

        var declaration = references[0].GetSyntax(_cancellationToken);
        var initializer = SdkDeclarationReader.InitializerOf(declaration);
        if (initializer is null || (!member.IsStatic && initializer.Parent is EqualsValueClauseSyntax))
        {
            return SdkValue.Runtime(kind, reference); // an instance member's initial value may be replaced by a constructor
        }

        var region = kind == SdkValueKind.Region ? _family.Family.Regions : null;
        var texts = SdkDeclarationReader.Read(initializer, region, SymbolTypeOf(member) is { } type && _family.IsRegionType(type));
        if (texts is null)
        {
            return SdkValue.Runtime(kind, reference);
        }

        var values = new List<SdkValue>(texts.Count);
        foreach (var text in texts)
        {
            values.Add(new SdkValue(kind, text, reference, member: member));
        }

        return SdkValue.Either(kind, reference, values).WithMember(member);
    }

    private static ITypeSymbol? SymbolTypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    /// <summary>Each element of a constant list a loop variable walks through (<c>new[] { A, B }</c>).</summary>
    private SdkValue EvaluateEach(IOperation collection, SdkValueKind kind, int depth, IOperation source)
    {
        if (OperationRoots.Unwrap(collection) is IArrayCreationOperation { Initializer: { ElementValues.Length: > 0 } initializer })
        {
            var alternatives = new List<SdkValue>(initializer.ElementValues.Length);
            foreach (var element in initializer.ElementValues)
            {
                if (Evaluate(element, kind, depth) is { } elementValue)
                {
                    alternatives.Add(elementValue.Alternatives is null ? elementValue : SdkValue.Runtime(kind, element));
                }
            }

            if (alternatives.Count > 0)
            {
                return new SdkValue(kind, alternatives[0].Text, alternatives[0].Source, alternatives[0].IsRuntime, alternatives);
            }
        }

        return SdkValue.Runtime(kind, source);
    }

    private SdkValue RegionMember(string name, SdkValueKind kind, IOperation source)
        => _family.Family.Regions is { } regions && regions.Members.TryGetValue(name, out var region)
            ? new SdkValue(kind, region, source)
            : SdkValue.Runtime(kind, source);
}
