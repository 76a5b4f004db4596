namespace SovereignAnalyzers.Tests.Architecture;

/// <summary>
/// The analyzer's layers, visible in its folders: the data and logic folders use nothing from
/// Microsoft.CodeAnalysis and no Roslyn-facing folder, and no two folders use each other, directly or not.
/// </summary>
public class LayerTests
{
    /// <summary>Folders that hold data and logic only: they can be used from any process, without a compiler.</summary>
    private static readonly string[] RoslynFree = { "Json", "Catalog", "Endpoints", "Policy", "Configuration", "Findings", "Resources" };

    private static readonly Lazy<Task<FolderDependencies>> Analyzer = new(FolderDependencies.OfAnalyzerAsync);

    [Fact]
    public async Task Roslyn_free_folders_use_nothing_from_Microsoft_CodeAnalysis()
    {
        var dependencies = await Analyzer.Value;
        var uses = RoslynFree.SelectMany(f => dependencies.RoslynUses.TryGetValue(f, out var found) ? found : Array.Empty<string>()).ToList();
        Assert.True(uses.Count == 0, "Roslyn used in a Roslyn-free folder:" + Environment.NewLine + string.Join(Environment.NewLine, uses));
    }

    [Fact]
    public async Task Roslyn_free_folders_use_only_Roslyn_free_folders()
    {
        var dependencies = await Analyzer.Value;
        var uses = RoslynFree
            .SelectMany(f => dependencies.Edges.TryGetValue(f, out var targets) ? targets.Where(t => !RoslynFree.Contains(t.Key)).Select(t => $"{f} -> {t.Key}: {t.Value}") : Enumerable.Empty<string>())
            .ToList();
        Assert.True(uses.Count == 0, string.Join(Environment.NewLine, uses));
    }

    [Fact]
    public async Task No_two_folders_depend_on_each_other()
    {
        var cycles = (await Analyzer.Value).Cycles();
        Assert.True(cycles.Count == 0, "Folder cycles:" + Environment.NewLine + string.Join(Environment.NewLine, cycles));
    }

    [Fact]
    public async Task The_rules_use_the_engine_and_the_reporting_never_the_reverse()
    {
        var dependencies = await Analyzer.Value;
        foreach (var folder in new[] { "Reporting", "PolicyLoading", "Sdk" })
        {
            Assert.Null(dependencies.Example(folder, "Rules"));
        }

        Assert.NotNull(dependencies.Example("Rules", "Reporting"));
        Assert.NotNull(dependencies.Example("Rules", "PolicyLoading"));
    }

    [Fact]
    public async Task The_check_sees_a_Roslyn_type_used_by_name_by_inference_or_through_a_using()
    {
        var dependencies = await FolderDependencies.OfAsync(new[]
        {
            ("Policy/Spans.cs", """
                using Microsoft.CodeAnalysis.Text;
                namespace Sample.Policy;
                internal static class Spans
                {
                    public static int Length(string text) => new TextSpan(0, text.Length).Length;
                }
                """),
            ("Catalog/Lines.cs", """
                namespace Sample.Catalog;
                internal static class Lines
                {
                    public static int Count(string text) { var source = Microsoft.CodeAnalysis.Text.SourceText.From(text); return source.Lines.Count; }
                }
                """),
            ("Findings/Clean.cs", """
                namespace Sample.Findings;
                internal static class Clean
                {
                    public static int Twice(int value) => value * 2;
                }
                """),
        });

        Assert.Contains(dependencies.RoslynUses["Policy"], use => use.StartsWith("Policy/Spans.cs(1): Text", StringComparison.Ordinal));
        Assert.Contains(dependencies.RoslynUses["Policy"], use => use.StartsWith("Policy/Spans.cs(5): new TextSpan", StringComparison.Ordinal));
        Assert.Contains("Catalog/Lines.cs(4): var", dependencies.RoslynUses["Catalog"]);
        Assert.False(dependencies.RoslynUses.ContainsKey("Findings"));
    }

    [Fact]
    public async Task The_check_finds_a_cycle_through_three_folders_and_names_the_uses()
    {
        var dependencies = await FolderDependencies.OfAsync(new[]
        {
            ("A/First.cs", "namespace Sample.A; internal static class First { public static int Value => Sample.B.Second.Value; }"),
            ("B/Second.cs", "namespace Sample.B; internal static class Second { public static int Value => Sample.C.Third.Value; }"),
            ("C/Third.cs", "namespace Sample.C; internal static class Third { public static int Value => Sample.A.First.Value + Fourth.Value; }"),
            ("C/Fourth.cs", "namespace Sample.C; internal static class Fourth { public static int Value => 1; }"),
            ("D/Alone.cs", "namespace Sample.D; internal static class Alone { public static int Value => Sample.A.First.Value; }"),
        });

        var cycle = Assert.Single(dependencies.Cycles());
        Assert.StartsWith("A -> B -> C -> A (A/First.cs(1): ", cycle, StringComparison.Ordinal);
        Assert.Contains("; B/Second.cs(1): ", cycle, StringComparison.Ordinal);
        Assert.Contains("; C/Third.cs(1): ", cycle, StringComparison.Ordinal);
    }
}
