using System.Linq;
using System.Text;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli.Reports;

/// <summary>The inventory for a pull-request comment: headline, readiness, tables, findings folded away.</summary>
internal static class MarkdownReport
{
    public static string Write(AuditReport report)
    {
        var md = new StringBuilder();
        md.Append("## ").AppendLine(Text.Format(nameof(CliStrings.TextTitle), Escape(report.Root), report.CatalogVersion)).AppendLine();
        md.AppendLine(Summary.Totals(report)).AppendLine();
        md.Append("**").Append(Summary.Readiness(report)).AppendLine("**").AppendLine();

        var byProvider = report.ByProvider();
        if (byProvider.Count > 0)
        {
            md.Append("### ").AppendLine(Text.Get(nameof(CliStrings.SectionByProvider))).AppendLine();
            Row(md, Text.Get(nameof(CliStrings.ColumnProvider)), Text.Get(nameof(CliStrings.ColumnLaws)), Text.Get(nameof(CliStrings.ColumnFindings)), Text.Get(nameof(CliStrings.ReadinessQuickFix)), Text.Get(nameof(CliStrings.ReadinessCodeChanges)), Text.Get(nameof(CliStrings.ReadinessNoAlternative)));
            md.AppendLine("|---|---|---:|---:|---:|---:|");
            foreach (var group in byProvider)
            {
                Row(md, group.Label, string.Join(", ", group.Findings.SelectMany(f => f.Laws).Distinct()), Text.Number(group.Findings.Count), Text.Number(group.Count(Readiness.QuickFix)), Text.Number(group.Count(Readiness.CodeChanges)), Text.Number(group.Count(Readiness.NoAlternative)));
            }

            md.AppendLine();
        }

        md.Append("### ").AppendLine(Text.Get(nameof(CliStrings.SectionByProject))).AppendLine();
        Row(md, Text.Get(nameof(CliStrings.ColumnProject)), Text.Get(nameof(CliStrings.ColumnAnalysis)), Text.Get(nameof(CliStrings.ColumnFindings)), Text.Get(nameof(CliStrings.ReadinessQuickFix)), Text.Get(nameof(CliStrings.ReadinessCodeChanges)), Text.Get(nameof(CliStrings.ReadinessNoAlternative)));
        md.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var project in report.Projects)
        {
            var dependencies = project.Findings.Where(f => f.IsDependency).ToList();
            var name = (project.Repository.Length > 0 ? project.Repository + ": " : string.Empty) + project.Path;
            Row(md, name, ReadinessNames.Display(project.Analysis), Text.Number(project.Findings.Count), Text.Number(dependencies.Count(f => f.Readiness == Readiness.QuickFix)), Text.Number(dependencies.Count(f => f.Readiness == Readiness.CodeChanges)), Text.Number(dependencies.Count(f => f.Readiness == Readiness.NoAlternative)));
        }

        md.AppendLine();
        foreach (var project in report.Projects.Where(p => p.Analysis != AnalysisKind.Semantic))
        {
            md.Append("> ").AppendLine(Escape(Text.Format(nameof(CliStrings.TextNotSemantic), project.Path, ReadinessNames.Display(project.Analysis))));
            foreach (var note in project.Notes)
            {
                md.Append("> - ").AppendLine(Escape(note));
            }

            md.AppendLine();
        }

        var findings = report.Findings.ToList();
        if (findings.Count > 0)
        {
            md.Append("<details><summary>").Append(Text.Format(nameof(CliStrings.SectionFindingsCount), findings.Count)).AppendLine("</summary>").AppendLine();
            Row(md, Text.Get(nameof(CliStrings.ColumnLocation)), Text.Get(nameof(CliStrings.ColumnRule)), Text.Get(nameof(CliStrings.ColumnProvider)), Text.Get(nameof(CliStrings.ColumnSubject)), Text.Get(nameof(CliStrings.ColumnReadiness)), Text.Get(nameof(CliStrings.ColumnAlternatives)));
            md.AppendLine("|---|---|---|---|---|---|");
            foreach (var finding in findings)
            {
                Row(md, Summary.Location(finding), $"[{finding.RuleId}]({finding.HelpUri}) {finding.Severity}", finding.ProviderName, Summary.Subject(finding), ReadinessNames.Display(finding.Readiness), Summary.Alternatives(finding));
            }

            md.AppendLine().AppendLine("</details>");
        }

        return md.ToString();
    }

    private static void Row(StringBuilder md, params string[] cells)
    {
        md.Append('|');
        foreach (var cell in cells)
        {
            md.Append(' ').Append(cell.StartsWith('[') ? cell.Replace("|", "\\|", System.StringComparison.Ordinal) : Escape(cell)).Append(" |");
        }

        md.AppendLine();
    }

    private static string Escape(string text)
        => text.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("|", "\\|", System.StringComparison.Ordinal).Replace("<", "&lt;", System.StringComparison.Ordinal).Replace(">", "&gt;", System.StringComparison.Ordinal).Replace("*", "\\*", System.StringComparison.Ordinal).Replace("_", "\\_", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
