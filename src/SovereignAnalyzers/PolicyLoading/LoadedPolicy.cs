using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.PolicyLoading;

/// <summary>The policy evaluation of a compilation, and the diagnostics located in its policy files.</summary>
internal sealed class LoadedPolicy
{
    private static readonly Lazy<LoadedPolicy> NoPolicy = new(() => new LoadedPolicy(PolicyEvaluation.Default, ImmutableArray<Diagnostic>.Empty));

    public LoadedPolicy(PolicyEvaluation evaluation, ImmutableArray<Diagnostic> diagnostics)
    {
        Evaluation = evaluation;
        Diagnostics = diagnostics;
    }

    /// <summary>No policy file: the built-in default, nothing to report.</summary>
    public static LoadedPolicy Default => NoPolicy.Value;

    public PolicyEvaluation Evaluation { get; }

    /// <summary>SOV0900 and SOV0901 diagnostics, located in policy files.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Reports this policy's diagnostics of <paramref name="descriptor"/>, each when the additional file it
    /// stands in is analysed: once per compilation whatever the number of rules that load the policy, and
    /// live in editors that analyse additional files.
    /// </summary>
    public static void ReportInPolicyFiles(CompilationStartAnalysisContext context, DiagnosticDescriptor descriptor)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var diagnostic in CompilationPolicy.Load(context.Options, context.CancellationToken).Diagnostics)
        {
            if (diagnostic.Id == descriptor.Id)
            {
                diagnostics.Add(diagnostic);
            }
        }

        if (diagnostics.Count == 0)
        {
            return;
        }

        context.RegisterAdditionalFileAction(file =>
        {
            foreach (var diagnostic in diagnostics)
            {
                if (string.Equals(diagnostic.Location.GetLineSpan().Path, file.AdditionalFile.Path, StringComparison.Ordinal))
                {
                    file.ReportDiagnostic(diagnostic);
                }
            }
        });
    }
}
