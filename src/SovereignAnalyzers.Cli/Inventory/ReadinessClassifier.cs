using System.Collections.Generic;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;

namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>
/// Migration readiness from a finding's properties alone: a quick fix when the code fixes move it (the same
/// predicate they use, <see cref="QuickFixTargets"/>), code changes when the policy allows alternatives but
/// no fix leads there (another API, a value the code must supply), none otherwise.
/// </summary>
internal static class ReadinessClassifier
{
    public static Readiness Classify(IReadOnlyDictionary<string, string> properties)
    {
        var finding = FindingContract.Read(key => properties.TryGetValue(key, out var value) ? value : null);
        if (finding.ProviderId.Length == 0)
        {
            return Readiness.NotApplicable;
        }

        if (QuickFixTargets.CanMove(finding, ProviderCatalog.BuiltIn))
        {
            return Readiness.QuickFix;
        }

        return finding.AlternativeEndpoints.Count > 0 || Finding.List(finding.Alternatives, ',').Count > 0
            ? Readiness.CodeChanges
            : Readiness.NoAlternative;
    }
}
