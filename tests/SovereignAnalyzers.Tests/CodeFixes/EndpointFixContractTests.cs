using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SovereignAnalyzers.CodeFixes.Providers;

namespace SovereignAnalyzers.Tests.CodeFixes;

/// <summary>SOV0001/SOV0004 fixes driven by the findings contract alone.</summary>
public sealed class EndpointFixContractTests
{
    private const string TwoS3Stores = "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3;ovhcloud|gra|https://s3.gra.io.cloud.ovh.net|s3";

    private static Dictionary<string, string?> S3Finding(string alternatives = TwoS3Stores) => new()
    {
        ["providerId"] = "aws",
        ["serviceKind"] = "object-storage-s3",
        ["region"] = "eu-west-3",
        ["api"] = "s3",
        ["alternativeEndpoints"] = alternatives,
        ["policyFile"] = string.Empty,
    };

    private const string BleuBlob = "bleu||https://{account}.blob.core.sovcloud-api.fr|azure-blob";

    private static Dictionary<string, string?> AzureFinding(string alternatives) => new()
    {
        ["providerId"] = "azure",
        ["serviceKind"] = "object-storage",
        ["api"] = "azure-blob",
        ["alternativeEndpoints"] = alternatives,
    };

    [Fact]
    public async Task One_action_per_alternative_in_policy_order_then_the_exception()
    {
        const string source = """
            class Targets
            {
                // reports bucket
                const string Reports = "https://hopital-reports.s3.eu-west-3.amazonaws.com/2026/";   // trailing comment
            }
            """;
        var harness = new ContractFixHarness(("Targets.cs", source));
        var diagnostic = await harness.DiagnosticAsync("SOV0001", "Targets.cs", "\"https://hopital-reports.s3.eu-west-3.amazonaws.com/2026/\"", "hopital-reports.s3.eu-west-3.amazonaws.com", S3Finding());

        var actions = await harness.ActionsAsync(new EndpointCodeFixProvider(), diagnostic);

        Assert.Equal(
            new[]
            {
                "Use 3DS Outscale (SecNumCloud 3.2, cloudgouv-eu-west-1)",
                "Use OVHcloud (gra)",
                "Add an exception for 'hopital-reports.s3.eu-west-3.amazonaws.com' to sovereignty.json",
            },
            actions.Select(a => a.Title));
        Assert.Equal(new[] { "SOV0001:outscale:cloudgouv-eu-west-1", "SOV0001:ovhcloud:gra", "SOV0001:exception" }, actions.Select(a => a.EquivalenceKey));

        var outscale = await ContractFixHarness.TextAsync(await ContractFixHarness.ApplyAsync(actions[0]), "Targets.cs");
        Assert.Equal(source.Replace("hopital-reports.s3.eu-west-3.amazonaws.com", "oos.cloudgouv-eu-west-1.outscale.com/hopital-reports", StringComparison.Ordinal), outscale);
        var ovh = await ContractFixHarness.TextAsync(await ContractFixHarness.ApplyAsync(actions[1]), "Targets.cs");
        Assert.Equal(source.Replace("hopital-reports.s3.eu-west-3.amazonaws.com", "hopital-reports.s3.gra.io.cloud.ovh.net", StringComparison.Ordinal), ovh);
    }

