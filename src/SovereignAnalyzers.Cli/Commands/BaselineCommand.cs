using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SovereignAnalyzers.Cli.CommandLine;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Loading;
using SovereignAnalyzers.Cli.Resources;
using SovereignAnalyzers.Json;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Cli.Commands;

/// <summary>
/// <c>sovereign baseline [PATH]</c>: today's findings become exceptions of the policy in force for each
/// project (the nearest sovereignty.json, created at PATH when there is none), so the CI gate can be
/// turned on and fail only on new dependencies. Findings already excepted are not reported, so running it
/// again adds only what is new.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = Text.Get(nameof(CliStrings.ArgAuditPath)), DefaultValueFactory = _ => "." };
        var owner = new Option<string>("--owner") { Description = Text.Get(nameof(CliStrings.OptOwner)), Required = true };
        var expires = new Option<string?>("--expires") { Description = Text.Get(nameof(CliStrings.OptExpires)) };
        var noRestore = new Option<bool>("--no-restore") { Description = Text.Get(nameof(CliStrings.OptNoRestore)) };
        var command = new Command("baseline", Text.Get(nameof(CliStrings.CmdBaseline))) { path, owner, expires, noRestore };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(path)!, result.GetValue(owner)!, result.GetValue(expires), !result.GetValue(noRestore), cancellationToken));
        Examples.Add(command, "sovereign baseline --owner cto@example.org", "sovereign baseline src/MyApp.sln --owner team-platform --expires 2027-03-31");
        return command;
    }

    private static async Task<int> RunAsync(string path, string owner, string? expiresText, bool restore, CancellationToken cancellationToken)
    {
        var today = PolicyClock.Today;
        var expires = today.AddMonths(6);
        if (expiresText is not null && !DateTime.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out expires))
        {
            Output.Error(Text.Format(nameof(CliStrings.ErrorDate), expiresText));
            return ExitCodes.UsageOrLoadError;
        }

        if (expires.Date <= today)
        {
            Output.Error(Text.Format(nameof(CliStrings.ErrorDatePast), expiresText));
            return ExitCodes.UsageOrLoadError;
        }

        var (report, target) = await Auditor.RunAsync(path, restore, cancellationToken).ConfigureAwait(false);
        if (report is null || target is null)
        {
            return ExitCodes.UsageOrLoadError;
        }

        // Findings grouped by the policy in force for them: the one the analyzers name (policyFile), else the
        // nearest sovereignty.json above the project, else a new one at PATH.
        var byPolicy = new SortedDictionary<string, List<BaselineWriter.Entry>>(StringComparer.Ordinal);
        foreach (var project in report.Projects)
        {
            var projectFolder = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(target.RootFolder, project.Path)))!;
            var nearest = PolicyFiles.FindPolicy(projectFolder) ?? Path.Combine(target.RootFolder, PolicyReader.FileName);
            foreach (var finding in project.Findings.Where(f => f.IsDependency))
            {
                var policy = finding.Property("policyFile") is { Length: > 0 } named ? Path.GetFullPath(Path.Combine(target.RootFolder, named)) : nearest;
                if (!byPolicy.TryGetValue(policy, out var entries))
                {
                    byPolicy[policy] = entries = new List<BaselineWriter.Entry>();
                }

                var host = finding.Property("host") is { Length: > 0 } h ? h : null;
                var file = finding.Location is { } location
                    ? Path.GetRelativePath(Path.GetDirectoryName(policy)!, Path.Combine(target.RootFolder, location.Path)).Replace('\\', '/')
                    : null;
                var entry = new BaselineWriter.Entry(host, finding.ProviderId, file);
                if (!entries.Contains(entry))
                {
                    entries.Add(entry);
                }
            }
        }

        var justification = Text.Format(nameof(CliStrings.BaselineJustification), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var total = 0;
        foreach (var (policy, entries) in byPolicy)
        {
            if (entries.Count == 0)
            {
                continue;
            }

            var text = File.Exists(policy) ? await File.ReadAllTextAsync(policy, cancellationToken).ConfigureAwait(false) : BaselineWriter.NewPolicy();
            string updated;
            try
            {
                updated = BaselineWriter.Add(text, entries, justification, owner, expires);
            }
            catch (Exception e) when (e is JsonParseException or FormatException)
            {
                Output.Error(Text.Format(nameof(CliStrings.ErrorPolicyUnreadable), policy, e.Message));
                return ExitCodes.UsageOrLoadError;
            }

            Output.Write(policy, updated);
            var check = PolicyInForce.Load(policy, Path.GetDirectoryName(policy)!);
            foreach (var error in check.Errors)
            {
                Output.Error(error);
            }

            total += entries.Count;
            Output.Error(Text.Format(nameof(CliStrings.BaselineWritten), entries.Count, policy, expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (total == 0)
        {
            Output.Error(Text.Get(nameof(CliStrings.BaselineNothing)));
        }

        if (!Auditor.FullyAnalysed(report))
        {
            Output.Error(Text.Get(nameof(CliStrings.WarnNotFullyAnalysed)));
            return ExitCodes.UsageOrLoadError;
        }

        return ExitCodes.Success;
    }
}
