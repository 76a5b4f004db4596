using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Rules;

namespace SovereignAnalyzers.Tests.Infrastructure;

/// <summary>A loaded policy's problems as the policy rules (SOV0900, SOV0901) report them.</summary>
internal static class LoadedPolicyDiagnostics
{
    extension(LoadedPolicy loaded)
    {
        public ImmutableArray<Diagnostic> Diagnostics
            => loaded.Problems.Select(problem => problem.ToDiagnostic(Descriptors.For(problem.Kind))).ToImmutableArray();
    }
}
