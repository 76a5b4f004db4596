using System.Text.Json.Nodes;

namespace SovereignAnalyzers.Cli.Tests.Infrastructure;

/// <summary>
/// One audit of the repository's samples (both projects) writing every format at once, shared by the tests
/// of the "Samples" collection; and, as the reference, the SARIF log the compiler writes for LegacyApp
/// during `dotnet build --no-incremental` with the package's build files.
/// </summary>
public sealed class SamplesAudit : IDisposable
{
    public static readonly string[] Formats = { "text", "markdown", "html", "json", "sarif" };

    private readonly Scratch _output = new();

    public SamplesAudit()
    {
        var args = new List<string> { "audit", "samples" };
        foreach (var format in Formats)
        {
            args.AddRange(new[] { "--format", format, "--output", File(format) });
        }

        Result = Tool.Run(Tool.RepositoryRoot, args.ToArray());
        Assert.True(System.IO.File.Exists(File("json")), Result.ToString());
        Json = ReportJson.Parse(System.IO.File.ReadAllText(File("json")));
        Diagnosis = Result + "\n" + ReportJson.Notes(Json);
    }

    public ToolResult Result { get; }

    public JsonObject Json { get; }

    /// <summary>The run's output and the projects' notes, for failure messages.</summary>
    public string Diagnosis { get; }

    public string File(string format) => _output.Path("samples." + format);

    public string Read(string format) => System.IO.File.ReadAllText(File(format));

    public void Dispose() => _output.Dispose();
}

[CollectionDefinition("Samples")]
public sealed class SamplesCollection : ICollectionFixture<SamplesAudit>
{
}
