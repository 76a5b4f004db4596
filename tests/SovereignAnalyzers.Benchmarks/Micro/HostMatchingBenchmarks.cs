using BenchmarkDotNet.Attributes;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Benchmarks.Micro;

/// <summary>
/// Host matching on its own (no Roslyn): the pre-filter, <see cref="EndpointExtractor.Extract"/> and
/// <see cref="HostIndex.Classify"/>, per string, on strings sampled from the generated corpus (mostly
/// ordinary: log messages, SQL, JSON, paths, prose) and on a hand-picked mix with many endpoints.
/// </summary>
[MemoryDiagnoser]
public class HostMatchingBenchmarks
{
    /// <summary>How many corpus strings each invocation goes through (the per-string figure divides by it).</summary>
    public const int Sample = 4096;

    private string[] _corpus = Array.Empty<string>();
    private string[] _mixed = Array.Empty<string>();
    private EndpointCandidate[] _hosts = Array.Empty<EndpointCandidate>();
    private HostIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        var all = TypicalStrings.FromCorpus();
        _corpus = Enumerable.Range(0, Sample).Select(i => all[(int)((long)i * all.Length / Sample)]).ToArray();
        _mixed = TypicalStrings.Mixed;
        _index = PolicyEvaluation.Default.Hosts;
        _hosts = _mixed.SelectMany(EndpointExtractor.Extract).Where(c => c.Form is EndpointForm.Url or EndpointForm.BareHost or EndpointForm.ConnectionString).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Sample, Description = "pre-filter, corpus string")]
    public int PreFilterCorpus()
    {
        var n = 0;
        foreach (var text in _corpus)
        {
            n += EndpointExtractor.MayContainEndpoint(text) ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Sample, Description = "extract + classify, corpus string")]
    public int ExtractAndClassifyCorpus() => ExtractAndClassify(_corpus);

    [Benchmark(Description = "extract + classify, 36 mixed strings (many endpoints)")]
    public int ExtractAndClassifyMixed() => ExtractAndClassify(_mixed);

    [Benchmark(Description = "classify only, the mix's hosts")]
    public int ClassifyHosts()
    {
        var n = 0;
        foreach (var host in _hosts)
        {
            n += _index.Classify(host) is null ? 0 : 1;
        }

        return n;
    }

    private int ExtractAndClassify(string[] texts)
    {
        var n = 0;
        foreach (var text in texts)
        {
            if (!EndpointExtractor.MayContainEndpoint(text))
            {
                continue;
            }

            foreach (var candidate in EndpointExtractor.Extract(text))
            {
                n += _index.Classify(candidate) is null ? 0 : 1;
            }
        }

        return n;
    }
}
