using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Benchmarks.Harness;

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
