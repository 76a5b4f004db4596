using System.Linq;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli.Reports;

/// <summary>The sentences every format opens with: totals and the migration-readiness headline.</summary>
internal static class Summary
{
    public static string Totals(AuditReport report)
        => Text.Format(
            nameof(CliStrings.SummaryTotals),
            report.Projects.Count,
            report.Findings.Count(),
            report.Count("error"),
            report.Count("warning"),
            report.Count("info"),
            report.Dependencies.Count());

    public static string Readiness(AuditReport report)
        => Text.Format(
            nameof(CliStrings.SummaryReadiness),
            report.Count(Inventory.Readiness.QuickFix),
            report.Dependencies.Count(),
            report.Count(Inventory.Readiness.CodeChanges),
            report.Count(Inventory.Readiness.NoAlternative),
            report.Dependencies.Count(f => f.Readiness == Inventory.Readiness.QuickFix && f.IsInSource));

    public static string Location(Finding finding)
        => finding.Location is { } l ? $"{l.Path}({l.StartLine},{l.StartColumn})" : string.Empty;

    /// <summary>What the finding points at: the host, else the setting or SDK client.</summary>
    public static string Subject(Finding finding)
    {
        foreach (var key in new[] { "host", "setting", "client", "sdkFamily" })
        {
            if (finding.Property(key) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return string.Empty;
    }

    /// <summary>The allowed alternatives, with region and endpoint when the finding carries them.</summary>
    public static string Alternatives(Finding finding)
    {
        var endpoints = finding.AlternativeEndpoints;
        if (endpoints.Count > 0)
        {
            return string.Join(", ", endpoints.Select(e => e.ProviderId + (e.Region.Length > 0 ? " (" + e.Region + ")" : string.Empty) + (e.Api.Length > 0 ? " [" + e.Api + "]" : string.Empty)));
        }

        return string.Join(", ", finding.Alternatives);
    }
}
