using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Rules;

internal enum SdkTargetOutcome
{
    /// <summary>Nothing sets the target: the SDK's default provider applies.</summary>
    Default,

    /// <summary>A constant endpoint, universe domain or region designates a catalog provider.</summary>
    Resolved,

    /// <summary>An emulator, localhost or a loopback address.</summary>
    Local,

    /// <summary>A constant endpoint no catalog provider claims (self-hosted, or unknown to the catalog).</summary>
    Unknown,

    /// <summary>The target comes from a value only known at run time.</summary>
    Runtime,
}

/// <summary>Where a decision point sends its client.</summary>
internal sealed class SdkTarget
{
    public SdkTarget(SdkTargetOutcome outcome, EndpointMatch? match, string? region, IOperation? source, SdkValueKind? decidedBy = null, string? text = null)
    {
        Outcome = outcome;
        Match = match;
        Region = region;
        Source = source;
        DecidedBy = decidedBy;
        Text = text;
    }

    public SdkTargetOutcome Outcome { get; }

    /// <summary>For <see cref="SdkTargetOutcome.Resolved"/>: the classified host.</summary>
    public EndpointMatch? Match { get; }

    /// <summary>The region, when the code names one.</summary>
    public string? Region { get; }

    /// <summary>The value that decided (a constant, or for <see cref="SdkTargetOutcome.Runtime"/> the unresolvable expression).</summary>
    public IOperation? Source { get; }

    /// <summary>What kind of value decided (endpoint, connection string, universe domain, region); null when nothing did or for a run-time value.</summary>
    public SdkValueKind? DecidedBy { get; }

    /// <summary>The text the deciding value stands for, in which <see cref="Match"/>'s candidate was found; null when the host was built from a region.</summary>
    public string? Text { get; }
}

/// <summary>
/// Resolves the target of an <see cref="SdkDecision"/> from what the code says: constant arguments,
/// object initialisers, builder properties and fluent calls, configuration lambdas, and simple data
/// flow inside the method (a local initialised or assigned before the decision; a constant). What it
/// cannot see (a parameter, a field, a call, configuration) makes the target <see cref="SdkTargetOutcome.Runtime"/>,
/// never a guess. Runs only at decision points, which are rare.
/// </summary>
internal sealed class SdkTargetResolver
{
    private const int MaxDepth = 4;

    private readonly SdkFamilySymbols _family;
    private readonly SdkDecision _decision;
    private readonly HostIndex _hosts;
    private readonly CancellationToken _cancellationToken;
    private readonly int _position;
    private IOperation? _root;

    private Value? _endpoint;
    private Value? _universe;
    private Value? _region;
    private bool _emulator;
    private IOperation? _unknown;

    private SdkTargetResolver(SdkDecision decision, HostIndex hosts, CancellationToken cancellationToken)
    {
        _family = decision.Family;
        _decision = decision;
        _hosts = hosts;
        _cancellationToken = cancellationToken;
        _position = decision.Operation.Syntax.SpanStart;
    }

    /// <summary>The decision's target; several when the endpoint takes each value of a constant list (<c>foreach (var url in new[] { … })</c>).</summary>
    public static IReadOnlyList<SdkTarget> Resolve(SdkDecision decision, HostIndex hosts, CancellationToken cancellationToken)
    {
        var resolver = new SdkTargetResolver(decision, hosts, cancellationToken);
        resolver.ApplyDecision();
        return resolver.Finish();
    }

    private void ApplyDecision()
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

            var value = Unwrap(argument.Value);
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
                    MarkUnknown(value);
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
                if (!IsNull(value))
                {
                    MarkUnknown(value);
                }

                break;
            case SdkValueKind.Emulator:
                break;
            default:
                if (Evaluate(value, kind, depth) is not { } scalar)
                {
                    return;
                }

                if (kind == SdkValueKind.UniverseDomain)
                {
                    _universe = scalar;
                }
                else if (kind == SdkValueKind.Region)
                {
                    _region = scalar;
                }
                else
                {
                    _endpoint = scalar;
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
                if (Unwrap(value) is IFieldReferenceOperation field && Contains(rule.Values, field.Field.Name))
                {
                    _emulator = true;
                }

                return;
            }

