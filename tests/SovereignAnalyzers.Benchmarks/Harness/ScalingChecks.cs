using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Benchmarks.Harness;

/// <summary>
/// Inputs whose cost must grow linearly with their size, each measured at N and at 2N: the ratio of the two
/// times should be about 2 (a quadratic path gives about 4); above <see cref="Limit"/> the check is flagged.
/// <list type="bullet">
/// <item>one method with N endpoint strings and N cloud SDK clients (SOV0001 asks, for each string, whether a
/// client of the method is built with it);</item>
/// <item>a policy with N custom providers and N unknown provider ids (each unknown id may get a "did you mean").</item>
/// </list>
/// </summary>
internal sealed class ScalingChecks
{
    public const double Limit = 2.2;

    private const int Repetitions = 5;

    private readonly ImmutableArray<MetadataReference> _references;
    private readonly TextWriter _out;

    public ScalingChecks(ImmutableArray<MetadataReference> references, TextWriter output)
    {
        _references = references;
        _out = output;
    }

    /// <summary>Runs both checks; returns the two ratios (strings × clients, unknown ids).</summary>
    public async Task<(double StringsAndClients, double UnknownIds)> RunAsync(int clients, int unknownIds)
    {
        await StringsAndClientsAsync(clients / 10); // warm-up (JIT)
        var small = await StringsAndClientsAsync(clients);
        var large = await StringsAndClientsAsync(2 * clients);
        var stringsAndClients = large / small;
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scaling: one method with N endpoint strings and N SDK clients, analyzer time: N={clients:N0} {small:F0} ms, 2N {large:F0} ms, ratio {stringsAndClients:F2} {Flag(stringsAndClients)}"));

        UnknownIds(unknownIds / 10);
        var smallPolicy = UnknownIds(unknownIds);
        var largePolicy = UnknownIds(2 * unknownIds);
        var unknown = largePolicy / smallPolicy;
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scaling: a policy with N custom providers and N unknown ids, load time: N={unknownIds:N0} {smallPolicy:F0} ms, 2N {largePolicy:F0} ms, ratio {unknown:F2} {Flag(unknown)}"));
        return (stringsAndClients, unknown);
    }

    private static string Flag(double ratio) => ratio <= Limit ? "ok" : "FLAGGED (above " + Limit.ToString(CultureInfo.InvariantCulture) + ": not linear)";

    /// <summary>The median analyzer time (ms) of our analyzers over one method of <paramref name="n"/> strings and <paramref name="n"/> clients.</summary>
    private async Task<double> StringsAndClientsAsync(int n)
    {
        var source = new StringBuilder("using Amazon.S3;\nclass Shape\n{\n    object[] Build()\n    {\n");
        source.Append("        var built = new object[").Append(2 * n).Append("];\n");
        for (var i = 0; i < n; i++)
        {
            source.Append("        built[").Append(2 * i).Append("] = \"https://account").Append(i).Append(".blob.core.windows.net/container\";\n");
            source.Append("        built[").Append((2 * i) + 1).Append("] = new AmazonS3Client(new AmazonS3Config { ServiceURL = \"https://s3.eu-west-3.amazonaws.com\" });\n");
        }

        source.Append("        return built;\n    }\n}\n");
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.Latest), path: "/shape/Shape.cs");
        var times = new List<double>();
        var breakdown = string.Empty;
        for (var repetition = 0; repetition < Repetitions; repetition++)
        {
            Collect();
            var compilation = CSharpCompilation.Create("Shape", new[] { tree }, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));
            var analyzers = AnalyzerSets.Ours();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            var literals = diagnostics.Count(d => d.Id == "SOV0001");
            var clients = diagnostics.Count(d => d.Id == "SOV0002");
            if (literals != n || clients != n)
            {
                throw new InvalidOperationException($"The strings-and-clients shape gave SOV0001×{literals} and SOV0002×{clients}, expected {n} each.");
            }

            var time = TimeSpan.Zero;
            var parts = new List<string>();
            foreach (var analyzer in analyzers)
            {
                var own = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
                time += own;
                if (own.TotalMilliseconds >= 1)
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"{analyzer.GetType().Name} {own.TotalMilliseconds:F0} ms"));
                }
            }

            times.Add(time.TotalMilliseconds);
            breakdown = string.Join(", ", parts);
        }

        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  N={n:N0}: {breakdown} (last run)"));
        return Median(times);
    }

    /// <summary>The median time (ms) to load a policy of <paramref name="n"/> custom providers whose <c>allow</c> list names <paramref name="n"/> ids that do not exist.</summary>
    private static double UnknownIds(int n)
    {
        var json = new StringBuilder("{\n  \"providers\": [\n");
        for (var i = 0; i < n; i++)
        {
            json.Append("    { \"id\": \"corp-").Append(i.ToString("D6", CultureInfo.InvariantCulture)).Append("\", \"name\": \"Corp ").Append(i)
                .Append("\", \"jurisdiction\": \"US\", \"laws\": [\"us-cloud-act\"], \"hosts\": [\"h").Append(i).Append(".corp-cloud.example\"] }")
                .Append(i + 1 < n ? ",\n" : "\n");
        }

        json.Append("  ],\n  \"allow\": [");
        for (var i = 0; i < n; i++)
        {
            // One letter off a custom provider's id: the "did you mean" search has a close candidate to find.
            json.Append(i == 0 ? "" : ", ").Append("\"corp-x").Append(i.ToString("D5", CultureInfo.InvariantCulture)).Append('"');
        }

        json.Append("]\n}\n");
        var text = json.ToString();
        var times = new List<double>();
        for (var repetition = 0; repetition < Repetitions; repetition++)
        {
            // A new text each time: a policy text already read is served from a per-text cache.
            var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/shape/sovereignty.json", text));
            Collect();
            var watch = Stopwatch.StartNew();
            var loaded = SovereignAnalyzers.PolicyLoading.CompilationPolicy.Load(files, CancellationToken.None);
            watch.Stop();
            if (loaded.Problems.Length < n)
            {
                throw new InvalidOperationException($"The unknown-ids policy gave {loaded.Problems.Length} problems, expected at least {n} (one per unknown id).");
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Median(times);
    }

    /// <summary>
    /// A full blocking collection before each timed run, as the main harness does before each compilation: the
    /// run is then not charged for collecting what the previous one (at N or 2N) left, which made the ratio a
    /// measure of the heap's size rather than of the work's.
    /// </summary>
    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