    [Theory]
    [InlineData("""$"https://hopital-reports.s3.eu-west-3.amazonaws.com/{month}/" """, """$"https://oos.cloudgouv-eu-west-1.outscale.com/hopital-reports/{month}/" """)]
    [InlineData("""$@"https://hopital-reports.s3.eu-west-3.amazonaws.com/{month}" """, """$@"https://oos.cloudgouv-eu-west-1.outscale.com/hopital-reports/{month}" """)]
    [InlineData("""Scheme + "hopital-reports.s3.eu-west-3.amazonaws.com" + "/" + month""", null)] // bare host: the bucket has no path to go to
    [InlineData("""Scheme + "s3.eu-west-3.amazonaws.com/" + month""", """Scheme + "oos.cloudgouv-eu-west-1.outscale.com/" + month""")]
    [InlineData("\"\"\"\n        https://s3.eu-west-3.amazonaws.com/b\n        \"\"\"", "\"\"\"\n        https://oos.cloudgouv-eu-west-1.outscale.com/b\n        \"\"\"")]
    public async Task Interpolations_concatenations_and_raw_strings_change_only_the_host(string expression, string? expected)
    {
        var source = "class C\n{\n    const string Scheme = \"https://\";\n    static string Url(string month) => " + expression + ";\n}\n";
        var host = expression.Contains("hopital-reports", StringComparison.Ordinal) ? "hopital-reports.s3.eu-west-3.amazonaws.com" : "s3.eu-west-3.amazonaws.com";
        var harness = new ContractFixHarness(("C.cs", source));
        var diagnostic = await harness.DiagnosticAsync("SOV0001", "C.cs", expression, host, S3Finding("outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3"));

        var actions = await harness.ActionsAsync(new EndpointCodeFixProvider(), diagnostic);

        if (expected is null)
        {
            Assert.Equal(new[] { "SOV0001:exception" }, actions.Select(a => a.EquivalenceKey));
            return;
        }

        Assert.Equal("SOV0001:outscale:cloudgouv-eu-west-1", actions[0].EquivalenceKey);
        Assert.Equal(source.Replace(expression, expected, StringComparison.Ordinal), await ContractFixHarness.TextAsync(await ContractFixHarness.ApplyAsync(actions[0]), "C.cs"));
    }

    [Theory]
    [InlineData("s3ns|u-france-east1|https://storage.s3nsapis.fr|gcs")] // another API: right for the message, wrong for a rewrite
    [InlineData("")] // the policy allows no alternative
    public async Task Without_an_alternative_speaking_the_same_api_only_the_exception_is_offered(string alternatives)
    {
        const string source = "class C { const string Archive = \"https://hopital-archive.blob.core.windows.net/exports\"; }";
        var harness = new ContractFixHarness(("C.cs", source));
        var finding = AzureFinding(alternatives);
        var diagnostic = await harness.DiagnosticAsync("SOV0001", "C.cs", "\"https://hopital-archive.blob.core.windows.net/exports\"", "hopital-archive.blob.core.windows.net", finding);

        var actions = await harness.ActionsAsync(new EndpointCodeFixProvider(), diagnostic);

        Assert.Equal(new[] { "SOV0001:exception" }, actions.Select(a => a.EquivalenceKey));
    }

