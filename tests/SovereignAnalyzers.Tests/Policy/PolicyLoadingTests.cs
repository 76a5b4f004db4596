using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>Finding the policy among the additional files, and caching it per text.</summary>
public class PolicyLoadingTests
{
    [Fact]
    public void No_policy_file_means_the_built_in_default()
    {
        var loaded = CompilationPolicy.Load(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("appsettings.json", "{}")), CancellationToken.None);
        Assert.Same(LoadedPolicy.Default, loaded);
        Assert.Same(PolicyEvaluation.Default, loaded.Evaluation);
        Assert.Empty(loaded.Diagnostics);
    }

    [Fact]
    public void An_unreadable_policy_file_is_an_error_and_the_default_applies()
    {
        var loaded = CompilationPolicy.Load(ImmutableArray.Create<AdditionalText>(new UnreadableAdditionalText("/repo/sovereignty.json")), CancellationToken.None);
        Assert.Same(PolicyEvaluation.Default, loaded.Evaluation);
        var diagnostic = Assert.Single(loaded.Diagnostics);
        Assert.Equal(RuleIds.InvalidPolicy, diagnostic.Id);
        Assert.Equal("/repo/sovereignty.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.SourceSpan.Length);
        Assert.StartsWith("The policy file could not be read", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_file_name_is_matched_in_any_case_and_folder()
    {
        foreach (var path in new[] { "sovereignty.json", "/repo/Sovereignty.json", "C:\\repo\\SOVEREIGNTY.JSON" })
        {
            var loaded = CompilationPolicy.Load(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, """{ "allow": ["aws"] }""")), CancellationToken.None);
            Assert.Contains("aws", loaded.Evaluation.Policy.Allow);
        }
    }

    [Fact]
    public async Task The_result_is_reused_while_the_texts_it_depends_on_are_the_same()
    {
        var compilation = await AnalyzerRunner.CompileAsync("class C { }");
        var root = new InMemoryAdditionalText("/repo/app/sovereignty.json", """{ "extends": "../org.json" }""");
        var allowAws = new InMemoryAdditionalText("/repo/org.json", """{ "allow": ["aws"] }""");
        var denyAws = new InMemoryAdditionalText("/repo/org.json", """{ "deny": ["aws"] }""");

        var first = await LoadAsync(compilation, root, allowAws);
        var again = await LoadAsync(compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class D { }")), root, allowAws);
        Assert.Same(first, again);
        Assert.Contains("aws", first.Evaluation.Policy.Allow);

        // Same policy text, different base text: the cached result must not be reused.
        var changedBase = await LoadAsync(compilation, root, denyAws);
        Assert.NotSame(first, changedBase);
        Assert.Contains("aws", changedBase.Evaluation.Policy.Deny);
        Assert.DoesNotContain("aws", changedBase.Evaluation.Policy.Allow);

        // The base gone: an error, not the stale result.
        var noBase = await LoadAsync(compilation, root);
        Assert.Same(PolicyEvaluation.Default, noBase.Evaluation);
        Assert.Equal(RuleIds.InvalidPolicy, Assert.Single(noBase.Diagnostics).Id);
    }

    [Fact]
    public async Task Several_rules_loading_the_policy_report_its_errors_once()
    {
        var compilation = await AnalyzerRunner.CompileAsync("""class C { string S = "https://b.s3.eu-west-3.amazonaws.com"; }""");
        var diagnostics = await AnalyzerRunner.RunAsync(
            compilation,
            AllAnalyzers.Create(),
            new InMemoryAdditionalText("sovereignty.json", """{ "alow": [], "exceptions": [ { "provider": "aws" } ] }"""));
        Assert.Equal(new[] { RuleIds.EndpointLiteral, RuleIds.InvalidPolicy, RuleIds.InvalidPolicy }, diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    private static async Task<LoadedPolicy> LoadAsync(Compilation compilation, params AdditionalText[] files)
    {
        var analyzer = new CapturingAnalyzer();
        await AnalyzerRunner.RunAsync(compilation, analyzer, files);
        return Assert.Single(analyzer.Loaded);
    }

    /// <summary>Records what <see cref="CompilationPolicy.Load(CompilationStartAnalysisContext)"/> returns, as a rule would see it.</summary>
#pragma warning disable RS1036 // a test-only analyzer, never shipped
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class CapturingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1036
    {
        public ConcurrentBag<LoadedPolicy> Loaded { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.InvalidPolicy);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start => Loaded.Add(CompilationPolicy.Load(start.Options, start.CancellationToken)));
        }
    }
}
