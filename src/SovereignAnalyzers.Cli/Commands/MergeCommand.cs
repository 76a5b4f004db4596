using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using SovereignAnalyzers.Cli.CommandLine;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Reports;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli.Commands;

/// <summary><c>sovereign merge REPORT.json…</c>: one inventory from the JSON reports of many repositories.</summary>
internal static class MergeCommand
{
    private static readonly string[] Formats = { "html", "markdown", "json", "text" };

    public static Command Create()
    {
        var reports = new Argument<string[]>("reports") { Description = Text.Get(nameof(CliStrings.ArgReports)), Arity = ArgumentArity.OneOrMore };
        var format = AuditCommand.FormatOption(Formats);
        var output = AuditCommand.OutputOption();
        var command = new Command("merge", Text.Get(nameof(CliStrings.CmdMerge))) { reports, format, output };
        command.SetAction(result => Run(result.GetValue(reports)!, result.GetValue(format)!, result.GetValue(output)));
        Examples.Add(command, "sovereign merge reports/*.json --output inventory.html", "sovereign merge api.json web.json --format json --output all.json");
        return command;
    }

    private static int Run(string[] paths, string format, string? output)
    {
        var merged = new List<AuditReport>();
        foreach (var path in paths)
        {
            try
            {
                merged.Add(JsonReportReader.Read(File.ReadAllText(path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
            {
                Output.Error(Text.Format(nameof(CliStrings.ErrorReadReport), path, e.Message));
                return ExitCodes.UsageOrLoadError;
            }
        }

        var report = Merge(merged, paths);
        Output.Write(output, AuditCommand.Render(report, format));
        if (!string.IsNullOrEmpty(output))
        {
            Output.Error(Text.Format(nameof(CliStrings.Written), output) + " " + Summary.Totals(report));
        }

        return ExitCodes.Success;
    }

    public static AuditReport Merge(IReadOnlyList<AuditReport> reports, IReadOnlyList<string> paths)
    {
        var repositories = new List<string>();
        var projects = new List<ProjectResult>();
        var notes = new List<string>();
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var name = report.Root.Length > 0 ? report.Root : Path.GetFileNameWithoutExtension(paths[i]);
            if (repositories.Contains(name, StringComparer.Ordinal))
            {
                name += " (" + Path.GetFileName(paths[i]) + ")";
            }

            repositories.Add(name);
            notes.AddRange(report.Notes.Select(n => name + ": " + n));
            foreach (var project in report.Projects)
            {
                var repository = project.Repository.Length > 0 ? name + "/" + project.Repository : name;
                projects.Add(new ProjectResult(project.Name, project.Path, project.Analysis, project.Notes, project.Findings, repository));
            }
        }

        var catalogs = reports.Select(r => r.CatalogVersion).Where(v => v.Length > 0).Distinct().ToList();
        return new AuditReport("merged", Auditor.ToolVersion, string.Join(", ", catalogs), DateTimeOffset.UtcNow, projects, notes, repositories);
    }
}
