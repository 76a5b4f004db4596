using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Loading;

namespace SovereignAnalyzers.Cli.Reports;

/// <summary>
/// SARIF 2.1.0 for code scanning: every rule in the driver (so an alert's rule is always described), paths
/// relative to <c>%SRCROOT%</c>, and <c>partialFingerprints</c> that survive line moves.
/// </summary>
internal static class SarifReport
{
    public static string Write(AuditReport report)
    {
        var rules = AnalyzerSet.Rules;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        return JsonWriting.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "sovereign");
            json.WriteString("version", report.ToolVersion);
            json.WriteString("semanticVersion", report.ToolVersion.Split('+')[0]);
            json.WriteString("informationUri", "https://github.com/SovereignAnalyzers/SovereignAnalyzers");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteString("description", Text.Get(nameof(Resources.CliStrings.SarifRootDescription)));
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var project in report.Projects)
            {
                foreach (var finding in project.Findings)
                {
                    WriteResult(json, project, finding, ruleIndex);
                }
            }

            json.WriteEndArray();

            json.WriteStartObject("properties");
            json.WriteString("catalogVersion", report.CatalogVersion);
            json.WriteStartArray("projectsWithoutSemanticAnalysis");
            foreach (var project in report.Projects.Where(p => p.Analysis != AnalysisKind.Semantic))
            {
                json.WriteStartObject();
                json.WriteString("path", project.Path);
                json.WriteString("analysis", ReadinessNames.Json(project.Analysis));
                json.WriteString("notes", string.Join(" ", project.Notes));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Id);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title.ToString(Text.Language));
        json.WriteEndObject();
        var description = rule.Description.ToString(Text.Language);
        json.WriteStartObject("fullDescription");
        json.WriteString("text", description.Length > 0 ? description : rule.Title.ToString(Text.Language));
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpLinkUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(ProjectAnalysis.SeverityName(rule.DefaultSeverity)));
        json.WriteBoolean("enabled", rule.IsEnabledByDefault);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ProjectResult project, Finding finding, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(finding.Location?.Path ?? project.Path));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        if (finding.Location is { } location)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.StartLine);
            json.WriteNumber("startColumn", location.StartColumn);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString(Fingerprints.SarifKey, finding.Fingerprint);
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteString("project", project.Path);
        json.WriteString("readiness", ReadinessNames.Json(finding.Readiness));
        foreach (var pair in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(pair.Key, pair.Value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Uri(string relativePath)
        => string.Join("/", relativePath.Split('/').Select(System.Uri.EscapeDataString));

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };
}
