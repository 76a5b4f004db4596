using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Benchmarks.Harness;

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
        _recorder.AddSymbol(symbolKinds);
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
        _recorder.AddSyntaxNode(syntaxKinds);
        _inner.RegisterSyntaxNodeAction(action, syntaxKinds);
    }

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
        _recorder.AddOperation(operationKinds);
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
