using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli.Reports;

/// <summary>
/// One self-contained page (inline style, inline SVG charts, a small inline script to filter findings):
/// readable offline, nothing fetched. The numbers and charts are in the HTML itself; the script only filters.
/// </summary>
internal static class HtmlReport
{
    private static readonly string[] ReadinessColors = { "#2e7d32", "#f9a825", "#c62828" };

    public static string Write(AuditReport report)
    {
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";
        var html = new StringBuilder();
        var findings = report.Findings.ToList();
        var dependencies = report.Dependencies.ToList();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"sovereign ").Append(E(report.ToolVersion)).Append("\">\n")
            .Append("<title>").Append(E(Text.Format(nameof(CliStrings.TextTitle), report.Root, report.CatalogVersion))).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

        html.Append("<header><h1>").Append(E(Text.Format(nameof(CliStrings.TextTitle), report.Root, report.CatalogVersion))).Append("</h1>\n")
            .Append("<p class=\"meta\">").Append(E(report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(report.Repositories.Count > 0 ? " · " + E(string.Join(", ", report.Repositories)) : string.Empty).Append("</p></header>\n<main>\n");

        // Totals
        html.Append("<section id=\"summary\"><h2>").Append(E(Text.Get(nameof(CliStrings.SectionSummary)))).Append("</h2>\n<div class=\"cards\">");
        Card(html, "projects", report.Projects.Count, Text.Get(nameof(CliStrings.CardProjects)));
        Card(html, "findings", findings.Count, Text.Get(nameof(CliStrings.ColumnFindings)));
        Card(html, "dependencies", dependencies.Count, Text.Get(nameof(CliStrings.CardDependencies)));
        Card(html, "errors", report.Count("error"), "error");
        Card(html, "warnings", report.Count("warning"), "warning");
        Card(html, "infos", report.Count("info"), "info");
        html.Append("</div>\n<p>").Append(E(Summary.Totals(report))).Append("</p>\n</section>\n");

        // Readiness
        html.Append("<section id=\"readiness\"><h2>").Append(E(Text.Get(nameof(CliStrings.SectionReadiness)))).Append("</h2>\n<p class=\"headline\">")
            .Append(E(Summary.Readiness(report))).Append("</p>\n");
        ReadinessBar(html, report.Count(Readiness.QuickFix), report.Count(Readiness.CodeChanges), report.Count(Readiness.NoAlternative));
        html.Append("<ul class=\"legend\">");
        var readinessKinds = new[] { Readiness.QuickFix, Readiness.CodeChanges, Readiness.NoAlternative };
        for (var i = 0; i < readinessKinds.Length; i++)
        {
            html.Append("<li><span class=\"swatch\" style=\"background:").Append(ReadinessColors[i]).Append("\"></span>")
                .Append(E(ReadinessNames.Display(readinessKinds[i]))).Append(": <span data-readiness=\"").Append(ReadinessNames.Json(readinessKinds[i])).Append("\">")
                .Append(report.Count(readinessKinds[i])).Append("</span></li>");
        }

        html.Append("</ul>\n</section>\n");

        // Charts
        html.Append("<section id=\"charts\"><h2>").Append(E(Text.Get(nameof(CliStrings.SectionCharts)))).Append("</h2>\n<div class=\"charts\">");
        Chart(html, "chart-provider", Text.Get(nameof(CliStrings.SectionByProvider)), report.ByProvider());
        Chart(html, "chart-jurisdiction", Text.Get(nameof(CliStrings.SectionByJurisdiction)), report.ByJurisdiction());
        Chart(html, "chart-law", Text.Get(nameof(CliStrings.SectionByLaw)), report.ByLaw());
        html.Append("</div>\n</section>\n");

        // Providers
        html.Append("<section id=\"providers\"><h2>").Append(E(Text.Get(nameof(CliStrings.SectionByProvider)))).Append("</h2>\n");
        GroupTable(html, Text.Get(nameof(CliStrings.ColumnProvider)), report.ByProvider(), group => string.Join(", ", group.Findings.SelectMany(f => f.Laws).Distinct()));
        html.Append("</section>\n");

        // Projects
        html.Append("<section id=\"projects\"><h2>").Append(E(Text.Get(nameof(CliStrings.SectionByProject)))).Append("</h2>\n<table><thead><tr>");
        foreach (var header in new[] { CliStrings.ColumnProject, CliStrings.ColumnAnalysis, CliStrings.ColumnFindings, CliStrings.ReadinessQuickFix, CliStrings.ReadinessCodeChanges, CliStrings.ReadinessNoAlternative, CliStrings.ColumnNotes })
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var project in report.Projects)
        {
            var deps = project.Findings.Where(f => f.IsDependency).ToList();
            html.Append("<tr class=\"project ").Append(ReadinessNames.Json(project.Analysis)).Append("\"><td>")
                .Append(project.Repository.Length > 0 ? E(project.Repository) + ": " : string.Empty).Append(E(project.Path)).Append("</td><td>")
                .Append(E(ReadinessNames.Display(project.Analysis))).Append("</td><td class=\"n\">").Append(project.Findings.Count)
                .Append("</td><td class=\"n\">").Append(deps.Count(f => f.Readiness == Readiness.QuickFix))
                .Append("</td><td class=\"n\">").Append(deps.Count(f => f.Readiness == Readiness.CodeChanges))
                .Append("</td><td class=\"n\">").Append(deps.Count(f => f.Readiness == Readiness.NoAlternative))
                .Append("</td><td>").Append(string.Join("<br>", project.Notes.Select(E))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        foreach (var note in report.Notes)
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        }

        html.Append("</section>\n");

        // Files
        html.Append("<section id=\"files\"><h2>").Append(E(Text.Get(nameof(CliStrings.SectionByFile)))).Append("</h2>\n<table><thead><tr><th>")
            .Append(E(Text.Get(nameof(CliStrings.ColumnFile)))).Append("</th><th>").Append(E(Text.Get(nameof(CliStrings.ColumnFindings)))).Append("</th><th>")
            .Append(E(Text.Get(nameof(CliStrings.ColumnProvider)))).Append("</th></tr></thead><tbody>\n");
        foreach (var file in findings.GroupBy(f => f.Location?.Path ?? string.Empty).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            html.Append("<tr><td><a href=\"#file-").Append(Anchor(file.Key)).Append("\">").Append(E(file.Key)).Append("</a></td><td class=\"n\">").Append(file.Count())
                .Append("</td><td>").Append(E(string.Join(", ", file.Where(f => f.IsDependency).Select(f => f.ProviderName).Distinct()))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");

        // Findings
        html.Append("<section id=\"findings\"><h2>").Append(E(Text.Get(nameof(CliStrings.SectionFindings)))).Append("</h2>\n")
            .Append("<p><label>").Append(E(Text.Get(nameof(CliStrings.HtmlFilter)))).Append(" <input id=\"filter\" type=\"search\"></label> <span id=\"shown\" data-total=\"")
            .Append(findings.Count).Append("\"></span></p>\n");
        foreach (var file in findings.GroupBy(f => f.Location?.Path ?? string.Empty).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            html.Append("<h3 id=\"file-").Append(Anchor(file.Key)).Append("\">").Append(E(file.Key)).Append("</h3>\n<table class=\"findings\"><tbody>\n");
            foreach (var finding in file)
            {
                html.Append("<tr class=\"finding ").Append(finding.Severity).Append("\" data-fingerprint=\"").Append(finding.Fingerprint).Append("\" data-readiness=\"")
                    .Append(ReadinessNames.Json(finding.Readiness)).Append("\"><td class=\"loc\">")
                    .Append(finding.Location is { } l ? l.StartLine + ":" + l.StartColumn : string.Empty)
                    .Append("</td><td><a class=\"rule\" href=\"").Append(E(finding.HelpUri)).Append("\">").Append(E(finding.RuleId)).Append("</a> <span class=\"sev\">")
                    .Append(E(finding.Severity)).Append("</span></td><td>").Append(E(finding.Message));
                if (Summary.Alternatives(finding) is { Length: > 0 } alternatives)
                {
                    html.Append("<div class=\"alt\">").Append(E(Text.Get(nameof(CliStrings.ColumnAlternatives)))).Append(": ").Append(E(alternatives)).Append("</div>");
                }

                html.Append("</td><td class=\"ready\">").Append(finding.IsDependency ? E(ReadinessNames.Display(finding.Readiness)) : string.Empty).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</section>\n</main>\n<footer>").Append(E(Text.Format(nameof(CliStrings.HtmlFooter), report.ToolVersion, report.CatalogVersion))).Append("</footer>\n");
        html.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Card(StringBuilder html, string id, int value, string label)
        => html.Append("<div class=\"card\" id=\"total-").Append(id).Append("\"><span class=\"value\">").Append(value).Append("</span><span class=\"label\">").Append(E(label)).Append("</span></div>");

    private static void ReadinessBar(StringBuilder html, params int[] counts)
    {
        var total = counts.Sum();
        html.Append("<svg class=\"bar\" viewBox=\"0 0 600 28\" role=\"img\" aria-label=\"readiness\">");
        double x = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (total == 0 || counts[i] == 0)
            {
                continue;
            }

            var w = 600.0 * counts[i] / total;
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"0\" width=\"{w:0.##}\" height=\"28\" fill=\"{ReadinessColors[i]}\"><title>{counts[i]}</title></rect>");
            x += w;
        }

        if (total == 0)
        {
            html.Append("<rect x=\"0\" y=\"0\" width=\"600\" height=\"28\" fill=\"#e0e0e0\"></rect>");
        }

        html.Append("</svg>\n");
    }

    private static void Chart(StringBuilder html, string id, string title, IReadOnlyList<AuditReport.Group> groups)
    {
        const int rowHeight = 30;
        const int labelWidth = 250;
        const int barWidth = 260;
        var max = groups.Count == 0 ? 1 : groups.Max(g => g.Findings.Count);
        var height = System.Math.Max(1, groups.Count) * rowHeight + 8;
        html.Append("<figure class=\"chart\" id=\"").Append(id).Append("\"><figcaption>").Append(E(title)).Append("</figcaption>")
            .Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {labelWidth + barWidth + 50} {height}\" role=\"img\" aria-label=\"{E(title)}\">");
        var y = 4;
        foreach (var group in groups)
        {
            var total = group.Findings.Count;
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"row\" data-key=\"{E(group.Key)}\" data-count=\"{total}\"><text x=\"{labelWidth - 6}\" y=\"{y + 20}\" text-anchor=\"end\">{E(Shorten(group.Label))}</text>");
            double x = labelWidth;
            var parts = new[] { group.Count(Readiness.QuickFix), group.Count(Readiness.CodeChanges), group.Count(Readiness.NoAlternative) };
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i] == 0)
                {
                    continue;
                }

                var w = (double)barWidth * parts[i] / max;
                html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"{y + 3}\" width=\"{w:0.##}\" height=\"{rowHeight - 6}\" fill=\"{ReadinessColors[i]}\"><title>{E(ReadinessNames.Display((Readiness)(i + 1)))}: {parts[i]}</title></rect>");
                x += w;
            }

            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.##}\" y=\"{y + 20}\">{total}</text></g>");
            y += rowHeight;
        }

        if (groups.Count == 0)
        {
            html.Append("<text x=\"10\" y=\"20\">").Append(E(Text.Get(nameof(CliStrings.HtmlNothing)))).Append("</text>");
        }

        html.Append("</svg></figure>");
    }

    private static void GroupTable(StringBuilder html, string firstHeader, IReadOnlyList<AuditReport.Group> groups, System.Func<AuditReport.Group, string> detail)
    {
        html.Append("<table><thead><tr><th>").Append(E(firstHeader)).Append("</th><th>").Append(E(Text.Get(nameof(CliStrings.ColumnLaws)))).Append("</th><th>")
            .Append(E(Text.Get(nameof(CliStrings.ColumnFindings)))).Append("</th><th>").Append(E(Text.Get(nameof(CliStrings.ReadinessQuickFix)))).Append("</th><th>")
            .Append(E(Text.Get(nameof(CliStrings.ReadinessCodeChanges)))).Append("</th><th>").Append(E(Text.Get(nameof(CliStrings.ReadinessNoAlternative)))).Append("</th></tr></thead><tbody>\n");
        foreach (var group in groups)
        {
            html.Append("<tr data-provider=\"").Append(E(group.Key)).Append("\"><td>").Append(E(group.Label)).Append("</td><td>").Append(E(detail(group)))
                .Append("</td><td class=\"n\">").Append(group.Findings.Count).Append("</td><td class=\"n\">").Append(group.Count(Readiness.QuickFix))
                .Append("</td><td class=\"n\">").Append(group.Count(Readiness.CodeChanges)).Append("</td><td class=\"n\">").Append(group.Count(Readiness.NoAlternative)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static string Shorten(string text) => text.Length > 26 ? text[..25] + "…" : text;

    private static string Anchor(string path)
    {
        var anchor = new StringBuilder();
        foreach (var c in path)
        {
            anchor.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return anchor.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#16324f;color:#fff;padding:18px 32px}header h1{margin:0;font-size:1.5em}.meta{margin:4px 0 0;opacity:.8}
main{padding:8px 32px 32px;max-width:1200px}section{background:#fff;border-radius:8px;padding:12px 20px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{font-size:1.2em;margin:.4em 0}.cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #dde2ea;border-radius:8px;padding:8px 16px;min-width:90px}
.card .value{display:block;font-size:1.8em;font-weight:600}.card .label{color:#5b6577}.headline{font-size:1.1em;font-weight:600}
svg.bar{width:100%;max-width:600px;height:28px}.legend{list-style:none;padding:0;display:flex;gap:18px}.swatch{display:inline-block;width:12px;height:12px;margin-right:6px;border-radius:2px}
.charts{display:flex;flex-wrap:wrap;gap:24px}.chart{margin:0;flex:1 1 340px}.chart svg{width:100%;font-size:17px}figcaption{font-weight:600;margin-bottom:4px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid #e6e9ef;padding:5px 8px;text-align:left;vertical-align:top}th{background:#f0f2f6}
td.n{text-align:right}.loc{white-space:nowrap;color:#5b6577}.sev{font-size:.8em;color:#5b6577}.alt{color:#2e5e8c;font-size:.9em;margin-top:2px}
tr.error .sev{color:#c62828}tr.syntaxOnly td:nth-child(2),tr.partial td:nth-child(2){color:#c62828;font-weight:600}.note{color:#c62828}
h3{font-size:1em;margin:14px 0 4px;font-family:ui-monospace,monospace}footer{padding:0 32px 24px;color:#5b6577;font-size:.85em}
""";

    private const string Script = """
(function(){var input=document.getElementById('filter'),shown=document.getElementById('shown'),rows=document.querySelectorAll('tr.finding');
function update(){var q=(input.value||'').toLowerCase(),n=0;rows.forEach(function(r){var ok=!q||r.textContent.toLowerCase().indexOf(q)>=0;r.style.display=ok?'':'none';if(ok)n++;});
shown.textContent=n+' / '+shown.getAttribute('data-total');shown.setAttribute('data-shown',n);}
input.addEventListener('input',update);update();})();
""";
}
