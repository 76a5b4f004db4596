using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Cli.CommandLine;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Loading;

namespace SovereignAnalyzers.Cli.Commands;

/// <summary>Runs an audit of a path and builds its report (shared by <c>audit</c> and <c>baseline</c>).</summary>
internal static class Auditor
{
    public static string ToolVersion
        => typeof(Auditor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The report, or null after printing why PATH cannot be audited.</summary>
    public static async Task<(AuditReport? Report, AuditTarget? Target)> RunAsync(string path, bool restore, CancellationToken cancellationToken)
    {
        var target = AuditTarget.Resolve(path, out var error);
        if (target is null)
        {
            Output.Error(error!);
            return (null, null);
        }

        var outcome = await ConsoleProgress.RunAsync(progress => Load(target, restore, progress, cancellationToken)).ConfigureAwait(false);
        if (outcome.BuildHostFailed)
        {
            // The out-of-process design-time build timed out (typically a machine under heavy load): one more
            // try, without restoring again. A second failure is reported as it is.
            Output.Error(Text.Get(nameof(Resources.CliStrings.RetryBuildHost)));
            outcome = await ConsoleProgress.RunAsync(progress => Load(target, restore: false, progress, cancellationToken)).ConfigureAwait(false);
        }

        Fingerprints.Assign(outcome.Projects);
        var catalogVersions = outcome.Projects.SelectMany(p => p.Findings).Select(f => f.Property("catalogVersion")).Where(v => v.Length > 0).Distinct().ToList();
        var report = new AuditReport(
            target.DisplayName,
            ToolVersion,
            catalogVersions.Count > 0 ? string.Join(", ", catalogVersions) : ProviderCatalog.BuiltIn.Version,
            DateTimeOffset.UtcNow,
            outcome.Projects,
            outcome.Notes,
            Array.Empty<string>());
        return (report, target);
    }

    /// <summary>Whether every project had a full semantic analysis (else exit code 2, whatever the findings).</summary>
    public static bool FullyAnalysed(AuditReport report)
        => report.Notes.Count == 0 && report.Projects.All(p => p.Analysis == AnalysisKind.Semantic);

    // Workspace types are touched only here, after Main registered the MSBuild instance.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<AuditOutcome> Load(AuditTarget target, bool restore, IAuditProgress progress, CancellationToken cancellationToken)
        => WorkspaceAudit.RunAsync(target, restore, progress, cancellationToken);
}