    [Fact]
    public async Task Azure_Blob_moves_to_Bleu_when_the_policy_allows_it()
    {
        const string source = "class C { const string Archive = \"https://hopital-archive.blob.core.windows.net/exports\"; }";
        var harness = new ContractFixHarness(("C.cs", source));
        var finding = AzureFinding("s3ns|u-france-east1|https://storage.s3nsapis.fr|gcs;" + BleuBlob);
        var diagnostic = await harness.DiagnosticAsync("SOV0001", "C.cs", "\"https://hopital-archive.blob.core.windows.net/exports\"", "hopital-archive.blob.core.windows.net", finding);

        var actions = await harness.ActionsAsync(new EndpointCodeFixProvider(), diagnostic);

        Assert.Equal(new[] { "SOV0001:bleu:", "SOV0001:exception" }, actions.Select(a => a.EquivalenceKey));
        // The catalog infers Bleu's blob endpoint from its host suffix: the title says it is unconfirmed.
        Assert.EndsWith(" (endpoint unconfirmed)", actions[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Use Bleu", actions[0].Title, StringComparison.Ordinal);
        Assert.Equal(source.Replace("windows.net", "sovcloud-api.fr", StringComparison.Ordinal), await ContractFixHarness.TextAsync(await ContractFixHarness.ApplyAsync(actions[0]), "C.cs"));
    }

    [Theory]
    // Bleu serves Azure Blob under its storage suffix: the suffix moves, and the title says Bleu's endpoint is unconfirmed.
    [InlineData(BleuBlob, "core.sovcloud-api.fr")]
    // S3NS speaks another API: never written into an Azure connection string.
    [InlineData("s3ns|u-france-east1|https://storage.s3nsapis.fr|gcs", null)]
    // An S3 store, even with no placeholder in its endpoint, is no Azure Storage suffix.
    [InlineData("outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3", null)]
    public async Task A_connection_strings_endpoint_suffix_moves_only_to_a_suffix_serving_the_same_API(string alternatives, string? expected)
    {
        const string source = "class C { const string Archive = \"AccountName=archive;AccountKey=a2V5;EndpointSuffix=core.windows.net\"; }";
        var harness = new ContractFixHarness(("C.cs", source));
        var finding = AzureFinding(alternatives);
        finding["api"] = string.Empty; // the bare suffix names no service of its own (Azure Storage)
        var diagnostic = await harness.DiagnosticAsync("SOV0001", "C.cs", "\"AccountName=archive;AccountKey=a2V5;EndpointSuffix=core.windows.net\"", "core.windows.net", finding);

        var actions = await harness.ActionsAsync(new EndpointCodeFixProvider(), diagnostic);

        if (expected is null)
        {
            Assert.Equal(new[] { "SOV0001:exception" }, actions.Select(a => a.EquivalenceKey));
            return;
        }

        Assert.Equal(new[] { "SOV0001:bleu:", "SOV0001:exception" }, actions.Select(a => a.EquivalenceKey));
        Assert.EndsWith(" (endpoint unconfirmed)", actions[0].Title, StringComparison.Ordinal);
        Assert.Equal(source.Replace("core.windows.net", expected, StringComparison.Ordinal), await ContractFixHarness.TextAsync(await ContractFixHarness.ApplyAsync(actions[0]), "C.cs"));
    }

    [Fact]
    public async Task No_rewrite_when_the_text_at_the_host_position_is_not_the_host()
    {
        const string source = "class C { const string A = \"https://s3.eu-west-3.amazonaws.com\"; }";
        var harness = new ContractFixHarness(("C.cs", source));
        var finding = S3Finding();
        finding["hostStart"] = "1";
        finding["hostLength"] = "26";
        var diagnostic = await harness.DiagnosticAsync("SOV0001", "C.cs", "\"https://s3.eu-west-3.amazonaws.com\"", "s3.eu-west-3.amazonaws.com", finding);

        var actions = await harness.ActionsAsync(new EndpointCodeFixProvider(), diagnostic);

        Assert.Equal(new[] { "SOV0001:exception" }, actions.Select(a => a.EquivalenceKey));
    }

    [Fact]
    public async Task Fix_All_without_a_key_applies_each_findings_first_alternative_as_dotnet_format_does()
    {
        const string first = "class A { const string U = \"https://a-bucket.s3.eu-west-3.amazonaws.com/x\"; const string V = \"https://s3.eu-west-3.amazonaws.com\"; }";
        const string second = "class B { const string W = \"https://hopital-archive.blob.core.windows.net/e\"; const string S = \"https://o1.ingest.de.sentry.io/1\"; }";
        var harness = new ContractFixHarness(("A.cs", first), ("B.cs", second));
        var azure = AzureFinding(BleuBlob);
        var sentry = new Dictionary<string, string?> { ["providerId"] = "sentry", ["serviceKind"] = "monitoring", ["api"] = string.Empty, ["alternativeEndpoints"] = string.Empty };
        var diagnostics = new[]
        {
            await harness.DiagnosticAsync("SOV0001", "A.cs", "\"https://a-bucket.s3.eu-west-3.amazonaws.com/x\"", "a-bucket.s3.eu-west-3.amazonaws.com", S3Finding()),
            await harness.DiagnosticAsync("SOV0001", "A.cs", "\"https://s3.eu-west-3.amazonaws.com\"", "s3.eu-west-3.amazonaws.com", S3Finding()),
            await harness.DiagnosticAsync("SOV0001", "B.cs", "\"https://hopital-archive.blob.core.windows.net/e\"", "hopital-archive.blob.core.windows.net", azure),
            await harness.DiagnosticAsync("SOV0001", "B.cs", "\"https://o1.ingest.de.sentry.io/1\"", "o1.ingest.de.sentry.io", sentry),
        };

        var solution = await harness.FixAllAsync(new EndpointCodeFixProvider(), FixAllScope.Solution, null, diagnostics);

        Assert.Equal("class A { const string U = \"https://oos.cloudgouv-eu-west-1.outscale.com/a-bucket/x\"; const string V = \"https://oos.cloudgouv-eu-west-1.outscale.com\"; }", await ContractFixHarness.TextAsync(solution, "A.cs"));
        Assert.Equal("class B { const string W = \"https://hopital-archive.blob.core.sovcloud-api.fr/e\"; const string S = \"https://o1.ingest.de.sentry.io/1\"; }", await ContractFixHarness.TextAsync(solution, "B.cs"));
        Assert.DoesNotContain(solution.Projects.Single().AdditionalDocuments, d => d.Name == "sovereignty.json");
    }

    [Theory]
    [InlineData("SOV0001:exception")]
    [InlineData("SOV0001:ovhcloud:gra")]
    [InlineData(null)]
    public async Task In_a_command_line_workspace_Fix_All_applies_each_findings_first_rewrite_whatever_the_key(string? key)
    {
        const string source = "class A { const string U = \"https://o1.ingest.de.sentry.io/1\"; const string V = \"https://s3.eu-west-3.amazonaws.com\"; }";
        var harness = new ContractFixHarness(WorkspaceKind.MSBuild, ("A.cs", source), ("sovereignty.json", "{}\n"));
        var sentry = new Dictionary<string, string?> { ["providerId"] = "sentry", ["policyFile"] = ContractFixHarness.PolicyPath };
        var diagnostics = new[]
        {
            await harness.DiagnosticAsync("SOV0001", "A.cs", "\"https://o1.ingest.de.sentry.io/1\"", "o1.ingest.de.sentry.io", sentry),
            await harness.DiagnosticAsync("SOV0001", "A.cs", "\"https://s3.eu-west-3.amazonaws.com\"", "s3.eu-west-3.amazonaws.com", S3Finding()),
        };

        var solution = await harness.FixAllAsync(new EndpointCodeFixProvider(), FixAllScope.Solution, key, diagnostics);

        Assert.Equal(source.Replace("s3.eu-west-3.amazonaws.com", "oos.cloudgouv-eu-west-1.outscale.com", StringComparison.Ordinal), await ContractFixHarness.TextAsync(solution, "A.cs"));
        Assert.Equal("{}\n", await ContractFixHarness.TextAsync(solution, "sovereignty.json"));
    }

    [Fact]
    public async Task Fix_All_with_a_key_applies_that_alternative_only_where_the_finding_has_it()
    {
        const string source = "class A { const string U = \"https://s3.eu-west-3.amazonaws.com\"; const string V = \"https://s3.eu-west-1.amazonaws.com\"; }";
        var harness = new ContractFixHarness(("A.cs", source));
        var diagnostics = new[]
        {
            await harness.DiagnosticAsync("SOV0001", "A.cs", "\"https://s3.eu-west-3.amazonaws.com\"", "s3.eu-west-3.amazonaws.com", S3Finding()),
            await harness.DiagnosticAsync("SOV0001", "A.cs", "\"https://s3.eu-west-1.amazonaws.com\"", "s3.eu-west-1.amazonaws.com", S3Finding("outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3")),
        };

        var solution = await harness.FixAllAsync(new EndpointCodeFixProvider(), FixAllScope.Document, "SOV0001:ovhcloud:gra", diagnostics);

        Assert.Equal("class A { const string U = \"https://s3.gra.io.cloud.ovh.net\"; const string V = \"https://s3.eu-west-1.amazonaws.com\"; }", await ContractFixHarness.TextAsync(solution, "A.cs"));
    }

    [Fact]
    public async Task The_exception_fix_creates_the_policy_beside_the_project_when_there_is_none()
    {
        var harness = new ContractFixHarness(("C.cs", "class C { const string A = \"https://s3.eu-west-3.amazonaws.com\"; }"));
        var diagnostic = await harness.DiagnosticAsync("SOV0001", "C.cs", "\"https://s3.eu-west-3.amazonaws.com\"", "s3.eu-west-3.amazonaws.com", S3Finding());

        var actions = await harness.ActionsAsync(new EndpointCodeFixProvider(), diagnostic);
        var solution = await ContractFixHarness.ApplyAsync(actions[^1]);

        var policy = solution.Projects.Single().AdditionalDocuments.Single(d => d.Name == "sovereignty.json");
        Assert.Equal(ContractFixHarness.PolicyPath, policy.FilePath);
        var text = (await policy.GetTextAsync()).ToString();
        Assert.Contains("\"$schema\"", text, StringComparison.Ordinal);
        Assert.Contains("\"host\": \"s3.eu-west-3.amazonaws.com\"", text, StringComparison.Ordinal);
        Assert.Contains($"\"expires\": \"{DateTime.UtcNow.Date.AddYears(1):yyyy-MM-dd}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exception_fix_edits_the_policy_in_force_and_is_not_offered_once_the_host_is_there()
    {
        const string policy = "{\n  // ours\n  \"exceptions\": [\n    { \"host\": \"s3.eu-west-1.amazonaws.com\", \"justification\": \"legacy\" }\n  ]\n}\n";
        var harness = new ContractFixHarness(("C.cs", "class C { const string A = \"https://s3.eu-west-3.amazonaws.com\"; const string B = \"https://s3.eu-west-1.amazonaws.com\"; }"), ("sovereignty.json", policy));
        var finding = S3Finding();
        finding["policyFile"] = ContractFixHarness.PolicyPath;
        var reported = await harness.DiagnosticAsync("SOV0001", "C.cs", "\"https://s3.eu-west-3.amazonaws.com\"", "s3.eu-west-3.amazonaws.com", finding);
        var excepted = await harness.DiagnosticAsync("SOV0001", "C.cs", "\"https://s3.eu-west-1.amazonaws.com\"", "s3.eu-west-1.amazonaws.com", finding);

        var actions = await harness.ActionsAsync(new EndpointCodeFixProvider(), reported);
        var edited = await ContractFixHarness.TextAsync(await ContractFixHarness.ApplyAsync(actions[^1]), "sovereignty.json");

        Assert.StartsWith("{\n  // ours\n  \"exceptions\": [\n    { \"host\": \"s3.eu-west-1.amazonaws.com\", \"justification\": \"legacy\" },\n    {\n      \"host\": \"s3.eu-west-3.amazonaws.com\",", edited, StringComparison.Ordinal);
        Assert.DoesNotContain(await harness.ActionsAsync(new EndpointCodeFixProvider(), excepted), a => a.EquivalenceKey == "SOV0001:exception");
    }

    [Fact]
    public async Task Fix_All_of_the_exception_adds_one_entry_per_distinct_host()
    {
        const string source = "class C { const string A = \"https://s3.eu-west-3.amazonaws.com\"; const string B = \"https://s3.eu-west-3.amazonaws.com/b\"; const string D = \"https://o1.ingest.de.sentry.io/1\"; }";
        var harness = new ContractFixHarness(("C.cs", source), ("sovereignty.json", "{}\n"));
        var sentry = new Dictionary<string, string?> { ["providerId"] = "sentry" };
        var diagnostics = new[]
        {
            await harness.DiagnosticAsync("SOV0001", "C.cs", "\"https://s3.eu-west-3.amazonaws.com\"", "s3.eu-west-3.amazonaws.com", S3Finding()),
            await harness.DiagnosticAsync("SOV0001", "C.cs", "\"https://s3.eu-west-3.amazonaws.com/b\"", "s3.eu-west-3.amazonaws.com", S3Finding()),
            await harness.DiagnosticAsync("SOV0001", "C.cs", "\"https://o1.ingest.de.sentry.io/1\"", "o1.ingest.de.sentry.io", sentry),
        };

        var solution = await harness.FixAllAsync(new EndpointCodeFixProvider(), FixAllScope.Project, "SOV0001:exception", diagnostics);

        var policy = await ContractFixHarness.TextAsync(solution, "sovereignty.json");
        Assert.Equal(1, policy.Split("\"s3.eu-west-3.amazonaws.com\"").Length - 1);
        Assert.Equal(1, policy.Split("\"o1.ingest.de.sentry.io\"").Length - 1);
        Assert.Equal(source, await ContractFixHarness.TextAsync(solution, "C.cs"));
    }

    [Fact]
    public async Task A_configuration_file_value_is_rewritten_in_place()
    {
        const string settings = "{\n  \"Export\": {\n    // nightly\n    \"ServiceUrl\": \"https://s3.eu-west-3.amazonaws.com\"\n  }\n}\n";
        var harness = new ContractFixHarness(("C.cs", "class C { }"), ("appsettings.json", settings));
        var diagnostic = await harness.DiagnosticAsync("SOV0004", "appsettings.json", "https://s3.eu-west-3.amazonaws.com", "s3.eu-west-3.amazonaws.com", S3Finding());

        var actions = await harness.ActionsAsync(new ConfigurationCodeFixProvider(), diagnostic);

        Assert.Equal("SOV0004:outscale:cloudgouv-eu-west-1", actions[0].EquivalenceKey);
        Assert.Equal(settings.Replace("s3.eu-west-3.amazonaws.com", "oos.cloudgouv-eu-west-1.outscale.com", StringComparison.Ordinal), await ContractFixHarness.TextAsync(await ContractFixHarness.ApplyAsync(actions[0]), "appsettings.json"));
    }
}
