using System.Text;

namespace SovereignAnalyzers.Benchmarks.Corpus;

/// <summary>
/// A <c>sovereignty.json</c> that declares <see cref="CustomProviderCount"/> custom providers (one host
/// and one SDK namespace each, exposed to the US CLOUD Act): the policy-size scaling case.
/// </summary>
internal static class PolicyGenerator
{
    public const int CustomProviderCount = 10_000;

    public static string Generate(int count = CustomProviderCount)
    {
        var json = new StringBuilder(count * 220);
        json.Append("{\n  \"providers\": [\n");
        for (var i = 0; i < count; i++)
        {
            json.Append("    { \"id\": \"corp-").Append(i.ToString("D5")).Append("\", \"name\": \"Corp Cloud ").Append(i)
                .Append("\", \"jurisdiction\": \"US\", \"laws\": [\"us-cloud-act\"], \"hosts\": [\"")
                .Append(CorpusGenerator.CustomHost(i)).Append("\"], \"namespaces\": [\"Corp").Append(i.ToString("D5"))
                .Append(".Sdk\"], \"qualifications\": [] }").Append(i + 1 < count ? ",\n" : "\n");
        }

        json.Append("  ]\n}\n");
        return json.ToString();
    }
}
