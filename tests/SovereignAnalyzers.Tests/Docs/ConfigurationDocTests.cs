using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Docs;

/// <summary>
/// docs/configuration.md says what each example does: every example is a valid policy for the reader and
/// the schema, and each one's effect is checked here. An example starts with a <c>// file: path</c> comment.
/// </summary>
public class ConfigurationDocTests
{
    private static readonly Lazy<Dictionary<string, string>> ExamplesByPath = new(ReadExamples);

    private static readonly HashSet<string> Covered = new(StringComparer.Ordinal)
    {
        "examples/default/sovereignty.json",
        "examples/ministry/sovereignty.json",
        "examples/strict/sovereignty.json",
        "examples/startup/sovereignty.json",
        "examples/exceptions/sovereignty.json",
        "examples/custom/sovereignty.json",
        "examples/alternatives/sovereignty.json",
        "policies/organisation.json",
        "src/Reporting/sovereignty.json",
        "src/Legacy/sovereignty.json",
    };

    private const string AwsLaws = "law:us-cloud-act,law:us-fisa-702,law:us-eo-12333";

    [Fact]
    public void Every_example_is_covered_by_a_test()
        => Assert.Equal(Covered.OrderBy(p => p, StringComparer.Ordinal), ExamplesByPath.Value.Keys.OrderBy(p => p, StringComparer.Ordinal));

