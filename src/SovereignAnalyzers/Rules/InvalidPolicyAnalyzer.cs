using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.PolicyLoading;

namespace SovereignAnalyzers.Rules;

/// <summary>
/// SOV0900: the sovereignty policy (or a base it extends) is invalid, or more than one applies. Each
/// problem is reported where it stands in the policy file; every rule then uses the built-in default.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidPolicyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidPolicy);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => LoadedPolicy.ReportInPolicyFiles(start, PolicyProblemKind.InvalidPolicy, Descriptors.InvalidPolicy));
    }
}
