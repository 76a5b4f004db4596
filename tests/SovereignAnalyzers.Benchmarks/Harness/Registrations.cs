using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Benchmarks.Harness;

/// <summary>
/// The callbacks an analyzer registered, as a tree: top-level registrations, those made in its
/// compilation-start actions, and those made in nested start actions (symbol, code block, operation
/// block), with the syntax, symbol and operation kinds of each. Recorded by <see cref="RecordingAnalyzer"/>
/// while the real analyzer runs; replayed with empty callbacks by <see cref="FloorAnalyzer"/>.
/// </summary>
internal sealed class RegistrationScope
{
    private readonly List<Registration> _registrations = new();
    private readonly object _gate = new();
    private int _invocation;

    public IReadOnlyList<Registration> Registrations => _registrations;

    public GeneratedCodeAnalysisFlags? GeneratedCode { get; set; }

    public bool Concurrent { get; set; }

    /// <summary>
    /// Starts one invocation of a start action: its registrations are merged with earlier invocations'
    /// by position (the n-th registration of each invocation is one entry, with the union of kinds).
    /// </summary>
    public Recorder Begin()
    {
        lock (_gate)
        {
            _invocation++;
        }

        return new Recorder(this);
    }

    public void Describe(StringBuilder text, string indent)
    {
        foreach (var registration in _registrations)
        {
            text.Append(indent).Append(registration.Action);
            if (registration.Kinds.Count > 0)
            {
                text.Append(" [").Append(string.Join(", ", registration.Kinds.Select(registration.KindName))).Append(']');
            }

            if (CallbackTimer.Enabled)
            {
                text.Append(": ").Append(registration.Timer);
            }

            text.Append('\n');
            registration.Nested?.Describe(text, indent + "  ");
        }
    }

    public int Count => _registrations.Sum(r => 1 + (r.Nested?.Count ?? 0));

    public void ResetTimers()
    {
        foreach (var registration in _registrations)
        {
            registration.Timer.Reset();
            registration.Nested?.ResetTimers();
        }
    }

    internal sealed class Recorder
    {
        private readonly RegistrationScope _scope;
        private int _position;

        public Recorder(RegistrationScope scope) => _scope = scope;

        public Registration Add(string action, IEnumerable<int>? kinds = null, Func<int, string>? kindName = null, string? detail = null)
        {
            lock (_scope._gate)
            {
                var position = _position++;
                Registration registration;
                if (position < _scope._registrations.Count && _scope._registrations[position].Action == action && _scope._registrations[position].Detail == detail)
                {
                    registration = _scope._registrations[position];
                }
                else
                {
                    registration = new Registration(action, detail, kindName ?? (k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    _scope._registrations.Insert(Math.Min(position, _scope._registrations.Count), registration);
                }

                if (kinds is not null)
                {
                    registration.Kinds.UnionWith(kinds);
                }

                return registration;
            }
        }
    }
}

/// <summary>One registered callback: the action ("SyntaxNode", "Operation", ...), its kinds, and for start actions, what they registered.</summary>
internal sealed class Registration
{
    public Registration(string action, string? detail, Func<int, string> kindName)
    {
        Action = action;
        Detail = detail;
        KindName = kindName;
    }

    public string Action { get; }

    /// <summary>The symbol kind of a symbol-start action.</summary>
    public string? Detail { get; }

    public SortedSet<int> Kinds { get; } = new();

    public Func<int, string> KindName { get; }

    public RegistrationScope? Nested { get; set; }

    /// <summary>Callback timings, when <see cref="CallbackTimer.Enabled"/> (the <c>--callback-profile</c> diagnostic mode).</summary>
    public CallbackTimer Timer { get; } = new();

    public RegistrationScope NestedScope() => Nested ??= new RegistrationScope();

    public static string SyntaxKindName(int kind) => ((SyntaxKind)kind).ToString();

    public static string OperationKindName(int kind) => ((OperationKind)kind).ToString();

    public static string SymbolKindName(int kind) => ((SymbolKind)kind).ToString();
}

/// <summary>
/// Times each call of a recorded callback (count, total, and the share of calls over 20 µs) so that
/// the time an analyzer spends can be told apart: many cheap calls, or a few expensive ones.
/// </summary>
internal sealed class CallbackTimer
{
    private static readonly long SlowTicks = System.Diagnostics.Stopwatch.Frequency / 50_000;
    private long _calls;
    private long _ticks;
    private long _slowCalls;
    private long _slowTicks;
    private long _allocated;

