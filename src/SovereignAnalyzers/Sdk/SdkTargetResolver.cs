using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

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
        var holder = LocalHolding(_decision.Operation);
        var staticType = _decision.Method is { IsStatic: true } method ? method.ContainingType : null;
        if (holder is null && staticType is null)
        {
            return;
        }

        var end = _decision.Operation.Syntax.Span.End;
        foreach (var operation in Root().Descendants())
        {
            if (operation is not IInvocationOperation invocation || invocation.Syntax.SpanStart < end
                || invocation.Syntax.SyntaxTree != _decision.Operation.Syntax.SyntaxTree || !_family.IsSetter(invocation.TargetMethod))
            {
                continue;
            }

            var applies = invocation.TargetMethod.IsStatic
                ? staticType is not null && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, staticType)
                : holder is not null && RootLocal(invocation.Instance) is { } owner && SymbolEqualityComparer.Default.Equals(owner, holder);
            if (applies)
            {
                ApplyArguments(invocation.Arguments, skipReceiver: true, 0);
            }
        }
    }

    /// <summary>The local a decision's client is stored in (<c>var client = new ...</c>, <c>client = new ...</c>), or null.</summary>
    private static ILocalSymbol? LocalHolding(IOperation decision)
    {
        var current = decision;
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
            case IInvocationOperation { Instance: null, TargetMethod: { IsStatic: true, IsExtensionMethod: false } } fresh
                when IsSdkCall(fresh.TargetMethod) && _family.IsBuilderType(fresh.TargetMethod.ReturnType):
                ApplyArguments(fresh.Arguments, skipReceiver: false, depth); // a new builder from a static factory (EcsClient.NewBuilder())
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
            var target = FinishOne(alternative);
            targets.Add(decisive.IsBranch ? new SdkTarget(target.Outcome, target.Match, target.Region, decisive.Source, target.Member, isBranch: true, target.DecidedBy, target.Text) : target);
        }

        return targets;
    }

    private SdkTarget FinishOne(Value decisive)
    {
        var region = _region is { IsRuntime: false, Alternatives: null } ? _region.Text : null;

        if (decisive.IsRuntime)
        {
            // A region only known at run time still names one of the family's partitions, unless something else may set the endpoint.
            return decisive.Kind == SdkValueKind.Region && _unknown is null && _endpoint is null && _universe is null
                ? new SdkTarget(SdkTargetOutcome.AnyRegion, null, null, decisive.Source)
                : new SdkTarget(SdkTargetOutcome.Runtime, null, null, decisive.Source);
        }

        if (decisive.Text is null)
        {
            return new SdkTarget(SdkTargetOutcome.Default, null, region, decisive.Source); // a branch that sets nothing
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
                return new SdkTarget(SdkTargetOutcome.Resolved, regionMatch, regionMatch.Region ?? decisive.Text, decisive.Source, decidedBy: SdkValueKind.Region);
            }

            return new SdkTarget(SdkTargetOutcome.Default, null, decisive.Text, decisive.Source, decidedBy: SdkValueKind.Region);
        }

        var classified = Classify(decisive.Text!, decisive.Kind, decisive.Source, region);
        return decisive.Member is null ? classified : new SdkTarget(classified.Outcome, classified.Match, classified.Region, classified.Source, decisive.Member, decidedBy: classified.DecidedBy, text: classified.Text);
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
                    return new SdkTarget(SdkTargetOutcome.Resolved, match, match.Region ?? region, source, decidedBy: kind, text: text);
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
            ? new SdkTarget(SdkTargetOutcome.Default, null, region, source, decidedBy: kind)
            : new SdkTarget(SdkTargetOutcome.Unknown, null, null, source);
    }

    /// <summary>
    /// The text a value stands for: constants, <c>new Uri("...")</c>, interpolations and concatenations (with holes),
    /// locals, read-only fields and get-only properties initialised with a constant, region members, and the
    /// branches of <c>?:</c>, <c>switch</c> expressions and <c>if</c>/<c>else</c>.
    /// </summary>
    private Value? Evaluate(IOperation value, SdkValueKind kind, int depth)
    {
        value = Unwrap(value);
        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value switch
            {
                null => null,
                string text => new Value(kind, text, value, member: DeclaredMember(value)),
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
                return EvaluateLocal(local, kind, depth);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when depth < MaxDepth:
                return Value.Either(kind, value, new List<Value> { Branch(conditional.WhenTrue, kind, depth + 1), Branch(whenFalse, kind, depth + 1) });
            case ISwitchExpressionOperation switchExpression when depth < MaxDepth && switchExpression.Arms.Length > 0:
                var arms = new List<Value>(switchExpression.Arms.Length);
                foreach (var arm in switchExpression.Arms)
                {
                    arms.Add(Branch(arm.Value, kind, depth + 1));
                }

                return Value.Either(kind, value, arms);
            case IFieldReferenceOperation { Field.IsStatic: true } field when kind == SdkValueKind.Region && IsRegionType(field.Field.ContainingType):
                return RegionMember(field.Field.Name, kind, value);
            case IPropertyReferenceOperation { Property.IsStatic: true } property when kind == SdkValueKind.Region && IsRegionType(property.Property.ContainingType):
                return RegionMember(property.Property.Name, kind, value);
            case IInvocationOperation { Arguments.Length: > 0 } invocation when kind == SdkValueKind.Region
                && IsRegionType(invocation.TargetMethod.ContainingType) && invocation.TargetMethod.Name == _family.Family.Regions?.Factory:
                return Evaluate(invocation.Arguments[0].Value, kind, depth);
            case IObjectCreationOperation wrapper when depth < MaxDepth && IsFamilyType(wrapper.Type) && EndpointArgument(wrapper.Arguments) is { } wrapped:
                return Evaluate(wrapped, kind, depth + 1); // e.g. new MongoUrl("mongodb+srv://...")
            case IInvocationOperation { TargetMethod.IsStatic: true } parse when depth < MaxDepth && IsSdkCall(parse.TargetMethod) && EndpointArgument(parse.Arguments) is { } parsed:
                return Evaluate(parsed, kind, depth + 1); // e.g. MongoClientSettings.FromConnectionString("...")
            case IFieldReferenceOperation { Field: { IsReadOnly: true, IsStatic: true } field }:
                return DeclaredInitializer(field, kind, value, depth);
            case IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } property }:
                return DeclaredInitializer(property, kind, value, depth);
            default:
                return Value.Runtime(kind, value);
        }
    }

    /// <summary>The argument an SDK value type is built from when its parameter sets an endpoint or connection string.</summary>
    private IOperation? EndpointArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
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
    private Value Branch(IOperation branch, SdkValueKind kind, int depth)
        => Evaluate(branch, kind, depth) ?? new Value(kind, null, branch);

    /// <summary>A local's value: its last write before the decision, or each branch's when that write is in an <c>if</c>/<c>else</c>.</summary>
    private Value? EvaluateLocal(ILocalReferenceOperation local, SdkValueKind kind, int depth)
    {
        var write = LastWrite(local.Local, _position, null, out var eachOf);
        if (write is null)
        {
            return Value.Runtime(kind, local);
        }

        if (eachOf)
        {
            return EvaluateEach(write, kind, depth + 1, local);
        }

        if (EnclosingBranch(write) is not { } branching)
        {
            return Evaluate(write, kind, depth + 1);
        }

        // Written in one branch of an if: the other branch writes it too, or leaves the value it had before.
        var other = branching.WhenTrue.Syntax.Span.Contains(write.Syntax.Span) ? branching.WhenFalse : branching.WhenTrue;
        var otherWrite = other is null ? null : LastWrite(local.Local, other.Syntax.Span.End, other, out _);
        otherWrite ??= LastWrite(local.Local, branching.Syntax.SpanStart, null, out _);
        return otherWrite is null
            ? Value.Runtime(kind, local)
            : Value.Either(kind, local, new List<Value> { Branch(write, kind, depth + 1), Branch(otherWrite, kind, depth + 1) });
    }

    /// <summary>The <c>if</c> statement, before the decision and not around it, one of whose branches holds <paramref name="write"/>.</summary>
    private IConditionalOperation? EnclosingBranch(IOperation write)
    {
        for (var current = write.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IConditionalOperation { Type: null } branching when !branching.Syntax.Span.Contains(_position):
                    return branching;
                case ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation:
                    return null;
            }
        }

        return null;
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
    private Value DeclaredInitializer(ISymbol member, SdkValueKind kind, IOperation reference, int depth)
    {
        if (member.DeclaringSyntaxReferences is not { Length: 1 } references || depth >= MaxDepth)
        {
            return Value.Runtime(kind, reference);
        }

        var declaration = references[0].GetSyntax(_cancellationToken);
        var initializer = SdkDeclarationReader.InitializerOf(declaration);
        if (initializer is null || (!member.IsStatic && initializer.Parent is EqualsValueClauseSyntax))
        {
            return Value.Runtime(kind, reference); // an instance member's initial value may be replaced by a constructor
        }

        var region = kind == SdkValueKind.Region ? _family.Family.Regions : null;
        var texts = SdkDeclarationReader.Read(initializer, region, SymbolTypeOf(member) is { } type && IsRegionType(type));
        if (texts is null)
        {
            return Value.Runtime(kind, reference);
        }

        var values = new List<Value>(texts.Count);
        foreach (var text in texts)
        {
            values.Add(new Value(kind, text, reference, member: member));
        }

        return Value.Either(kind, reference, values).WithMember(member);
    }

    private static ITypeSymbol? SymbolTypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

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

    /// <summary>
    /// The value last written to a local before <paramref name="before"/> (inside <paramref name="scope"/> when
    /// given), or null when it is written in a way not followed (ref, out, compound assignment).
    /// </summary>
    private IOperation? LastWrite(ILocalSymbol local, int before, IOperation? scope, out bool eachOf)
    {
        IOperation? last = null;
        eachOf = false;
        foreach (var operation in (scope ?? Root()).Descendants())
        {
            if (operation.Syntax.SpanStart >= before || operation.Syntax.SyntaxTree != _decision.Operation.Syntax.SyntaxTree)
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

    private bool IsFamilyType(ITypeSymbol? type) => type is not null && _family.Assemblies.Contains(type.ContainingAssembly);

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

    /// <summary>A value that sets the target: a text, or a run-time value; several for a loop over a constant list or for branches.</summary>
    private sealed class Value
    {
        public Value(SdkValueKind kind, string? text, IOperation? source, bool isRuntime = false, IReadOnlyList<Value>? alternatives = null, ISymbol? member = null, bool isBranch = false)
        {
            Kind = kind;
            Text = text;
            Source = source;
            IsRuntime = isRuntime;
            Alternatives = alternatives;
            Member = member;
            IsBranch = isBranch;
        }

        public SdkValueKind Kind { get; }

        public string? Text { get; }

        public IOperation? Source { get; }

        public bool IsRuntime { get; }

        /// <summary>Every value the setting takes, when it takes several.</summary>
        public IReadOnlyList<Value>? Alternatives { get; }

        /// <summary>The constant, field or property declared in source the text was read from.</summary>
        public ISymbol? Member { get; }

        /// <summary>The alternatives are branches, one of which is taken (not each in turn).</summary>
        public bool IsBranch { get; }

        public static Value Runtime(SdkValueKind kind, IOperation source) => new(kind, null, source, isRuntime: true);

        public Value WithMember(ISymbol? member) => member is null || Alternatives is not null ? this : new Value(Kind, Text, Source, IsRuntime, null, member);

        /// <summary>One of <paramref name="branches"/> at run time; a single value when they all agree.</summary>
        public static Value Either(SdkValueKind kind, IOperation source, List<Value> branches)
        {
            var flat = new List<Value>(branches.Count);
            foreach (var branch in branches)
            {
                if (branch.Alternatives is { } nested && branch.IsBranch)
                {
                    flat.AddRange(nested);
                }
                else
                {
                    flat.Add(branch.Alternatives is null ? branch : Runtime(kind, branch.Source ?? source));
                }
            }

            return flat.Count == 1 ? flat[0] : new Value(kind, flat[0].Text, source, flat[0].IsRuntime, flat, isBranch: true);
        }
    }
}