            Apply(rule.Kind, Unwrap(value), depth);
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
        value = Unwrap(value);
        if (IsNull(value))
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
            case IInvocationOperation invocation when IsSdkCall(invocation.TargetMethod) && SdkDecision.ReceiverOf(invocation) is { } receiver:
                ApplyObject(receiver, depth);
                ApplyArguments(invocation.Arguments, skipReceiver: true, depth);
                return;
            case ILocalReferenceOperation local when depth < MaxDepth:
                ApplyLocal(local.Local, depth + 1);
                return;
            default:
                MarkUnknown(value);
                return;
        }
    }

    /// <summary>
    /// A local configuration object: its last whole assignment before the decision, then the member
    /// writes and fluent calls after it. Passing it to some other method first makes it unknown.
    /// </summary>
    private void ApplyLocal(ILocalSymbol local, int depth)
    {
        IOperation? whole = null;
        var wholeFound = false;
        var writes = new List<IOperation>();
        foreach (var operation in Root().Descendants())
        {
            if (!IsBefore(operation))
            {
                continue;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    whole = declarator.Initializer?.Value;
                    wholeFound = true;
                    writes.Clear();
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    whole = assignment.Value;
                    wholeFound = true;
                    writes.Clear();
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } when RootLocal(property.Instance) is { } root && SymbolEqualityComparer.Default.Equals(root, local):
                    writes.Add(operation);
                    break;
                case IInvocationOperation invocation when !IsInsideDecision(invocation) && PassesLocal(invocation, local):
                    writes.Add(operation);
                    break;
            }
        }

        if (!wholeFound)
        {
            MarkUnknown(_decision.Operation);
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
                if (!IsSdkCall(invocation.TargetMethod))
                {
                    MarkUnknown(invocation); // e.g. configuration.Bind(config): the endpoint may be set there
                }
                else if (SdkDecision.ReceiverOf(invocation) is { } receiver && RootLocal(receiver) is { } owner && SymbolEqualityComparer.Default.Equals(owner, local))
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
            configures |= _family.IsConfigType(parameter.Type) || IsFamilyType(parameter.Type);
        }

        if (!configures)
        {
            return false;
        }

        foreach (var operation in lambda.Body.Descendants())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when IsLambdaParameter(RootOf(property.Instance), parameters):
                    ApplyMember(property.Property, assignment.Value, 0);
                    break;
                case IInvocationOperation invocation:
                    var receiver = SdkDecision.ReceiverOf(invocation);
                    if (receiver is not null && IsSdkCall(invocation.TargetMethod) && IsLambdaParameter(RootOf(receiver), parameters))
                    {
                        ApplyArguments(invocation.Arguments, skipReceiver: true, 0);
                    }
                    else if (PassesParameter(invocation, parameters))
                    {
                        MarkUnknown(invocation);
                    }

                    break;
            }
        }

        return true;
    }

    private void ApplyRegistrationDefaults(IInvocationOperation registration)
    {
        var defaultsFrom = FindRule(registration.TargetMethod)?.DefaultsFrom;
        if (defaultsFrom is null || defaultsFrom.Count == 0)
        {
            return;
        }

        IInvocationOperation? last = null;
        foreach (var operation in Root().Descendants())
        {
            if (operation is IInvocationOperation invocation && IsBefore(invocation)
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

    private SdkMethodRule? FindRule(IMethodSymbol method)
        => _family.FindRegistration(method.OriginalDefinition);

    private IReadOnlyList<SdkTarget> Finish()
    {
        if (_emulator)
        {
            return new[] { new SdkTarget(SdkTargetOutcome.Local, null, null, null) };
        }

        var decisive = _endpoint ?? _universe ?? _region;
        if (decisive is null)
        {
            return new[]
            {
                _unknown is null
                    ? new SdkTarget(SdkTargetOutcome.Default, null, null, null)
                    : new SdkTarget(SdkTargetOutcome.Runtime, null, null, _unknown),
            };
        }

        if (decisive.Alternatives is not { } alternatives)
        {
            return new[] { FinishOne(decisive) };
        }

        var targets = new List<SdkTarget>(alternatives.Count);
        foreach (var alternative in alternatives)
        {
            targets.Add(FinishOne(alternative));
        }

        return targets;
    }

    private SdkTarget FinishOne(Value decisive)
    {
        var region = _region is { IsRuntime: false, Alternatives: null } ? _region.Text : null;

        if (decisive.IsRuntime)
        {
            return new SdkTarget(SdkTargetOutcome.Runtime, null, null, decisive.Source);
        }

        if (decisive.Kind is SdkValueKind.UniverseDomain or SdkValueKind.Region && _unknown is not null)
        {
            // Something the analyzer cannot see may also set the endpoint, which would win.
            return new SdkTarget(SdkTargetOutcome.Runtime, null, null, _unknown);
        }

        if (decisive.Kind == SdkValueKind.Region)
        {
            var host = _family.Family.Regions?.HostFor(decisive.Text!, _family.ServicePrefix(_decision.ClientType));
            if (host is not null && _hosts.Classify(new EndpointCandidate(EndpointForm.BareHost, host, 0, host.Length)) is { } regionMatch)
            {
                return new SdkTarget(SdkTargetOutcome.Resolved, regionMatch, regionMatch.Region ?? decisive.Text, decisive.Source, SdkValueKind.Region);
            }

            return new SdkTarget(SdkTargetOutcome.Default, null, decisive.Text, decisive.Source, SdkValueKind.Region);
        }

        return Classify(decisive.Text!, decisive.Kind, decisive.Source, region);
    }

    private SdkTarget Classify(string text, SdkValueKind kind, IOperation? source, string? region)
    {
        foreach (var marker in _family.Family.Emulators)
        {
            if (text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return new SdkTarget(SdkTargetOutcome.Local, null, null, source);
            }
        }

        if (NamesLoopback(text))
        {
            return new SdkTarget(SdkTargetOutcome.Local, null, null, source);
        }

        var hasHole = text.IndexOf(HostName.Hole) >= 0;
        var anyHost = false;
        if (EndpointExtractor.MayContainEndpoint(text))
        {
            foreach (var candidate in EndpointExtractor.Extract(text))
            {
                if (candidate.Form != EndpointForm.Scheme && candidate.Form != EndpointForm.Arn)
                {
                    anyHost = true;
                    if (IsLoopback(candidate.Value))
                    {
                        return new SdkTarget(SdkTargetOutcome.Local, null, null, source);
                    }
                }

                if (_hosts.Classify(candidate) is { } match)
                {
                    return new SdkTarget(SdkTargetOutcome.Resolved, match, match.Region ?? region, source, kind, text);
                }
            }
        }
        else if (IsLoopback(text.Trim().ToLowerInvariant()))
        {
            return new SdkTarget(SdkTargetOutcome.Local, null, null, source);
        }

        if (hasHole)
        {
            return new SdkTarget(SdkTargetOutcome.Runtime, null, null, source);
        }

        // A connection string without any endpoint key (AccountName=...;AccountKey=...) uses the SDK's default cloud.
        return !anyHost && kind == SdkValueKind.ConnectionString
            ? new SdkTarget(SdkTargetOutcome.Default, null, region, source, kind)
            : new SdkTarget(SdkTargetOutcome.Unknown, null, null, source);
    }

    /// <summary>The text a value stands for: constants, <c>new Uri("...")</c>, interpolations and concatenations (with holes), locals, region members.</summary>
    private Value? Evaluate(IOperation value, SdkValueKind kind, int depth)
    {
        value = Unwrap(value);
        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value switch
            {
                null => null,
                string text => new Value(kind, text, value),
                _ => Value.Runtime(kind, value),
            };
        }

        switch (value)
        {
            case IDefaultValueOperation:
                return null;
            case IObjectCreationOperation { Arguments.Length: > 0 } creation when creation.Type is { Name: "Uri", ContainingNamespace.Name: "System" }:
                return Evaluate(creation.Arguments[0].Value, kind, depth);
            case IInterpolatedStringOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                var builder = new StringBuilder();
                return AppendText(value, builder) ? new Value(kind, builder.ToString(), value) : Value.Runtime(kind, value);
            case ILocalReferenceOperation local when depth < MaxDepth:
                var write = LastWrite(local.Local, out var eachOf);
                if (write is null)
                {
                    return Value.Runtime(kind, value);
                }

                return eachOf ? EvaluateEach(write, kind, depth + 1, value) : Evaluate(write, kind, depth + 1);
            case IFieldReferenceOperation { Field.IsStatic: true } field when kind == SdkValueKind.Region && IsRegionType(field.Field.ContainingType):
                return RegionMember(field.Field.Name, kind, value);
            case IPropertyReferenceOperation { Property.IsStatic: true } property when kind == SdkValueKind.Region && IsRegionType(property.Property.ContainingType):
                return RegionMember(property.Property.Name, kind, value);
            case IInvocationOperation { Arguments.Length: > 0 } invocation when kind == SdkValueKind.Region
                && IsRegionType(invocation.TargetMethod.ContainingType) && invocation.TargetMethod.Name == _family.Family.Regions?.Factory:
                return Evaluate(invocation.Arguments[0].Value, kind, depth);
            default:
                return Value.Runtime(kind, value);
        }
    }

    /// <summary>Each element of a constant list a loop variable walks through (<c>new[] { A, B }</c>).</summary>
    private Value EvaluateEach(IOperation collection, SdkValueKind kind, int depth, IOperation source)
    {
        if (Unwrap(collection) is IArrayCreationOperation { Initializer: { ElementValues.Length: > 0 } initializer })
        {
            var alternatives = new List<Value>(initializer.ElementValues.Length);
            foreach (var element in initializer.ElementValues)
            {
                if (Evaluate(element, kind, depth) is { } elementValue)
                {
                    alternatives.Add(elementValue.Alternatives is null ? elementValue : Value.Runtime(kind, element));
                }
            }

            if (alternatives.Count > 0)
            {
                return new Value(kind, alternatives[0].Text, alternatives[0].Source, alternatives[0].IsRuntime, alternatives);
            }
        }

        return Value.Runtime(kind, source);
    }

    private Value RegionMember(string name, SdkValueKind kind, IOperation source)
        => _family.Family.Regions is { } regions && regions.Members.TryGetValue(name, out var region)
            ? new Value(kind, region, source)
            : Value.Runtime(kind, source);

    private bool IsRegionType(ITypeSymbol? type)
        => _family.RegionType is { } regionType && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, regionType);

    /// <summary>Appends the constant parts of a string expression, a hole for each other part; false when no part is constant.</summary>
    private static bool AppendText(IOperation value, StringBuilder builder)
    {
        value = Unwrap(value);
        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            builder.Append(text);
            return true;
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                var left = AppendText(binary.LeftOperand, builder);
                var right = AppendText(binary.RightOperand, builder);
                return left || right;
            case IInterpolatedStringOperation interpolated:
                var any = false;
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string partText } })
                    {
                        builder.Append(partText);
                        any = true;
                    }
                    else if (part is IInterpolationOperation { Expression.ConstantValue: { HasValue: true, Value: string constant } })
                    {
                        builder.Append(constant);
                        any = true;
                    }
                    else
                    {
                        builder.Append(HostName.Hole);
                    }
                }

                return any;
            default:
                builder.Append(HostName.Hole);
                return false;
        }
    }

    /// <summary>The value last written to a local before the decision, or null when it is written in a way not followed (ref, out, loops of locals).</summary>
    private IOperation? LastWrite(ILocalSymbol local, out bool eachOf)
    {
        IOperation? last = null;
        eachOf = false;
        foreach (var operation in Root().Descendants())
        {
            if (!IsBefore(operation))
            {
                continue;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    eachOf = declarator.Parent is IForEachLoopOperation;
                    last = eachOf ? ((IForEachLoopOperation)declarator.Parent!).Collection : declarator.Initializer?.Value;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    last = assignment.Value;
                    eachOf = false;
                    break;
                case IArgumentOperation { Value: ILocalReferenceOperation passed, Parameter.RefKind: RefKind.Ref or RefKind.Out } when SymbolEqualityComparer.Default.Equals(passed.Local, local):
                    return null;
                case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    return null;
            }
        }

        return last;
    }

    private void MarkUnknown(IOperation source) => _unknown ??= source;

    private IOperation Root()
    {
        if (_root is null)
        {
            var root = _decision.Operation;
            while (root.Parent is { } parent)
            {
                root = parent;
            }

            _root = root;
        }

        return _root;
    }

    private bool IsBefore(IOperation operation)
        => operation.Syntax.SpanStart < _position && operation.Syntax.SyntaxTree == _decision.Operation.Syntax.SyntaxTree;

    private bool IsInsideDecision(IOperation operation) => _decision.Operation.Syntax.Span.Contains(operation.Syntax.Span);

    private bool IsSdkCall(IMethodSymbol method) => _family.Assemblies.Contains(method.ContainingAssembly);

    private bool IsFamilyType(ITypeSymbol type) => _family.Assemblies.Contains(type.ContainingAssembly);

    private bool DelegateConfigures(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { DelegateInvokeMethod: { } invoke })
        {
            foreach (var parameter in invoke.Parameters)
            {
                if (_family.IsConfigType(parameter.Type) || IsFamilyType(parameter.Type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool PassesLocal(IInvocationOperation invocation, ILocalSymbol local)
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

    private static bool PassesParameter(IInvocationOperation invocation, System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (IsLambdaParameter(RootOf(argument.Value), parameters))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLambdaParameter(IOperation? operation, System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters)
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

    /// <summary>The local at the root of <c>a.B.C</c> or of a fluent chain <c>a.WithX().WithY()</c>.</summary>
    private static ILocalSymbol? RootLocal(IOperation? operation) => RootOf(operation) is ILocalReferenceOperation local ? local.Local : null;

    private static IOperation? RootOf(IOperation? operation)
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

    private static IOperation Unwrap(IOperation operation)
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

    private static bool IsNull(IOperation operation)
        => operation is IDefaultValueOperation || operation.ConstantValue is { HasValue: true, Value: null };

    /// <summary>"localhost" and loopback addresses, which the extractor does not take for host names (no dot, or an address).</summary>
    private static bool NamesLoopback(string text)
    {
        var trimmed = text.Trim();
        if ((trimmed.StartsWith("localhost", StringComparison.OrdinalIgnoreCase) && (trimmed.Length == 9 || trimmed[9] == ':' || trimmed[9] == '/'))
            || trimmed.EndsWith("://localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var prefix in LoopbackMarkers)
        {
            if (text.IndexOf(prefix, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] LoopbackMarkers = { "://localhost:", "://localhost/", "=localhost:", "=localhost;", "@localhost:", "://127.", "=127.", "://[::1]", "://0.0.0.0" };

    private static bool IsLoopback(string host)
        => host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal) || host.StartsWith("127.", StringComparison.Ordinal)
           || host == "0.0.0.0" || host == "::1" || host == "host.docker.internal";

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

    /// <summary>A value that sets the target: a text, or a run-time value; several for a loop over a constant list.</summary>
    private sealed class Value
    {
        public Value(SdkValueKind kind, string? text, IOperation? source, bool isRuntime = false, IReadOnlyList<Value>? alternatives = null)
        {
            Kind = kind;
            Text = text;
            Source = source;
            IsRuntime = isRuntime;
            Alternatives = alternatives;
        }

        public SdkValueKind Kind { get; }

        public string? Text { get; }

        public IOperation? Source { get; }

        public bool IsRuntime { get; }

        /// <summary>Every value the setting takes, when it takes several.</summary>
        public IReadOnlyList<Value>? Alternatives { get; }

        public static Value Runtime(SdkValueKind kind, IOperation source) => new(kind, null, source, isRuntime: true);
    }
}