    public static bool Enabled { get; set; }

    public Action<T> Wrap<T>(Action<T> action)
    {
        if (!Enabled)
        {
            return action;
        }

        return argument =>
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                action(argument);
            }
            finally
            {
                var elapsed = System.Diagnostics.Stopwatch.GetTimestamp() - start;
                Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
                Interlocked.Increment(ref _calls);
                Interlocked.Add(ref _ticks, elapsed);
                if (elapsed > SlowTicks)
                {
                    Interlocked.Increment(ref _slowCalls);
                    Interlocked.Add(ref _slowTicks, elapsed);
                }
            }
        };
    }

    public void Reset()
    {
        _calls = _ticks = _slowCalls = _slowTicks = _allocated = 0;
    }

    public override string ToString()
    {
        if (_calls == 0)
        {
            return "not called";
        }

        static double Ms(long ticks) => ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{_calls:N0} calls, {Ms(_ticks):F1} ms ({Ms(_ticks) * 1e6 / _calls:F0} ns/call), {_allocated / 1024.0:N0} KB allocated; {_slowCalls:N0} over 20 µs: {Ms(_slowTicks):F1} ms");
    }
}

/// <summary>Runs a real analyzer unchanged (its own callbacks are registered) while recording what it registers.</summary>
internal sealed class RecordingAnalyzer : DiagnosticAnalyzer
{
    public RecordingAnalyzer(DiagnosticAnalyzer inner)
    {
        Inner = inner;
    }

    public DiagnosticAnalyzer Inner { get; }

    public RegistrationScope Root { get; } = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => Inner.Initialize(new RecordingAnalysisContext(context, Root, Root.Begin()));
}

internal sealed class RecordingAnalysisContext : AnalysisContext
{
    private readonly AnalysisContext _inner;
    private readonly RegistrationScope _scope;
    private readonly RegistrationScope.Recorder _recorder;

    public RecordingAnalysisContext(AnalysisContext inner, RegistrationScope scope, RegistrationScope.Recorder recorder)
    {
        _inner = inner;
        _scope = scope;
        _recorder = recorder;
    }

    public override void EnableConcurrentExecution()
    {
        _scope.Concurrent = true;
        _inner.EnableConcurrentExecution();
    }

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
    {
        _scope.GeneratedCode = analysisMode;
        _inner.ConfigureGeneratedCodeAnalysis(analysisMode);
    }

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
    {
        var registration = _recorder.Add("CompilationStart");
        var nested = registration.NestedScope();
        _inner.RegisterCompilationStartAction(registration.Timer.Wrap<CompilationStartAnalysisContext>(c =>
        {
            if (CallbackTimer.Enabled)
            {
                // Profiling: the actions are registered through a wrapper that times each call (limit: a
                // wrapper cannot serve TryGetValue, so profile without a policy file).
                action(new RecordingCompilationStartContext(c, nested.Begin()));
            }
            else
            {
                // The analyzer gets Roslyn's own context (TryGetValue and all work); what it registered is read back.
                action(c);
                RoslynActions.Record(c, nested.Begin());
            }
        }));
    }

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
    {
        _recorder.Add("Compilation");
        _inner.RegisterCompilationAction(action);
    }

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
    {
        _recorder.Add("SemanticModel");
        _inner.RegisterSemanticModelAction(action);
    }

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
    {
        _recorder.Add("Symbol", symbolKinds.Select(k => (int)k), Registration.SymbolKindName);
        _inner.RegisterSymbolAction(action, symbolKinds);
    }

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
    {
        _recorder.Add("SymbolStart", detail: symbolKind.ToString());
        _inner.RegisterSymbolStartAction(action, symbolKind);
    }

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
    {
        _recorder.Add("CodeBlockStart");
        _inner.RegisterCodeBlockStartAction(action);
    }

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
    {
        _recorder.Add("CodeBlock");
        _inner.RegisterCodeBlockAction(action);
    }

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
    {
        _recorder.Add("SyntaxTree");
        _inner.RegisterSyntaxTreeAction(action);
    }

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
    {
        _recorder.Add("AdditionalFile");
        _inner.RegisterAdditionalFileAction(action);
    }

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
    {
        _recorder.Add("SyntaxNode", syntaxKinds.Select(k => Convert.ToInt32(k, System.Globalization.CultureInfo.InvariantCulture)), Registration.SyntaxKindName);
        _inner.RegisterSyntaxNodeAction(action, syntaxKinds);
    }

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
        _recorder.Add("Operation", operationKinds.Select(k => (int)k), Registration.OperationKindName);
        _inner.RegisterOperationAction(action, operationKinds);
    }

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
    {
        _recorder.Add("OperationBlockStart");
        _inner.RegisterOperationBlockStartAction(action);
    }

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
    {
        _recorder.Add("OperationBlock");
        _inner.RegisterOperationBlockAction(action);
    }
}

