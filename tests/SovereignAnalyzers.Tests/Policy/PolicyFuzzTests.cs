using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>
/// Thousands of truncated, mutated, randomly built and binary policy texts: no exception escapes, every
/// message formats in both languages at a location inside the file, and whenever SOV0900 is reported the
/// evaluation is the strict built-in default. Deterministic (fixed seeds).
/// </summary>
public class PolicyFuzzTests
{
    private const string Full = """
        {
          "$schema": "https://example.invalid/sovereignty.schema.json",
          // organisation-wide rules live in the base
          "extends": "base.json",
          "forbiddenLaws": ["us-cloud-act", "us-fisa-702", "cn-national-intelligence-law"],
          "requiredQualifications": ["secnumcloud"],
          "allowLicensedTechnology": true,
          "allow": ["ovhcloud"],
          "deny": ["scaleway"],
          "exceptions": [
            { "host": "archive.blob.core.windows.net", "provider": "azure", "paths": ["src/Legacy/**", "**/*.Designer.cs"],
              "justification": "read-only archive until migration (ticket 42)", "owner": "rssi@example.fr", "expires": "2027-06-30" }
          ],
          "providers": [
            { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "laws": ["us-cloud-act"],
              "hosts": ["acme-cloud.example"], "namespaces": ["Acme.Cloud"], "qualifications": [],
              "services": [ { "kind": "object-storage-s3", "name": "ACME S3", "hosts": ["s3.{region}.acme-cloud.example", "*.files.acme-cloud.example"], "regions": ["eu-1"] } ] }
          ],
          "alternatives": { "object-storage-s3": ["outscale", { "provider": "acme", "region": "eu-1" }] }
        }
        """;

    private const string Base = """{ "exceptions": [ { "provider": "gcp", "justification": "analytics", "expires": "2020-01-01" } ] }""";

    private const string Probe = """
        https://b.s3.eu-west-3.amazonaws.com https://x.s3.eu-1.acme-cloud.example https://a.files.acme-cloud.example
        https://archive.blob.core.windows.net https://oos.cloudgouv-eu-west-1.outscale.com https://storage.googleapis.com
        """;

