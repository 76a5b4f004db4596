using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SovereignAnalyzers.Cli.Inventory;

namespace SovereignAnalyzers.Cli.Reports;

/// <summary>The inventory as JSON, per docs/report.schema.json (read back by <see cref="JsonReportReader"/>).</summary>
internal static class JsonReport
{
    public const string SchemaUri = "https://raw.githubusercontent.com/SovereignAnalyzers/SovereignAnalyzers/main/docs/report.schema.json";

    public static string Write(AuditReport report)
    {
        return JsonWriting.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteNumber("schemaVersion", AuditReport.SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "sovereign");
            json.WriteString("version", report.ToolVersion);
            json.WriteEndObject();
            json.WriteString("catalogVersion", report.CatalogVersion);
            json.WriteString("root", report.Root);
            json.WriteString("generatedAt", report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStrings("repositories", report.Repositories);
            json.WriteStrings("notes", report.Notes);

            json.WriteStartObject("totals");
            json.WriteNumber("projects", report.Projects.Count);
            json.WriteNumber("findings", report.Findings.Count());
            json.WriteNumber("dependencies", report.Dependencies.Count());
            json.WriteNumber("errors", report.Count("error"));
            json.WriteNumber("warnings", report.Count("warning"));
            json.WriteNumber("infos", report.Count("info"));
            WriteReadiness(json, report.Dependencies);
            json.WriteNumber("projectsWithoutSemanticAnalysis", report.Projects.Count(p => p.Analysis != AnalysisKind.Semantic));
            json.WriteEndObject();

            json.WriteStartArray("projects");
            foreach (var project in report.Projects)
            {
                json.WriteStartObject();
                json.WriteString("name", project.Name);
                json.WriteString("path", project.Path);
                if (project.Repository.Length > 0)
                {
                    json.WriteString("repository", project.Repository);
                }

                json.WriteString("analysis", ReadinessNames.Json(project.Analysis));
                json.WriteStrings("notes", project.Notes);
                WriteReadiness(json, project.Findings.Where(f => f.IsDependency));
                json.WriteStartArray("findings");
                foreach (var finding in project.Findings)
                {
                    WriteFinding(json, finding);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", finding.Severity);
        json.WriteString("message", finding.Message);
        json.WriteString("helpUri", finding.HelpUri);
        if (finding.Location is { } location)
        {
            json.WriteStartObject("location");
            json.WriteString("path", location.Path);
            json.WriteNumber("startLine", location.StartLine);
            json.WriteNumber("startColumn", location.StartColumn);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("location");
        }

        json.WriteString("readiness", ReadinessNames.Json(finding.Readiness));
        json.WriteString("fingerprint", finding.Fingerprint);
        json.WriteStartObject("properties");
        foreach (var pair in finding.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            json.WriteString(pair.Key, pair.Value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteReadiness(Utf8JsonWriter json, System.Collections.Generic.IEnumerable<Finding> dependencies)
    {
        var list = dependencies.ToList();
        json.WriteStartObject("readiness");
        json.WriteNumber("quickFix", list.Count(f => f.Readiness == Readiness.QuickFix));
        json.WriteNumber("codeChanges", list.Count(f => f.Readiness == Readiness.CodeChanges));
        json.WriteNumber("noAlternative", list.Count(f => f.Readiness == Readiness.NoAlternative));
        json.WriteEndObject();
    }
}