/// <summary>
/// Reads back what an analyzer registered in a compilation-start action from Roslyn's own context
/// (internal state, read by reflection: the harness pins the compiler version). An action kind it does
/// not know is reported, so that the floor never silently misses a callback.
/// </summary>
internal static class RoslynActions
{
    private static readonly (string Field, string Action)[] Known =
    {
        ("_compilationEndActions", "CompilationEnd"),
        ("_compilationActions", "Compilation"),
        ("_syntaxTreeActions", "SyntaxTree"),
        ("_additionalFileActions", "AdditionalFile"),
        ("_semanticModelActions", "SemanticModel"),
        ("_symbolActions", "Symbol"),
        ("_symbolStartActions", "SymbolStart"),
        ("_codeBlockStartActions", "CodeBlockStart"),
        ("_codeBlockActions", "CodeBlock"),
        ("_operationBlockStartActions", "OperationBlockStart"),
        ("_operationBlockActions", "OperationBlock"),
        ("_syntaxNodeActions", "SyntaxNode"),
        ("_operationActions", "Operation"),
    };

    // Registered inside nested start actions (symbol, code block, operation block), which the floor registers empty.
    private static readonly string[] Nested = { "_symbolEndActions", "_codeBlockEndActions", "_operationBlockEndActions", "_compilationStartActions" };

    public static List<string> Problems { get; } = new();

