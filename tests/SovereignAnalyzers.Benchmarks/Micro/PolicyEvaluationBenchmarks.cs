using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Benchmarks.Corpus;
using SovereignAnalyzers.Benchmarks.Harness;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Rules;

namespace SovereignAnalyzers.Benchmarks.Micro;

/// <summary>
/// Policy evaluation: the verdict for a target, and the whole "find disallowed endpoints in a text"
/// (<see cref="EndpointFinding.FindAll"/>) under the default policy and under a policy of 10,000 custom
/// hosts — the two must cost the same: lookups are hashed, never a scan of the hosts.
/// </summary>
[MemoryDiagnoser]
public class PolicyEvaluationBenchmarks
{
    private string[] _corpus = Array.Empty<string>();
    private string[] _mixed = Array.Empty<string>();
    private Target[] _targets = Array.Empty<Target>();
    private PolicyEvaluation _evaluation = null!;

    [Params("default", "10k-hosts")]
    public string Policy { get; set; } = "default";

    [GlobalSetup]
    public void Setup()
    {
        _evaluation = Policy == "default" ? PolicyEvaluation.Default : LoadGenerated();
        var all = TypicalStrings.FromCorpus();
        _corpus = Enumerable.Range(0, HostMatchingBenchmarks.Sample).Select(i => all[(int)((long)i * all.Length / HostMatchingBenchmarks.Sample)]).ToArray();
        _mixed = TypicalStrings.Mixed.Append("https://api." + CorpusGenerator.CustomHost(42) + "/v2/").ToArray();
        _targets = _mixed.SelectMany(t => EndpointFinding.FindAll(_evaluation, t, "/src/x.cs") ?? new List<EndpointFinding>())
            .Select(f => f.Target)
            .Concat(new[] { "ovhcloud", "outscale", "scaleway", "aws", "azure" }.Select(id => new Target(_evaluation.FindProvider(id)!, null, null)))
            .ToArray();
    }

    [Benchmark(OperationsPerInvoke = HostMatchingBenchmarks.Sample, Description = "FindAll, corpus string")]
    public int FindAllCorpus() => FindAll(_corpus);

    [Benchmark(Description = "FindAll, 37 mixed strings (many endpoints)")]
    public int FindAllMixed() => FindAll(_mixed);

    [Benchmark(Description = "Evaluate, the mix's 15 targets")]
    public int Evaluate()
    {
        var n = 0;
        foreach (var target in _targets)
        {
            n += _evaluation.Evaluate(target).IsAllowed ? 1 : 0;
        }

        return n;
    }

    internal static PolicyEvaluation LoadGenerated()
    {
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/src/sovereignty.json", PolicyGenerator.Generate()));
        var loaded = CompilationPolicy.Load(files, CancellationToken.None);
        return loaded.Problems.IsEmpty ? loaded.Evaluation : throw new InvalidOperationException("The generated policy is invalid: " + loaded.Problems[0]);
    }

    private int FindAll(string[] texts)
    {
        var n = 0;
        foreach (var text in texts)
        {
            n += EndpointFinding.FindAll(_evaluation, text, "/src/Contoso/Orders/OrderService.cs")?.Count ?? 0;
        }

        return n;
    }
}

/// <summary>Loading the 10,000-host policy from a new text: parse, checks, composition with the catalog, host index (once per policy text).</summary>
[MemoryDiagnoser]
public class PolicyLoadBenchmarks
{
    [Benchmark(Description = "load the 10k-host policy")]
    public object Load10kPolicy() => PolicyEvaluationBenchmarks.LoadGenerated();
}
