using System.Diagnostics;
using System.Globalization;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Benchmarks.Micro;

/// <summary>
/// <c>--profile-strings</c>: the per-string work of SOV0001 over every string of the corpus, timed in a
/// loop (no BenchmarkDotNet, a few seconds): where the time goes when the analyzer is slower than its floor.
/// </summary>
internal static class StringProfile
{
    public static void Run(TextWriter output)
    {
        var texts = TypicalStrings.FromCorpus();
        var evaluation = PolicyEvaluation.Default;
        var passing = texts.Count(EndpointExtractor.MayContainEndpoint);
        var candidates = texts.Sum(t => EndpointExtractor.Extract(t).Count);
        var findings = texts.Count(t => EndpointFinding.FindAll(evaluation, t, "/corpus/x.cs") is not null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Length:N0} strings, average length {texts.Average(t => t.Length):F0}; {passing:N0} pass the pre-filter; {candidates:N0} candidates; {findings:N0} with findings"));

        Time(output, "MayContainEndpoint", texts, t => EndpointExtractor.MayContainEndpoint(t) ? 1 : 0);
        Time(output, "Extract", texts, t => EndpointExtractor.Extract(t).Count);
        Time(output, "Extract + Classify", texts, t =>
        {
            var n = 0;
            foreach (var candidate in EndpointExtractor.Extract(t))
            {
                n += evaluation.Hosts.Classify(candidate) is null ? 0 : 1;
            }

            return n;
        });
        Time(output, "EndpointFinding.FindAll", texts, t => EndpointFinding.FindAll(evaluation, t, "/corpus/x.cs")?.Count ?? 0);
    }

    private static void Time(TextWriter output, string name, string[] texts, Func<string, int> work)
    {
        var sink = 0;
        for (var i = 0; i < 20; i++)
        {
            foreach (var t in texts)
            {
                sink += work(t);
            }
        }

        const int Rounds = 100;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Rounds; i++)
        {
            foreach (var t in texts)
            {
                sink += work(t);
            }
        }

        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-28} {watch.Elapsed.TotalMilliseconds * 1e6 / Rounds / texts.Length,8:F0} ns/string {allocated / (double)Rounds / texts.Length,8:F0} B/string (sink {sink})"));
    }
}
