using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Rules;

/// <summary>Code as it looks while being typed: every mutation of a real source must analyse without AD0001.</summary>
public class EndpointLiteralFuzzTests
{
    private const string Seed = """"
        using System;
        class Exporter
        {
            const string Archive = "https://archive.blob.core.windows.net/exports";
            string Url(string bucket, int port) => $"https://{bucket}.s3.eu-west-3.amazonaws.com:{port}/" + "x";
            [Obsolete("see https://learn.microsoft.com")] Uri U = new Uri(@"https://s3.gra.io.cloud.ovh.net");
            string R = """
                Server=tcp:db.database.windows.net,1433;Endpoint=sb://ns.servicebus.windows.net/
                """;
            byte[] B = "arn:aws:s3:::bucket"u8.ToArray();
        }
        """";

    private static readonly string[] Inserts = { "\"", "$\"", "{", "}", "(", ")", "+", "\"\"\"", "\\", "@", "u8", ";", "//", "/*", "https://", ".amazonaws.com", "\n", "\u0000", "\uE000", "\uD800" };

    [Fact]
    public async Task Mutated_sources_never_crash_the_analyzer()
    {
        var random = new Random(20261128);
        var sources = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var text = Seed;
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var position = random.Next(text.Length);
                text = random.Next(3) switch
                {
                    0 => text.Remove(position, Math.Min(random.Next(1, 12), text.Length - position)),
                    1 => text.Insert(position, Inserts[random.Next(Inserts.Length)]),
                    _ => text.Substring(0, position),
                };
            }

            sources.Add(text);
        }

        foreach (var batch in sources.Chunk(50))
        {
            var compilation = await AnalyzerRunner.CompileAsync(batch.Select((s, i) => ($"/0/Fuzz{i}.cs", s)).ToArray());
            var diagnostics = await AnalyzerRunner.RunAsync(compilation, new EndpointLiteralAnalyzer());
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }
}
