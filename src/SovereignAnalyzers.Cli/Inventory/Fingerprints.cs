using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>
/// A finding's identity across runs, independent of its line: the rule, the file, what it depends on
/// (provider, host, setting, client) and its rank among identical findings of that file. Code moving down
/// a file keeps its alerts; a fixed finding's fingerprint disappears, so code scanning closes the alert.
/// </summary>
internal static class Fingerprints
{
    public const string SarifKey = "sovereignFinding/v1";

    public static void Assign(IEnumerable<ProjectResult> projects)
    {
        foreach (var project in projects)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var finding in project.Findings)
            {
                if (finding.Fingerprint.Length > 0)
                {
                    continue;
                }

                var key = string.Join(
                    "|",
                    finding.RuleId,
                    finding.Location?.Path ?? project.Path,
                    finding.ProviderId,
                    finding.Property("host"),
                    finding.Property("setting"),
                    finding.Property("client"),
                    finding.Property("sdkFamily"));
                seen[key] = seen.TryGetValue(key, out var rank) ? rank + 1 : 0;
                var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(key + "|" + seen[key]));
                finding.Fingerprint = Convert.ToHexStringLower(bytes, 0, 16);
            }
        }
    }
}
