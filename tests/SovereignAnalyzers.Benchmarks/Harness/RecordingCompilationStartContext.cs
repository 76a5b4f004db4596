using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Benchmarks.Harness;

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
        _recorder.AddSymbol(symbolKinds);
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
        var registration = _recorder.AddSyntaxNode(syntaxKinds);
        _inner.RegisterSyntaxNodeAction(registration.Timer.Wrap(action), syntaxKinds);
    }

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
        var registration = _recorder.AddOperation(operationKinds);
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
