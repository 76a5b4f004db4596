using SovereignAnalyzers.CodeFixes.Providers;

namespace SovereignAnalyzers.Tests.CodeFixes;

/// <summary>SOV0002 on Google Cloud clients: the universe domain of S3NS, compiled against the real Google.Cloud.Storage.V1.</summary>
public sealed class GoogleClientFixContractTests
{
    private static Dictionary<string, string?> Finding(string alternatives = "s3ns|u-france-east1|https://storage.s3nsapis.fr|gcs") => new()
    {
        ["providerId"] = "gcp",
        ["serviceKind"] = "object-storage",
        ["api"] = "gcs",
        ["sdkFamily"] = "google-cloud",
        ["client"] = "StorageClient",
        ["decidedBy"] = "default",
        ["alternativeEndpoints"] = alternatives,
    };

    [Theory]
    [InlineData("StorageClient.Create()", "new StorageClientBuilder\n        {\n            UniverseDomain = \"s3nsapis.fr\",\n        }.Build()")]
    [InlineData("StorageClient.Create(credential)", "new StorageClientBuilder\n        {\n            Credential = credential,\n            UniverseDomain = \"s3nsapis.fr\",\n        }.Build()")]
    [InlineData("new StorageClientBuilder { Credential = credential }.Build()", "new StorageClientBuilder\n        {\n            Credential = credential,\n            UniverseDomain = \"s3nsapis.fr\",\n        }.Build()")]
    public async Task The_client_is_built_in_the_S3NS_universe_and_still_compiles(string creation, string expected)
    {
        var source = "using Google.Apis.Auth.OAuth2;\nusing Google.Cloud.Storage.V1;\n\nclass C\n{\n    StorageClient Create(GoogleCredential credential)\n    {\n        return " + creation + ";\n    }\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        Assert.Empty(await harness.CompilerErrorsAsync(harness.Solution));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", creation, "-", Finding());

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);

        Assert.Equal(new[] { "Point StorageClient at S3NS (Cloud de Confiance) (SecNumCloud 3.2, u-france-east1)", "Add an exception for 'gcp' to sovereignty.json" }, actions.Select(a => a.Title));
        var fixedSolution = await ContractFixHarness.ApplyAsync(actions[0]);
        Assert.Equal(source.Replace(creation, expected, StringComparison.Ordinal), await ContractFixHarness.TextAsync(fixedSolution, "C.cs"));
        Assert.Empty(await harness.CompilerErrorsAsync(fixedSolution));
    }

    [Fact]
    public async Task The_asynchronous_factory_becomes_the_asynchronous_build()
    {
        const string source = "using System.Threading.Tasks;\nusing Google.Cloud.Storage.V1;\n\nclass C\n{\n    async Task<StorageClient> Create() => await StorageClient.CreateAsync();\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", "StorageClient.CreateAsync()", "-", Finding());

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);
        var fixedSolution = await ContractFixHarness.ApplyAsync(actions[0]);

        Assert.Contains("}.BuildAsync()", await ContractFixHarness.TextAsync(fixedSolution, "C.cs"), StringComparison.Ordinal);
        Assert.Empty(await harness.CompilerErrorsAsync(fixedSolution));
    }

    [Fact]
    public async Task Without_S3NS_among_the_alternatives_only_the_exception_is_offered()
    {
        const string source = "using Google.Cloud.Storage.V1;\n\nclass C\n{\n    StorageClient Create() => StorageClient.Create();\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", "StorageClient.Create()", "-", Finding("outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3"));

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);

        Assert.Equal(new[] { "SOV0002:exception" }, actions.Select(a => a.EquivalenceKey));
    }
}
