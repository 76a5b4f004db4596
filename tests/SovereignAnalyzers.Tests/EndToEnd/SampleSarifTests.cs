using System.Text.Json;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>
/// The findings contract as a CI user reads it: the SARIF log that <c>dotnet build samples/LegacyApp</c>
/// writes with <c>SovereigntySarifDirectory</c> carries the contract's keys, and they point where they say.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndBuilds.Name)]
public sealed class SampleSarifTests
{
    [Fact]
    public async Task LegacyApp_sarif_log_carries_the_findings_contract()
    {
        var folder = Directory.CreateTempSubdirectory("sov-sarif-").FullName;
        try
        {
            var build = await DotNetCli.RunAsync(
                RepositoryPaths.Root,
                new Dictionary<string, string>(),
                "build", Path.Combine("samples", "LegacyApp"), "--no-incremental", "-p:SovereigntySarifDirectory=" + folder);
            Assert.True(build.ExitCode == 0, build.ToString());

            using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "LegacyApp.sarif")));
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("SOV", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(15, results.Count); // the 14 warnings the README announces and one SOV0003 (information)
            foreach (var result in results)
            {
                var properties = Properties(result);
                Assert.Equal(string.Empty, properties["policyFile"]);
                Assert.True(properties.ContainsKey("api"), result.ToString());
                Assert.True(properties.ContainsKey("alternativeEndpoints"), result.ToString());
                Assert.Equal(result.GetProperty("ruleId").GetString() is "SOV0002" or "SOV0003", properties.ContainsKey("decidedBy"));
            }

            // The S3 URL of ExportTargets.cs: an interpolated string, the host counted from its "$\"".
            var s3 = Properties(Single(results, "SOV0001", "ExportTargets.cs", 16));
            Assert.Equal("s3", s3["api"]);
            Assert.Equal("10", s3["hostStart"]);
            Assert.Equal("42", s3["hostLength"]);
            Assert.Equal("outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3;cloud-temple|fr1|https://{namespace}.s3.fr1.cloud-temple.com|s3", s3["alternativeEndpoints"]);
            Assert.Equal("hopital-reports.s3.eu-west-3.amazonaws.com", HostAsWritten(Single(results, "SOV0001", "ExportTargets.cs", 16)));

            // appsettings.json: counted from the JSON string token's opening quote.
            Assert.Equal("s3.eu-west-3.amazonaws.com", HostAsWritten(Single(results, "SOV0004", "appsettings.json", 13)));

            // The S3 client decided by its region, which is the related location.
            var client = Single(results, "SOV0002", "CloudUploader.cs", 17);
            Assert.Equal("region", Properties(client)["decidedBy"]);
            Assert.False(Properties(client).ContainsKey("hostStart"));
            Assert.Equal("RegionEndpoint.EUWest3", TextAt(client.GetProperty("relatedLocations")[0]));

            var runtime = Single(results, "SOV0003", "CloudUploader.cs", 31);
            Assert.Equal("runtime", Properties(runtime)["decidedBy"]);
            Assert.Equal("Environment.GetEnvironmentVariable(\"STAGING_S3_URL\")", TextAt(runtime.GetProperty("relatedLocations")[0]));
            Assert.Equal("default", Properties(Single(results, "SOV0002", "CloudUploader.cs", 23))["decidedBy"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonElement Single(List<JsonElement> results, string ruleId, string file, int line)
        => Assert.Single(results, r => r.GetProperty("ruleId").GetString() == ruleId
                                       && Uri(r.GetProperty("locations")[0]).EndsWith("/" + file, StringComparison.Ordinal)
                                       && Region(r.GetProperty("locations")[0]).GetProperty("startLine").GetInt32() == line);

    private static Dictionary<string, string?> Properties(JsonElement result)
        => result.GetProperty("properties").GetProperty("customProperties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

    /// <summary>The text at <c>hostStart</c>/<c>hostLength</c> from the start of the result's region, in the file as written.</summary>
    private static string HostAsWritten(JsonElement result)
    {
        var location = result.GetProperty("locations")[0];
        var properties = Properties(result);
        return File.ReadAllText(new Uri(Uri(location)).LocalPath).Substring(Offset(location) + int.Parse(properties["hostStart"]!), int.Parse(properties["hostLength"]!));
    }

    private static string TextAt(JsonElement location)
    {
        var region = Region(location);
        var text = File.ReadAllText(new Uri(Uri(location)).LocalPath);
        var end = OffsetOf(text, region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32());
        var start = Offset(location);
        return text.Substring(start, end - start);
    }

    private static int Offset(JsonElement location)
    {
        var region = Region(location);
        return OffsetOf(File.ReadAllText(new Uri(Uri(location)).LocalPath), region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
    }

    /// <summary>SARIF lines and columns count from 1.</summary>
    private static int OffsetOf(string text, int line, int column)
    {
        var offset = 0;
        for (var i = 1; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + column - 1;
    }

    private static string Uri(JsonElement location) => location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    private static JsonElement Region(JsonElement location) => location.GetProperty("physicalLocation").GetProperty("region");
}
