using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Rules;

/// <summary>Finds the policy that applies to a compilation.</summary>
internal static class CompilationPolicy
{
    public static PolicyEvaluation Get(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        _ = options;
        _ = cancellationToken;
        return PolicyEvaluation.Default;
    }
}
