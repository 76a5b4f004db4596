using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SovereignAnalyzers.Cli.Tests.Infrastructure;

/// <summary>Reading the tool's JSON reports, checked against docs/report.schema.json every time.</summary>
internal static class ReportJson
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(System.IO.Path.Combine(Tool.RepositoryRoot, "docs", "report.schema.json"))));

    public static JsonObject Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, "report does not match docs/report.schema.json: " + JsonSerializer.Serialize(result));
        return JsonNode.Parse(json)!.AsObject();
    }

    public static IEnumerable<JsonObject> Findings(JsonObject report)
        => report["projects"]!.AsArray().SelectMany(p => p!["findings"]!.AsArray()).Select(f => f!.AsObject());

    public static JsonObject Project(JsonObject report, string path)
        => report["projects"]!.AsArray().Select(p => p!.AsObject()).Single(p => (string)p["path"]! == path);

    /// <summary>What the report says about projects that were not fully analysed (for failure messages).</summary>
    public static string Notes(JsonObject report)
        => string.Join("\n", report["projects"]!.AsArray().Select(p => (string)p!["path"]! + " " + (string)p["analysis"]! + ": " + string.Join(" | ", p["notes"]!.AsArray().Select(n => (string)n!))))
           + string.Join("\n", report["notes"]!.AsArray().Select(n => (string)n!));

    public static string Prop(JsonObject finding, string key) => (string?)finding["properties"]?[key] ?? string.Empty;
}
