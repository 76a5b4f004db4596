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
    private static readonly Lazy<LoadedPolicy> NoPolicy = new(() => new LoadedPolicy(PolicyEvaluation.Default, ImmutableArray<PolicyProblem>.Empty));

    public LoadedPolicy(PolicyEvaluation evaluation, ImmutableArray<PolicyProblem> problems)
    {
        Evaluation = evaluation;
        Problems = problems;
    }

    /// <summary>No policy file: the built-in default, nothing to report.</summary>
    public static LoadedPolicy Default => NoPolicy.Value;

    public PolicyEvaluation Evaluation { get; }

    /// <summary>The problems located in policy files (SOV0900, SOV0901).</summary>
    public ImmutableArray<PolicyProblem> Problems { get; }

    /// <summary>
    /// Reports this policy's problems of <paramref name="kind"/> as diagnostics of <paramref name="rule"/>, each
    /// when the additional file it stands in is analysed: once per compilation whatever the number of rules
    /// that load the policy, and live in editors that analyse additional files.
    /// </summary>
    public static void ReportInPolicyFiles(CompilationStartAnalysisContext context, PolicyProblemKind kind, DiagnosticDescriptor rule)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var problem in CompilationPolicy.Load(context.Options, context.CancellationToken).Problems)
        {
            if (problem.Kind == kind)
            {
                diagnostics.Add(problem.ToDiagnostic(rule));
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
