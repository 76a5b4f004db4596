using System;
using System.Collections.Generic;

namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>
/// Migration readiness from a finding's properties alone: a quick fix when an allowed alternative speaks
/// the finding's API (<c>api</c> and the <c>api</c> part of <c>alternativeEndpoints</c>), code changes when
/// alternatives exist but none speaks it (or the analyzers did not say which API), none otherwise.
/// </summary>
internal static class ReadinessClassifier
{
    public static Readiness Classify(IReadOnlyDictionary<string, string> properties)
    {
        string Get(string key) => properties.TryGetValue(key, out var value) ? value : string.Empty;

        if (Get("providerId").Length == 0)
        {
            return Readiness.NotApplicable;
        }

        var api = Get("api");
        var endpoints = AlternativeEndpoint.ParseList(Get("alternativeEndpoints"));
        if (endpoints.Count > 0)
        {
            foreach (var endpoint in endpoints)
            {
                if (api.Length > 0 && string.Equals(endpoint.Api, api, StringComparison.OrdinalIgnoreCase))
                {
                    return Readiness.QuickFix;
                }
            }

            return Readiness.CodeChanges;
        }

        // Diagnostics without alternativeEndpoints still name the alternatives' providers.
        return Finding.List(Get("alternatives"), ',').Count > 0 ? Readiness.CodeChanges : Readiness.NoAlternative;
    }
}
