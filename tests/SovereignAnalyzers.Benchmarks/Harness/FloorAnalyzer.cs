using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Benchmarks.Harness;

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

        // An action registered at the top level runs, per compilation, as if registered in a compilation-start
        // action (a top-level compilation action as a compilation-end action): the floor registers it there.
        var topLevel = new List<Registration>();
        foreach (var registration in _root.Registrations)
        {
            if (registration.Action == "CompilationStart")
            {
                var nested = registration.Nested ?? new RegistrationScope();
                context.RegisterCompilationStartAction(start => Replay(nested.Registrations, start, _syntaxNode));
            }
            else
            {
                topLevel.Add(registration);
            }
        }

        if (topLevel.Count > 0)
        {
            context.RegisterCompilationStartAction(start => Replay(topLevel, start, _syntaxNode));
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

    private static void Replay(IEnumerable<Registration> registrations, CompilationStartAnalysisContext context, Action<SyntaxNodeAnalysisContext> syntaxNode)
    {
        foreach (var registration in registrations)
        {
            switch (registration.Action)
            {
                case "CompilationEnd" or "Compilation":
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
