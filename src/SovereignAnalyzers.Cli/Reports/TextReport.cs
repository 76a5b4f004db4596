using System.IO;
using System.Linq;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Resources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SovereignAnalyzers.Cli.Reports;

/// <summary>The console summary: totals, readiness, tables by provider and project, then the findings.</summary>
internal static class TextReport
{
    public static string Write(AuditReport report, int width = 140)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;

        console.WriteLine(Text.Format(nameof(CliStrings.TextTitle), report.Root, report.CatalogVersion));
        console.WriteLine(Summary.Totals(report));
        console.WriteLine(Summary.Readiness(report));
        console.WriteLine();

        var providers = NewTable(Text.Get(nameof(CliStrings.ColumnProvider)), Text.Get(nameof(CliStrings.ColumnLaws)), Text.Get(nameof(CliStrings.ColumnFindings)),
            Text.Get(nameof(CliStrings.ReadinessQuickFix)), Text.Get(nameof(CliStrings.ReadinessCodeChanges)), Text.Get(nameof(CliStrings.ReadinessNoAlternative)));
        foreach (var group in report.ByProvider())
        {
            providers.AddRow(Cells(group.Label, string.Join(", ", group.Findings.SelectMany(f => f.Laws).Distinct()), Text.Number(group.Findings.Count),
                Text.Number(group.Count(Readiness.QuickFix)), Text.Number(group.Count(Readiness.CodeChanges)), Text.Number(group.Count(Readiness.NoAlternative))));
        }

        if (providers.Rows.Count > 0)
        {
            console.Write(providers);
        }

        var projects = NewTable(Text.Get(nameof(CliStrings.ColumnProject)), Text.Get(nameof(CliStrings.ColumnAnalysis)), Text.Get(nameof(CliStrings.ColumnFindings)),
            Text.Get(nameof(CliStrings.ReadinessQuickFix)), Text.Get(nameof(CliStrings.ReadinessCodeChanges)), Text.Get(nameof(CliStrings.ReadinessNoAlternative)));
        foreach (var project in report.Projects)
        {
            var dependencies = project.Findings.Where(f => f.IsDependency).ToList();
            projects.AddRow(Cells(project.Path, ReadinessNames.Display(project.Analysis), Text.Number(project.Findings.Count),
                Text.Number(dependencies.Count(f => f.Readiness == Readiness.QuickFix)),
                Text.Number(dependencies.Count(f => f.Readiness == Readiness.CodeChanges)),
                Text.Number(dependencies.Count(f => f.Readiness == Readiness.NoAlternative))));
        }

        console.Write(projects);

        foreach (var project in report.Projects.Where(p => p.Analysis != AnalysisKind.Semantic))
        {
            console.WriteLine(Text.Format(nameof(CliStrings.TextNotSemantic), project.Path, ReadinessNames.Display(project.Analysis)));
            foreach (var note in project.Notes)
            {
                console.WriteLine("  - " + note);
            }
        }

        foreach (var note in report.Notes)
        {
            console.WriteLine("! " + note);
        }

        var findings = report.Findings.ToList();
        if (findings.Count > 0)
        {
            console.WriteLine();
            var table = NewTable(Text.Get(nameof(CliStrings.ColumnLocation)), Text.Get(nameof(CliStrings.ColumnRule)), Text.Get(nameof(CliStrings.ColumnProvider)),
                Text.Get(nameof(CliStrings.ColumnSubject)), Text.Get(nameof(CliStrings.ColumnReadiness)));
            foreach (var finding in findings)
            {
                table.AddRow(Cells(Summary.Location(finding), finding.RuleId + " " + finding.Severity, finding.ProviderName, Summary.Subject(finding), ReadinessNames.Display(finding.Readiness)));
            }

            console.Write(table);
        }

        return writer.ToString();
    }

    private static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple);
        for (var i = 0; i < headers.Length; i++)
        {
            // The first column (a location, a provider, a project) is what people search for: never wrapped.
            var column = new TableColumn(Markup.Escape(headers[i]));
            table.AddColumn(i == 0 ? column.NoWrap() : column);
        }

        return table;
    }

    private static IRenderable[] Cells(params string[] values) => values.Select(v => (IRenderable)new Spectre.Console.Text(v)).ToArray();
}
