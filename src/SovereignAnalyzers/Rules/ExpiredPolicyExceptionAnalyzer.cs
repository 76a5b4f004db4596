using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.PolicyLoading;

namespace SovereignAnalyzers.Rules;

/// <summary>
/// SOV0901: an exception of the policy is past its <c>expires</c> date, so it no longer silences
/// findings. Reported at that date in the policy file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExpiredPolicyExceptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ExpiredPolicyException);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => LoadedPolicy.ReportInPolicyFiles(start, PolicyProblemKind.ExpiredException, Descriptors.ExpiredPolicyException));
    }
}
