using System.Diagnostics;
using System.Globalization;
using SovereignAnalyzers.Benchmarks.Corpus;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Json;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Benchmarks.Micro;

/// <summary>
/// <c>--profile-policy</c>: the steps of loading the 10,000-host policy (JSON parse, policy reading,
/// composition with the catalog, evaluation and host index), each timed over a few rounds.
/// </summary>
internal static class PolicyProfile
{
    public static void Run(TextWriter output)
    {
        var text = PolicyGenerator.Generate();
        var catalog = ProviderCatalog.BuiltIn;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"policy: {text.Length / 1024:N0} KiB, {PolicyGenerator.CustomProviderCount:N0} custom providers"));
        Time(output, "JsonReader.Parse", () => JsonReader.Parse(text, lenient: true));
        Time(output, "PolicyReader.Parse", () => PolicyReader.Parse(text));
        var document = PolicyReader.Parse(text);
        Time(output, "PolicyComposer.Compose", () => PolicyReader.Read(new PolicyFile("/p/sovereignty.json", document), _ => null, catalog));
        var result = PolicyReader.Read(new PolicyFile("/p/sovereignty.json", document), _ => null, catalog);
        if (result.Policy is null)
        {
            output.WriteLine("policy has errors: " + string.Join("; ", result.Errors.Take(3).Select(e => e.Message.ToString())));
            return;
        }

        Time(output, "new PolicyEvaluation", () => new PolicyEvaluation(catalog, result.Policy, DateTime.UtcNow));
    }

    private static void Time(TextWriter output, string name, Func<object> work)
    {
        work();
        const int Rounds = 5;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Rounds; i++)
        {
            GC.KeepAlive(work());
        }

        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-26} {watch.Elapsed.TotalMilliseconds / Rounds,8:F1} ms {allocated / Rounds / 1048576.0,8:F1} MB"));
    }
}