    [Fact]
    public void Every_example_is_valid_for_the_reader_and_the_schema()
    {
        var schema = PolicySchemaTests.Compiled.Value;
        foreach (var (path, text) in ExamplesByPath.Value)
        {
            var result = Read(path);
            Assert.True(result.Errors.Count == 0, path + ": " + string.Join("; ", result.Errors));
            var evaluation = schema.Evaluate(ParseJsonc(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(evaluation.IsValid, path + ": " + JsonSerializer.Serialize(evaluation));
        }
    }

    [Theory]
    // No file, or the smallest one: laws of non-EU states are forbidden, EU operators are fine.
    [InlineData("examples/default/sovereignty.json", "https://b.s3.eu-west-3.amazonaws.com", "a.cs", AwsLaws)]
    [InlineData("examples/default/sovereignty.json", "https://s3.gra.io.cloud.ovh.net", "a.cs", "")]
    [InlineData("examples/default/sovereignty.json", "https://storage.s3nsapis.fr", "a.cs", "")]
    // Ministry: SecNumCloud for the service and region at hand.
    [InlineData("examples/ministry/sovereignty.json", "https://oos.cloudgouv-eu-west-1.outscale.com", "a.cs", "")]
    [InlineData("examples/ministry/sovereignty.json", "https://s3.gra.io.cloud.ovh.net", "a.cs", "not-qualified:secnumcloud")]
    [InlineData("examples/ministry/sovereignty.json", "https://b.s3.eu-west-3.amazonaws.com", "a.cs", AwsLaws + ",not-qualified:secnumcloud")]
    // Strict: no licensed US technology, no Scaleway.
    [InlineData("examples/strict/sovereignty.json", "https://storage.s3nsapis.fr", "a.cs", "not-qualified:secnumcloud,licensed-technology:US")]
    [InlineData("examples/strict/sovereignty.json", "https://acct.blob.core.sovcloud-api.fr/c", "a.cs", "not-qualified:secnumcloud,licensed-technology:US")]
    [InlineData("examples/strict/sovereignty.json", "https://my-bucket.s3.fr-par.scw.cloud", "a.cs", "denied,not-qualified:secnumcloud")]
    [InlineData("examples/strict/sovereignty.json", "https://oos.cloudgouv-eu-west-1.outscale.com", "a.cs", "")]
    // Start-up: US clouds accepted, Chinese ones and Oracle not.
    [InlineData("examples/startup/sovereignty.json", "https://b.s3.eu-west-3.amazonaws.com", "a.cs", "")]
    [InlineData("examples/startup/sovereignty.json", "https://acct.blob.core.windows.net", "a.cs", "")]
    [InlineData("examples/startup/sovereignty.json", "https://oss-cn-hangzhou.aliyuncs.com", "a.cs", "law:cn-national-intelligence-law")]
    [InlineData("examples/startup/sovereignty.json", "https://objectstorage.eu-paris-1.oraclecloud.com/n/ns/b/bucket/o/obj", "a.cs", "denied")]
    // Exceptions: host and provider, limited to src/Legacy; Sentry everywhere.
    [InlineData("examples/exceptions/sovereignty.json", "https://archive.blob.core.windows.net/exports", "src/Legacy/Export.cs", "")]
    [InlineData("examples/exceptions/sovereignty.json", "https://archive.blob.core.windows.net/exports", "src/New/Export.cs", AwsLaws)]
    [InlineData("examples/exceptions/sovereignty.json", "https://other.blob.core.windows.net/exports", "src/Legacy/Export.cs", AwsLaws)]
    [InlineData("examples/exceptions/sovereignty.json", "https://abc@o1.ingest.de.sentry.io/4504", "src/New/Export.cs", "")]
    // Custom providers.
    [InlineData("examples/custom/sovereignty.json", "https://eu.data.acme-cloud.example", "a.cs", "law:us-cloud-act")]
    [InlineData("examples/custom/sovereignty.json", "https://s3.site-a.intranet.hopital.example/bucket", "a.cs", "")]
    // extends: the organisation's base alone, then refined by a project.
    [InlineData("policies/organisation.json", "https://s3.gra.io.cloud.ovh.net", "a.cs", "not-qualified:secnumcloud")]
    [InlineData("policies/organisation.json", "https://api.github.com/repos/o/r", "a.cs", "")]
    [InlineData("src/Reporting/sovereignty.json", "https://s3.gra.io.cloud.ovh.net", "a.cs", "")]
    [InlineData("src/Reporting/sovereignty.json", "https://my-bucket.s3.fr-par.scw.cloud", "a.cs", "")]
    [InlineData("src/Reporting/sovereignty.json", "https://b.s3.eu-west-3.amazonaws.com", "a.cs", AwsLaws)]
    [InlineData("src/Reporting/sovereignty.json", "https://oss-cn-hangzhou.aliyuncs.com", "a.cs", "denied,law:cn-national-intelligence-law")]
    [InlineData("src/Reporting/sovereignty.json", "https://api.github.com/repos/o/r", "a.cs", "")]
    // Everything at once.
    [InlineData("src/Legacy/sovereignty.json", "https://s3.gra.io.cloud.ovh.net", "a.cs", "")]
    [InlineData("src/Legacy/sovereignty.json", "https://my-bucket.s3.fr-par.scw.cloud", "a.cs", "denied,not-qualified:secnumcloud")]
    [InlineData("src/Legacy/sovereignty.json", "https://oos.cloudgouv-eu-west-1.outscale.com", "a.cs", "")]
    [InlineData("src/Legacy/sovereignty.json", "https://oos.eu-west-2.outscale.com", "a.cs", "not-qualified:secnumcloud")]
    [InlineData("src/Legacy/sovereignty.json", "https://eu.data.acme-cloud.example", "a.cs", "law:us-cloud-act,not-qualified:secnumcloud")]
    [InlineData("src/Legacy/sovereignty.json", "https://archive.blob.core.windows.net/x", "Archive/Old.cs", "")]
    [InlineData("src/Legacy/sovereignty.json", "https://archive.blob.core.windows.net/x", "Other.cs", "law:us-cloud-act,law:us-fisa-702,not-qualified:secnumcloud")]
    [InlineData("src/Legacy/sovereignty.json", "https://api.github.com/repos/o/r", "a.cs", "")]
    [InlineData("src/Legacy/sovereignty.json", "https://oss-cn-hangzhou.aliyuncs.com", "a.cs", "denied,law:cn-national-intelligence-law,not-qualified:secnumcloud")]
    public void Example_does_what_the_page_says(string example, string endpoint, string fileInExampleFolder, string expectedReasons)
    {
        var folder = example.Substring(0, example.LastIndexOf('/') + 1);
        var evaluation = new PolicyEvaluation(ProviderCatalog.BuiltIn, Read(example).Policy!, TestEnvironment.Today);
        var findings = EndpointFinding.FindAll(evaluation, endpoint, folder + fileInExampleFolder);
        var reasons = findings is null ? string.Empty : string.Join(",", Assert.Single(findings).Verdict.Reasons.Select(r => r.Code));
        Assert.Equal(expectedReasons, reasons);
    }

    [Fact]
    public void Alternatives_example_names_the_policy_choices_in_order()
    {
        var evaluation = new PolicyEvaluation(ProviderCatalog.BuiltIn, Read("examples/alternatives/sovereignty.json").Policy!, TestEnvironment.Today);
        var finding = Assert.Single(EndpointFinding.FindAll(evaluation, "https://b.s3.eu-west-3.amazonaws.com", "a.cs")!);
        Assert.Equal(new[] { "outscale/cloudgouv-eu-west-1", "ovhcloud/gra" }, finding.Alternatives.Select(a => a.Provider.Id + "/" + a.Region));
        Assert.Equal(new[] { "outscale" }, evaluation.AlternativesFor("compute").Select(a => a.Provider.Id));
    }

    private static PolicyReadResult Read(string path)
    {
        static PolicyFile? Find(string path) => ExamplesByPath.Value.TryGetValue(path, out var text) ? new PolicyFile(path, PolicyReader.Parse(text)) : null;
        return PolicyReader.Read(Find(path)!, Find, ProviderCatalog.BuiltIn);
    }

    internal static JsonElement ParseJsonc(string text)
        => JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement;

    private static Dictionary<string, string> ReadExamples()
    {
        var page = File.ReadAllText(RepositoryPaths.Get("docs", "configuration.md"));
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in Regex.Matches(page, "```json\n(.*?)```", RegexOptions.Singleline))
        {
            var text = block.Groups[1].Value;
            var header = Regex.Match(text, "^// file: (\\S+)\n");
            Assert.True(header.Success, "A json example of configuration.md must start with '// file: <path>': " + text);
            examples.Add(header.Groups[1].Value, text);
        }

        return examples;
    }
}
