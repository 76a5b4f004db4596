using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// Walks what configures the client of one decision point — its arguments (by parameter rule,
/// configuration object or configuration lambda), object initialisers, builder receivers and fluent
/// calls, a local configuration object's writes, a registration's earlier defaults call, and setters
/// called on the client afterwards — and records each setting it finds in <see cref="SdkTargetSettings"/>.
/// </summary>
internal sealed class SdkConfigurationWalker
{
    private readonly SdkDecision _decision;
    private readonly SdkFamilySymbols _family;
    private readonly SdkValueEvaluator _evaluator;
    private readonly LocalWrites _locals;
    private readonly SdkTargetSettings _settings;
    private readonly CancellationToken _cancellationToken;
    private ISymbol? _declaringField;

    public SdkConfigurationWalker(SdkDecision decision, SdkValueEvaluator evaluator, LocalWrites locals, SdkTargetSettings settings, CancellationToken cancellationToken)
    {
        _decision = decision;
        _family = decision.Family;
        _evaluator = evaluator;
        _locals = locals;
        _settings = settings;
        _cancellationToken = cancellationToken;
    }

    public void Walk()
    {
        var configSeen = ApplyArguments(_decision.Arguments, skipReceiver: false, depth: 0);
        if (_decision.Initializer is { } initializer)
        {
            ApplyInitializer(initializer, 0);
        }

        if (_decision.Receiver is { } receiver)
        {
            ApplyObject(receiver, 0);
        }

        if (_decision.Kind == SdkDecisionKind.Registration && !configSeen && _decision.Operation is IInvocationOperation invocation)
        {
            ApplyRegistrationDefaults(invocation);
        }

        if (_family.HasSetters)
        {
            ApplySetters();
        }
    }