    public static void Record(CompilationStartAnalysisContext context, RegistrationScope.Recorder recorder)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        try
        {
            var scope = context.GetType().GetField("_scope", Flags)?.GetValue(context)
                ?? throw new InvalidOperationException("no _scope in " + context.GetType());
            FieldInfo? boxField = null;
            for (var type = scope.GetType(); type is not null && boxField is null; type = type.BaseType)
            {
                boxField = type.GetField("_analyzerActions", Flags | BindingFlags.DeclaredOnly);
            }

            if (boxField is null)
            {
                throw new InvalidOperationException("no _analyzerActions in " + scope.GetType());
            }

            if (boxField.GetValue(scope) is not { } box)
            {
                return; // created on the first registration: nothing registered
            }

            var actions = box.GetType().GetField("Value")?.GetValue(box) ?? throw new InvalidOperationException("no actions in the box");
            foreach (var field in actions.GetType().GetFields(Flags))
            {
                if (field.GetValue(actions) is not System.Collections.IEnumerable items || field.FieldType == typeof(string))
                {
                    continue;
                }

                var list = items.Cast<object>().ToList();
                var known = Array.Find(Known, k => k.Field == field.Name).Action;
                if (known is null)
                {
                    if (list.Count > 0 && Array.IndexOf(Nested, field.Name) < 0)
                    {
                        lock (Problems)
                        {
                            Problems.Add($"{field.Name} ({list.Count}) is not replayed by the floor");
                        }
                    }

                    continue;
                }

                foreach (var item in list)
                {
                    var kinds = item.GetType().GetProperty("Kinds", Flags)?.GetValue(item) as System.Collections.IEnumerable;
                    var kindNumbers = kinds?.Cast<object>().Select(k => Convert.ToInt32(k, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                    switch (known)
                    {
                        case "SyntaxNode":
                            recorder.Add(known, kindNumbers, Registration.SyntaxKindName);
                            break;
                        case "Operation":
                            recorder.Add(known, kindNumbers, Registration.OperationKindName);
                            break;
                        case "Symbol":
                            recorder.Add(known, kindNumbers, Registration.SymbolKindName);
                            break;
                        case "SymbolStart":
                            recorder.Add(known, detail: item.GetType().GetProperty("Kind", Flags)?.GetValue(item)?.ToString());
                            break;
                        default:
                            recorder.Add(known);
                            break;
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TargetInvocationException or ArgumentException)
        {
            lock (Problems)
            {
                Problems.Add("cannot read the registered actions: " + e.Message);
            }
        }
    }
}

internal sealed class RecordingCompilationStartContext : CompilationStartAnalysisContext
{
    private readonly CompilationStartAnalysisContext _inner;
    private readonly RegistrationScope.Recorder _recorder;

    public RecordingCompilationStartContext(CompilationStartAnalysisContext inner, RegistrationScope.Recorder recorder)
        : base(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        _inner = inner;
        _recorder = recorder;
    }

    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
    {
        var registration = _recorder.Add("CompilationEnd");
        _inner.RegisterCompilationEndAction(registration.Timer.Wrap(action));
    }

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
    {
        _recorder.Add("SemanticModel");
        _inner.RegisterSemanticModelAction(action);
    }

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
    {
        _recorder.Add("Symbol", symbolKinds.Select(k => (int)k), Registration.SymbolKindName);
        _inner.RegisterSymbolAction(action, symbolKinds);
    }

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
    {
        // Nested registrations of symbol-start actions are not recorded: the floor registers the start action alone.
        _recorder.Add("SymbolStart", detail: symbolKind.ToString());
        _inner.RegisterSymbolStartAction(action, symbolKind);
    }

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
    {
        _recorder.Add("CodeBlockStart");
        _inner.RegisterCodeBlockStartAction(action);
    }

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
    {
        _recorder.Add("CodeBlock");
        _inner.RegisterCodeBlockAction(action);
    }

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
    {
        _recorder.Add("SyntaxTree");
        _inner.RegisterSyntaxTreeAction(action);
    }

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
    {
        var registration = _recorder.Add("AdditionalFile");
        _inner.RegisterAdditionalFileAction(registration.Timer.Wrap(action));
    }

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
    {
        var registration = _recorder.Add("SyntaxNode", syntaxKinds.Select(k => Convert.ToInt32(k, System.Globalization.CultureInfo.InvariantCulture)), Registration.SyntaxKindName);
        _inner.RegisterSyntaxNodeAction(registration.Timer.Wrap(action), syntaxKinds);
    }

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
        var registration = _recorder.Add("Operation", operationKinds.Select(k => (int)k), Registration.OperationKindName);
        _inner.RegisterOperationAction(registration.Timer.Wrap(action), operationKinds);
    }

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
    {
        _recorder.Add("OperationBlockStart");
        _inner.RegisterOperationBlockStartAction(action);
    }

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
    {
        _recorder.Add("OperationBlock");
        _inner.RegisterOperationBlockAction(action);
    }
}

/// <summary>
/// The floor: an analyzer that registers exactly the callbacks a real analyzer registered (same actions,
/// same syntax/operation/symbol kinds, in compilation-start actions where the real one did), and does
/// nothing in them. Its execution time is what the analyzer driver charges for those callbacks alone.
/// Nested start actions (symbol, code block, operation block) are registered with empty bodies.
/// <para>
/// The scan floor (<c>scanStrings</c>) does, in the same callbacks, the least any endpoint detector must do:
/// it reads each string literal's value once (the literal, or the text parts of an interpolated string) and
/// looks for a '.' or a ':'. No policy, no parsing, no report.
/// </para>
/// </summary>
internal sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly char[] DotOrColon = { '.', ':' };

    private readonly RegistrationScope _root;
    private readonly Action<SyntaxNodeAnalysisContext> _syntaxNode;

    /// <summary>How many strings the scan floor found a '.' or ':' in (read, so the scan cannot be optimised away).</summary>
    private static long _stringsWithDotOrColon;

    /// <param name="enabled">As the analyzer it stands for: one whose rules are all off by default is not run at all.</param>
    public FloorAnalyzer(string name, RegistrationScope root, bool enabled, bool scanStrings = false)
    {
        Name = name;
        _root = root;
        _syntaxNode = scanStrings ? ScanStrings : static _ => { };
        SupportedDiagnostics = ImmutableArray.Create(new DiagnosticDescriptor(
            "FLOOR0001", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: enabled));
    }

    public string Name { get; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        if (_root.GeneratedCode is { } flags)
        {
            context.ConfigureGeneratedCodeAnalysis(flags);
        }

        if (_root.Concurrent)
        {
            context.EnableConcurrentExecution();
        }

        foreach (var registration in _root.Registrations)
        {
            switch (registration.Action)
            {
                case "CompilationStart":
                    var nested = registration.Nested ?? new RegistrationScope();
                    context.RegisterCompilationStartAction(start => Replay(nested, start, _syntaxNode));
                    break;
                case "Compilation":
                    context.RegisterCompilationAction(static _ => { });
                    break;
                case "SemanticModel":
                    context.RegisterSemanticModelAction(static _ => { });
                    break;
                case "Symbol":
                    context.RegisterSymbolAction(static _ => { }, registration.Kinds.Select(k => (SymbolKind)k).ToImmutableArray());
                    break;
                case "SymbolStart":
                    context.RegisterSymbolStartAction(static _ => { }, Enum.Parse<SymbolKind>(registration.Detail!));
                    break;
                case "CodeBlockStart":
                    context.RegisterCodeBlockStartAction<SyntaxKind>(static _ => { });
                    break;
                case "CodeBlock":
                    context.RegisterCodeBlockAction(static _ => { });
                    break;
                case "SyntaxTree":
                    context.RegisterSyntaxTreeAction(static _ => { });
                    break;
                case "AdditionalFile":
                    context.RegisterAdditionalFileAction(static _ => { });
                    break;
                case "SyntaxNode":
                    context.RegisterSyntaxNodeAction(_syntaxNode, registration.Kinds.Select(k => (SyntaxKind)k).ToImmutableArray());
                    break;
                case "Operation":
                    context.RegisterOperationAction(static _ => { }, registration.Kinds.Select(k => (OperationKind)k).ToImmutableArray());
                    break;
                case "OperationBlockStart":
                    context.RegisterOperationBlockStartAction(static _ => { });
                    break;
                case "OperationBlock":
                    context.RegisterOperationBlockAction(static _ => { });
                    break;
                default:
                    throw new InvalidOperationException("Unknown registration " + registration.Action);
            }
        }
    }

    public static long StringsWithDotOrColon => Interlocked.Read(ref _stringsWithDotOrColon);

    private static void ScanStrings(SyntaxNodeAnalysisContext context)
    {
        switch (context.Node)
        {
            case LiteralExpressionSyntax literal:
                Count(literal.Token.ValueText);
                break;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        Count(text.TextToken.ValueText);
                    }
                }

                break;
        }

        static void Count(string value)
        {
            if (value.IndexOfAny(DotOrColon) >= 0)
            {
                Interlocked.Increment(ref _stringsWithDotOrColon);
            }
        }
    }