    [Fact]
    public void The_seed_policy_is_valid()
    {
        var loaded = Load(Full);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Id == RuleIds.InvalidPolicy);
        Assert.Equal(RuleIds.ExpiredPolicyException, Assert.Single(loaded.Diagnostics).Id);
    }

    [Fact]
    public void Every_truncation_is_reported_and_falls_back_to_the_default()
    {
        for (var length = 0; length < Full.Length; length++)
        {
            var loaded = Check(Full.Substring(0, length));
            Assert.True(loaded.Diagnostics.Any(d => d.Id == RuleIds.InvalidPolicy), $"truncated at {length}");
        }
    }

    [Fact]
    public void Random_mutations_never_escape()
    {
        var random = new Random(20261201);
        const string Alphabet = "{}[]\":,/*\\ \n\tabcxyz019-.$?{}\u00e9\u0000\uFFFD\uD800";
        for (var i = 0; i < 4000; i++)
        {
            var text = new StringBuilder(Full);
            var edits = 1 + random.Next(5);
            for (var e = 0; e < edits && text.Length > 0; e++)
            {
                var at = random.Next(text.Length);
                switch (random.Next(5))
                {
                    case 0:
                        text.Remove(at, Math.Min(1 + random.Next(8), text.Length - at));
                        break;
                    case 1:
                        text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    case 2:
                        text[at] = Alphabet[random.Next(Alphabet.Length)];
                        break;
                    case 3:
                        var length = Math.Min(1 + random.Next(40), text.Length - at);
                        text.Insert(random.Next(text.Length), text.ToString(at, length));
                        break;
                    default:
                        // Swap a value for another JSON value of a different type.
                        text.Insert(at, new[] { "null", "true", "1e9", "[]", "{}", "\"\"", "[[[[" }[random.Next(7)]);
                        break;
                }
            }

            Check(text.ToString());
        }
    }

    [Fact]
    public void Randomly_built_policies_never_escape()
    {
        var random = new Random(42);
        for (var i = 0; i < 3000; i++)
        {
            Check(RandomValue(random, depth: 0, topLevel: true));
        }
    }

    [Fact]
    public void Binary_junk_is_reported()
    {
        var random = new Random(7);
        for (var i = 0; i < 1500; i++)
        {
            var bytes = new byte[1 + random.Next(300)];
            random.NextBytes(bytes);
            var text = (i % 3) switch
            {
                0 => Encoding.UTF8.GetString(bytes),
                1 => Encoding.Latin1.GetString(bytes),
                _ => "{\"allow\": [\"" + Encoding.Unicode.GetString(bytes) + "\"]}",
            };
            var loaded = Check(text);
            Assert.True(loaded.Diagnostics.Any(d => d.Id == RuleIds.InvalidPolicy), $"junk #{i}");
        }
    }

    [Fact]
    public async Task Broken_policies_cause_no_analyzer_exception_in_a_real_compilation()
    {
        var random = new Random(99);
        var compilation = await AnalyzerRunner.CompileAsync("class C { string S = \"https://b.s3.eu-west-3.amazonaws.com\"; }");
        for (var i = 0; i < 60; i++)
        {
            var text = i % 2 == 0 ? Full.Substring(0, random.Next(Full.Length)) : RandomValue(random, 0, topLevel: true);
            var diagnostics = await AnalyzerRunner.RunAsync(compilation, AllAnalyzers.Create(), new InMemoryAdditionalText("sovereignty.json", text), new InMemoryAdditionalText("base.json", Base));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }

    private static LoadedPolicy Load(string text)
        => CompilationPolicy.Load(
            ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("sovereignty.json", text), new InMemoryAdditionalText("base.json", Base)),
            CancellationToken.None);

    /// <summary>Loads the text and checks the invariants; returns what was loaded.</summary>
    private static LoadedPolicy Check(string text)
    {
        LoadedPolicy loaded;
        try
        {
            loaded = Load(text);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("Policy text made the loader throw: " + Escape(text), e);
        }

        var invalid = false;
        foreach (var diagnostic in loaded.Diagnostics)
        {
            invalid |= diagnostic.Id == RuleIds.InvalidPolicy;
            var span = diagnostic.Location.SourceSpan;
            var path = diagnostic.Location.GetLineSpan().Path;
            var fileLength = path == "base.json" ? Base.Length : text.Length;
            Assert.True(span.Start >= 0 && span.End <= fileLength, $"span {span} outside {path}: {Escape(text)}");
            foreach (var culture in new[] { "en", "fr-FR" })
            {
                var message = diagnostic.GetMessage(CultureInfo.GetCultureInfo(culture));
                Assert.False(string.IsNullOrWhiteSpace(message));
                Assert.DoesNotContain("{0}", message, StringComparison.Ordinal);
            }
        }

        if (invalid)
        {
            Assert.Same(PolicyEvaluation.Default, loaded.Evaluation);
        }
        else
        {
            // A valid policy must also evaluate: custom hosts are indexed and matched without failure.
            _ = EndpointFinding.FindAll(loaded.Evaluation, Probe, "src/Legacy/A.cs");
        }

        return loaded;
    }

    private static string RandomValue(Random random, int depth, bool topLevel = false)
    {
        string[] keys =
        [
            .. PolicyKeys.Root, .. PolicyKeys.Exception, .. PolicyKeys.CustomProvider, .. PolicyKeys.Service, .. PolicyKeys.Alternative,
            "alow", "object-storage-s3", "compute", "",
        ];
        string[] strings =
        [
            "aws", "azure", "ovhcloud", "outscale", "acme", "us-cloud-act", "secnumcloud", "hds", "US", "FR", "XX", "2027-06-30", "2020-01-01", "2027-13-45",
            "acme-cloud.example", "s3.{region}.acme-cloud.example", "{region}", "*", "*.x", "Acme.Cloud", "src/**", "", " ", "base.json", "sovereignty.json",
            "../base.json", "https://x/y", "ACME", "a..b", "eu-1", "cloudgouv-eu-west-1", "\u00e9t\u00e9.example",
        ];
        var kind = topLevel ? 0 : random.Next(depth > 4 ? 4 : 7);
        switch (kind)
        {
            case 0:
                var members = new List<string>();
                for (var i = random.Next(topLevel ? 6 : 4); i >= 0; i--)
                {
                    members.Add("\"" + keys[random.Next(keys.Length)] + "\": " + RandomValue(random, depth + 1));
                }

                return "{ " + string.Join(", ", members) + " }";
            case 1:
                return "\"" + strings[random.Next(strings.Length)] + "\"";
            case 2:
                return random.Next(2) == 0 ? "true" : "null";
            case 3:
                return random.Next(-5, 1000).ToString(CultureInfo.InvariantCulture);
            default:
                var items = new List<string>();
                for (var i = random.Next(4); i > 0; i--)
                {
                    items.Add(RandomValue(random, depth + 1));
                }

                return "[" + string.Join(", ", items) + "]";
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.ToString();
    }
}