    /// <summary>
    /// Calls after the decision, in the same method, that change the target of the client it built: an
    /// instance setter on the local holding the client (<c>client.SetEndpoint(...)</c>), or a static setter
    /// of the type whose static factory decided (<c>TwilioClient.SetRegion(...)</c> after <c>TwilioClient.Init</c>).
    /// </summary>
    private void ApplySetters()
    {
        var holder = OperationRoots.LocalHolding(_decision.Operation);
        var staticType = _decision.Method is { IsStatic: true } method ? method.ContainingType : null;
        if (holder is null && staticType is null)
        {
            return;
        }

        foreach (var operation in _locals.Root.Descendants())
        {
            if (operation is not IInvocationOperation invocation || !_locals.IsAfter(invocation) || !_family.IsSetter(invocation.TargetMethod))
            {
                continue;
            }

            var applies = invocation.TargetMethod.IsStatic
                ? staticType is not null && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, staticType)
                : holder is not null && OperationRoots.RootLocal(invocation.Instance) is { } owner && SymbolEqualityComparer.Default.Equals(owner, holder);
            if (applies)
            {
                ApplyArguments(invocation.Arguments, skipReceiver: true, 0);
            }
        }
    }

    /// <summary>Applies arguments by parameter rule, configuration object or configuration lambda; true when one carried configuration.</summary>
    private bool ApplyArguments(IEnumerable<IArgumentOperation> arguments, bool skipReceiver, int depth)
    {
        var configSeen = false;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue
                || (skipReceiver && parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true }))
            {
                continue;
            }

            var value = OperationRoots.Unwrap(argument.Value);
            if (_family.ParameterRule(parameter) is { } rule)
            {
                Apply(rule.Kind, value, depth);
                configSeen = true;
                continue;
            }

            if (value is IAnonymousFunctionOperation lambda)
            {
                configSeen |= ApplyLambda(lambda);
            }
            else if (value is IDelegateCreationOperation or IMethodReferenceOperation)
            {
                if (DelegateConfigures(parameter.Type))
                {
                    _settings.MarkUnknown(value);
                    configSeen = true;
                }
            }
            else if (_family.IsConfigType(parameter.Type) || _family.IsConfigType(value.Type))
            {
                ApplyObject(value, depth);
                configSeen = true;
            }
        }

        return configSeen;
    }

    private void Apply(SdkValueKind kind, IOperation value, int depth)
    {
        switch (kind)
        {
            case SdkValueKind.Configuration:
                if (!OperationRoots.IsNull(value))
                {
                    _settings.MarkUnknown(value);
                }

                break;
            case SdkValueKind.Emulator:
                break;
            default:
                if (_evaluator.Evaluate(value, kind, depth) is { } scalar)
                {
                    _settings.Set(kind, scalar.Member is null ? scalar.WithMember(_declaringField) : scalar);
                }

                break;
        }
    }

    private void ApplyInitializer(IObjectOrCollectionInitializerOperation initializer, int depth)
    {
        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    ApplyMember(property.Property, assignment.Value, depth);
                    break;
                case IMemberInitializerOperation { Initializer: { } nested }:
                    ApplyInitializer(nested, depth);
                    break;
            }
        }
    }

    private void ApplyMember(IPropertySymbol property, IOperation value, int depth)
    {
        if (_family.MemberRule(property) is { } rule)
        {
            if (rule.Kind == SdkValueKind.Emulator)
            {
                if (OperationRoots.Unwrap(value) is IFieldReferenceOperation field && Contains(rule.Values, field.Field.Name))
                {
                    _settings.SelectEmulator();
                }

                return;
            }

            Apply(rule.Kind, OperationRoots.Unwrap(value), depth);
        }
        else if (_family.IsConfigType(property.Type))
        {
            ApplyObject(value, depth);
        }
    }

    /// <summary>A configuration, options or builder object: its construction, initialiser, fluent calls, or the local holding it.</summary>
    private void ApplyObject(IOperation value, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        value = OperationRoots.Unwrap(value);
        if (OperationRoots.IsNull(value))
        {
            return;
        }

        switch (value)
        {
            case IObjectCreationOperation creation:
                ApplyArguments(creation.Arguments, skipReceiver: false, depth);
                if (creation.Initializer is { } initializer)
                {
                    ApplyInitializer(initializer, depth);
                }

                return;
            case IInvocationOperation invocation when _family.IsFamilyMethod(invocation.TargetMethod) && SdkDecision.ReceiverOf(invocation) is { } receiver:
                ApplyObject(receiver, depth);
                ApplyArguments(invocation.Arguments, skipReceiver: true, depth);
                return;
            case IInvocationOperation { Instance: null, TargetMethod: { IsStatic: true, IsExtensionMethod: false } } fresh
                when _family.IsFamilyMethod(fresh.TargetMethod) && _family.IsBuilderType(fresh.TargetMethod.ReturnType):
                ApplyArguments(fresh.Arguments, skipReceiver: false, depth); // a new builder from a static factory (EcsClient.NewBuilder())
                return;
            case ILocalReferenceOperation local when depth < SdkValueEvaluator.MaxDepth:
                ApplyLocal(local.Local, depth + 1);
                return;
            case IFieldReferenceOperation { Field.IsReadOnly: true } field when _declaringField is null && value.SemanticModel is { } model
                && ReadOnlyConfigField.Creation(field.Field, _family, model.Compilation, _cancellationToken) is { } creation:
                _declaringField = field.Field.OriginalDefinition; // its declaration decides: SOV0001 reports it there
                ApplyObject(creation, depth);
                _declaringField = null;
                return;
            default:
                _settings.MarkUnknown(value);
                return;
        }
    }

    /// <summary>
    /// A local configuration object: its last whole assignment before the decision, then the member
    /// writes and fluent calls after it. Passing it to some other method first makes it unknown.
    /// </summary>
    private void ApplyLocal(ILocalSymbol local, int depth)
    {
        if (!_locals.ObjectHistory(local, out var whole, out var writes))
        {
            _settings.MarkUnknown(_decision.Operation);
            return;
        }

        if (whole is not null)
        {
            ApplyObject(whole, depth);
        }

        foreach (var write in writes)
        {
            if (write is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                ApplyMember(property.Property, assignment.Value, depth);
            }
            else if (write is IInvocationOperation invocation)
            {
                if (!_family.IsFamilyMethod(invocation.TargetMethod))
                {
                    _settings.MarkUnknown(invocation); // e.g. configuration.Bind(config): the endpoint may be set there
                }
                else if (SdkDecision.ReceiverOf(invocation) is { } receiver && OperationRoots.RootLocal(receiver) is { } owner && SymbolEqualityComparer.Default.Equals(owner, local))
                {
                    ApplyArguments(invocation.Arguments, skipReceiver: true, depth); // a fluent setter such as WithEndpoint(...)
                }
            }
        }
    }

    /// <summary>A configuration lambda (<c>o =&gt; o.Dsn = "..."</c>, <c>c =&gt; c.WithEndpoint(...)</c>); false when it configures nothing of the family.</summary>
    private bool ApplyLambda(IAnonymousFunctionOperation lambda)
    {
        var parameters = lambda.Symbol.Parameters;
        var configures = false;
        foreach (var parameter in parameters)
        {
            configures |= _family.IsConfigType(parameter.Type) || _family.IsFamilyType(parameter.Type);
        }

        if (!configures)
        {
            return false;
        }

        foreach (var operation in lambda.Body.Descendants())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when OperationRoots.IsParameter(OperationRoots.RootOf(property.Instance), parameters):
                    ApplyMember(property.Property, assignment.Value, 0);
                    break;
                case IInvocationOperation invocation:
                    var receiver = SdkDecision.ReceiverOf(invocation);
                    if (receiver is not null && _family.IsFamilyMethod(invocation.TargetMethod) && OperationRoots.IsParameter(OperationRoots.RootOf(receiver), parameters))
                    {
                        ApplyArguments(invocation.Arguments, skipReceiver: true, 0);
                    }
                    else if (OperationRoots.PassesParameter(invocation, parameters))
                    {
                        _settings.MarkUnknown(invocation);
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>A registration without configuration of its own takes the arguments of the last defaults call before it (<c>AddDefaultAWSOptions</c>).</summary>
    private void ApplyRegistrationDefaults(IInvocationOperation registration)
    {
        var defaultsFrom = _family.FindRegistration(registration.TargetMethod.OriginalDefinition)?.DefaultsFrom;
        if (defaultsFrom is null || defaultsFrom.Count == 0)
        {
            return;
        }

        IInvocationOperation? last = null;
        foreach (var operation in _locals.Root.Descendants())
        {
            if (operation is IInvocationOperation invocation && _locals.IsBefore(invocation)
                && Contains(defaultsFrom, invocation.TargetMethod.Name)
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, registration.TargetMethod.ContainingType))
            {
                last = invocation;
            }
        }

        if (last is not null)
        {
            ApplyArguments(last.Arguments, skipReceiver: true, 0);
        }
    }

    /// <summary>True when a delegate of <paramref name="type"/> receives a configuration object or an object of the family.</summary>
    private bool DelegateConfigures(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { DelegateInvokeMethod: { } invoke })
        {
            foreach (var parameter in invoke.Parameters)
            {
                if (_family.IsConfigType(parameter.Type) || _family.IsFamilyType(parameter.Type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }
}
