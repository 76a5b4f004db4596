using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using SovereignAnalyzers.Cli.Inventory;

namespace SovereignAnalyzers.Cli.Reports;

/// <summary>Reads a JSON report back (for <c>sovereign merge</c>); a file that is not one is an error, never skipped.</summary>
internal static class JsonReportReader
{
    public static AuditReport Read(string text)
    {
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number)
        {
            throw new FormatException(Text.Get(nameof(Resources.CliStrings.ErrorNotAReport)));
        }

        if (version.GetInt32() != AuditReport.SchemaVersion)
        {
            throw new FormatException(Text.Format(nameof(Resources.CliStrings.ErrorReportVersion), version.GetInt32(), AuditReport.SchemaVersion));
        }

        var projects = new List<ProjectResult>();
        foreach (var project in Array(root, "projects"))
        {
            var findings = new List<Finding>();
            foreach (var item in Array(project, "findings"))
            {
                FindingLocation? location = null;
                if (item.TryGetProperty("location", out var loc) && loc.ValueKind == JsonValueKind.Object)
                {
                    location = new FindingLocation(String(loc, "path"), Int(loc, "startLine"), Int(loc, "startColumn"), Int(loc, "endLine"), Int(loc, "endColumn"));
                }

                var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
                if (item.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in props.EnumerateObject())
                    {
                        properties[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                    }
                }

                findings.Add(new Finding(String(item, "ruleId"), String(item, "severity"), String(item, "message"), String(item, "helpUri"), location, properties)
                {
                    Fingerprint = String(item, "fingerprint"),
                });
            }

            var notes = new List<string>();
            foreach (var note in Array(project, "notes"))
            {
                notes.Add(note.GetString() ?? string.Empty);
            }

            projects.Add(new ProjectResult(String(project, "name"), String(project, "path"), ReadinessNames.ParseAnalysis(String(project, "analysis")), notes, findings, String(project, "repository")));
        }

        var reportNotes = new List<string>();
        foreach (var note in Array(root, "notes"))
        {
            reportNotes.Add(note.GetString() ?? string.Empty);
        }

        var generated = DateTimeOffset.TryParse(String(root, "generatedAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : DateTimeOffset.MinValue;
        var tool = root.TryGetProperty("tool", out var t) && t.ValueKind == JsonValueKind.Object ? String(t, "version") : string.Empty;
        return new AuditReport(String(root, "root"), tool, String(root, "catalogVersion"), generated, projects, reportNotes, System.Array.Empty<string>());
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : System.Array.Empty<JsonElement>();

    private static string String(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static int Int(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 1;
}