    private static void Replay(RegistrationScope scope, CompilationStartAnalysisContext context, Action<SyntaxNodeAnalysisContext> syntaxNode)
    {
        foreach (var registration in scope.Registrations)
        {
            switch (registration.Action)
            {
                case "CompilationEnd":
                    context.RegisterCompilationEndAction(static _ => { });
                    break;
                case "SemanticModel":
                    context.RegisterSemanticModelAction(static _ => { });
                    break;
                case "Symbol":
                    context.RegisterSymbolAction(static _ => { }, registration.Kinds.Select(k => (SymbolKind)k).ToImmutableArray());
                    break;
                case "SymbolStart":
                    context.RegisterSymbolStartAction(static _ => { }, Enum.Parse<SymbolKind>(registration.Detail!));
                    break;
                case "CodeBlockStart":
                    context.RegisterCodeBlockStartAction<SyntaxKind>(static _ => { });
                    break;
                case "CodeBlock":
                    context.RegisterCodeBlockAction(static _ => { });
                    break;
                case "SyntaxTree":
                    context.RegisterSyntaxTreeAction(static _ => { });
                    break;
                case "AdditionalFile":
                    context.RegisterAdditionalFileAction(static _ => { });
                    break;
                case "SyntaxNode":
                    context.RegisterSyntaxNodeAction(syntaxNode, registration.Kinds.Select(k => (SyntaxKind)k).ToImmutableArray());
                    break;
                case "Operation":
                    context.RegisterOperationAction(static _ => { }, registration.Kinds.Select(k => (OperationKind)k).ToImmutableArray());
                    break;
                case "OperationBlockStart":
                    context.RegisterOperationBlockStartAction(static _ => { });
                    break;
                case "OperationBlock":
                    context.RegisterOperationBlockAction(static _ => { });
                    break;
                default:
                    throw new InvalidOperationException("Unknown registration " + registration.Action);
            }
        }
    }
}
