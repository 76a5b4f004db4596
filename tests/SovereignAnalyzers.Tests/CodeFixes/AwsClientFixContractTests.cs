using Microsoft.CodeAnalysis.CodeFixes;
using SovereignAnalyzers.CodeFixes.Providers;

namespace SovereignAnalyzers.Tests.CodeFixes;

/// <summary>SOV0002 on AWS SDK clients decided by a region or the default, compiled against the real AWSSDK.S3.</summary>
public sealed class AwsClientFixContractTests
{
    private const string Header = """
        using System;
        using Amazon;
        using Amazon.Runtime;
        using Amazon.S3;

        """;

    private static Dictionary<string, string?> Finding(string decidedBy, string alternatives = "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3;ovhcloud|gra|https://s3.gra.io.cloud.ovh.net|s3") => new()
    {
        ["providerId"] = "aws",
        ["serviceKind"] = "object-storage-s3",
        ["api"] = "s3",
        ["sdkFamily"] = "aws-sdk",
        ["client"] = "AmazonS3Client",
        ["decidedBy"] = decidedBy,
        ["alternativeEndpoints"] = alternatives,
    };

    private const string OutscaleConfig = """
        new AmazonS3Config
                {
                    ServiceURL = "https://oos.cloudgouv-eu-west-1.outscale.com",
                    ForcePathStyle = true,
                    RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                    ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                })
        """;

    public static TheoryData<string, string, string> Clients => new()
    {
        {
            "region",
            "new AmazonS3Client(RegionEndpoint.EUWest3)",
"new AmazonS3Client(" + OutscaleConfig
        },
        {
            "region",
            "new AmazonS3Client(new BasicAWSCredentials(\"id\", \"secret\"), RegionEndpoint.EUWest3)",
"new AmazonS3Client(new BasicAWSCredentials(\"id\", \"secret\"), " + OutscaleConfig
        },
        {
            "default",
            "new AmazonS3Client()",
"new AmazonS3Client(" + OutscaleConfig
        },
        {
            "region",
            "new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest3, Timeout = TimeSpan.FromSeconds(5) })",
            """
            new AmazonS3Client(new AmazonS3Config
                    {
                        Timeout = TimeSpan.FromSeconds(5),
                        ServiceURL = "https://oos.cloudgouv-eu-west-1.outscale.com",
                        ForcePathStyle = true,
                        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                    })
            """
        },
    };

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task The_client_gets_a_config_pointing_at_the_first_alternative_and_still_compiles(string decidedBy, string creation, string expected)
    {
        var source = Header + "class C\n{\n    IAmazonS3 Create()\n    {\n        return " + creation + ";\n    }\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        Assert.Empty(await harness.CompilerErrorsAsync(harness.Solution));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", creation, "-", Finding(decidedBy));

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);

        Assert.Equal(
            new[]
            {
                "Point AmazonS3Client at 3DS Outscale (SecNumCloud 3.2, cloudgouv-eu-west-1)",
                "Point AmazonS3Client at OVHcloud (gra)",
                "Add an exception for 'aws' to sovereignty.json",
            },
            actions.Select(a => a.Title));
        var fixedSolution = await ContractFixHarness.ApplyAsync(actions[0]);
        var fixedSource = source.Replace(creation, expected.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        if (decidedBy == "region")
        {
            fixedSource = fixedSource.Replace("using Amazon;\n", string.Empty, StringComparison.Ordinal); // RegionEndpoint was its only use
        }

        Assert.Equal(fixedSource, await ContractFixHarness.TextAsync(fixedSolution, "C.cs"));
        Assert.Empty(await harness.CompilerErrorsAsync(fixedSolution));
    }

    [Fact]
    public async Task A_store_serving_virtual_host_requests_gets_no_ForcePathStyle_and_a_missing_using_is_added()
    {
        const string source = "class C\n{\n    Amazon.S3.IAmazonS3 Create() => new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.EUWest3);\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", "new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.EUWest3)", "-", Finding("region", "ovhcloud|gra|https://s3.gra.io.cloud.ovh.net|s3"));

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);
        var fixedSolution = await ContractFixHarness.ApplyAsync(actions[0]);
        var text = await ContractFixHarness.TextAsync(fixedSolution, "C.cs");

        Assert.Contains("ServiceURL = \"https://s3.gra.io.cloud.ovh.net\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ForcePathStyle", text, StringComparison.Ordinal);
        Assert.Contains("WHEN_REQUIRED", text, StringComparison.Ordinal);
        Assert.Empty(await harness.CompilerErrorsAsync(fixedSolution));
    }

    [Theory]
    [InlineData("runtime", "new AmazonS3Client(config)", "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3")] // decided at run time
    [InlineData("region", "new AmazonS3Client(config)", "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3")] // a config built elsewhere
    [InlineData("region", "new AmazonS3Client(RegionEndpoint.EUWest3)", "cloud-temple|fr1|https://{namespace}.s3.fr1.cloud-temple.com|s3")] // endpoint needs a namespace
    [InlineData("region", "new AmazonS3Client(RegionEndpoint.EUWest3)", "s3ns|u-france-east1|https://storage.s3nsapis.fr|gcs")] // another API
    public async Task Only_the_exception_when_no_faithful_rewrite_exists(string decidedBy, string creation, string alternatives)
    {
        var source = Header + "class C\n{\n    IAmazonS3 Create(AmazonS3Config config)\n    {\n        return " + creation + ";\n    }\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", creation, "-", Finding(decidedBy, alternatives));

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);

        Assert.Equal(new[] { "SOV0002:exception" }, actions.Select(a => a.EquivalenceKey));
    }

    [Theory]
    // A statement that cannot become several without changing what the condition governs.
    [InlineData("var config = new AmazonS3Config();\n        if (config.Timeout is null) config.RegionEndpoint = RegionEndpoint.EUWest3;", "RegionEndpoint.EUWest3")]
    // The region of something that is not the client's config.
    [InlineData("var config = new AmazonS3Config();\n        var home = new { Region = RegionEndpoint.EUWest3 };", "RegionEndpoint.EUWest3")]
    // A target that would be evaluated once per new setting.
    [InlineData("var config = new AmazonS3Config();\n        Same(config).RegionEndpoint = RegionEndpoint.EUWest3;", "RegionEndpoint.EUWest3")]
    public async Task A_region_written_where_no_faithful_rewrite_exists_gets_only_the_exception(string configCode, string decidedAt)
    {
        var source = Header + "class C\n{\n    static AmazonS3Config Same(AmazonS3Config c) => c;\n\n    IAmazonS3 Create()\n    {\n        " + configCode + "\n        return new AmazonS3Client(config);\n    }\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        Assert.Empty(await harness.CompilerErrorsAsync(harness.Solution));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", "new AmazonS3Client(config)", "-", Finding("region"), decidedAt: decidedAt);

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);

        Assert.Equal(new[] { "SOV0002:exception" }, actions.Select(a => a.EquivalenceKey));
    }

    [Fact]
    public async Task A_local_config_whose_endpoint_is_written_later_is_not_completed_without_its_deciding_expression()
    {
        // Without a deciding expression, a later RegionEndpoint would undo a ServiceURL set in the initialiser.
        var source = Header + "class C\n{\n    IAmazonS3 Create(RegionEndpoint region)\n    {\n        var config = new AmazonS3Config();\n        config.RegionEndpoint = region;\n        return new AmazonS3Client(config);\n    }\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", "new AmazonS3Client(config)", "-", Finding("default"));

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);

        Assert.Equal(new[] { "SOV0002:exception" }, actions.Select(a => a.EquivalenceKey));
    }

    [Fact]
    public async Task Fix_All_on_a_region_client_and_a_default_client_in_one_file_compiles_with_each_using_once()
    {
        // Each fix is planned alone: the region client's removes `using Amazon;` only if nothing else needs it, and
        // both add `using Amazon.Runtime;`, which the merge must write once.
        var source = Header + "class C\n{\n    IAmazonS3 A() => new AmazonS3Client(RegionEndpoint.EUWest3);\n\n    IAmazonS3 B() => new AmazonS3Client();\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        var diagnostics = new[]
        {
            await harness.DiagnosticAsync("SOV0002", "C.cs", "new AmazonS3Client(RegionEndpoint.EUWest3)", "-", Finding("region"), decidedAt: "RegionEndpoint.EUWest3"),
            await harness.DiagnosticAsync("SOV0002", "C.cs", "new AmazonS3Client()", "-", Finding("default")),
        };

        var solution = await harness.FixAllAsync(new SdkClientCodeFixProvider(), FixAllScope.Document, "SOV0002:outscale:cloudgouv-eu-west-1", diagnostics);
        var text = await ContractFixHarness.TextAsync(solution, "C.cs");

        Assert.Equal(2, text.Split("ServiceURL = \"https://oos.cloudgouv-eu-west-1.outscale.com\"").Length - 1);
        Assert.Equal(1, text.Split("using Amazon.Runtime;").Length - 1);
        Assert.DoesNotContain("RegionEndpoint", text, StringComparison.Ordinal);
        var compilation = await solution.GetProject(harness.ProjectId)!.GetCompilationAsync();
        Assert.Empty(compilation!.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning && d.Id is not "CS8019"));
    }

    [Fact]
    public async Task A_using_the_region_did_not_need_stays()
    {
        // `using Amazon;` serves nothing here before the fix (the region is written in full): not the fix's to remove.
        var source = Header + "class C\n{\n    IAmazonS3 Create() => new AmazonS3Client(Amazon.RegionEndpoint.EUWest3);\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", "new AmazonS3Client(Amazon.RegionEndpoint.EUWest3)", "-", Finding("region"), decidedAt: "Amazon.RegionEndpoint.EUWest3");

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);
        var text = await ContractFixHarness.TextAsync(await ContractFixHarness.ApplyAsync(actions[0]), "C.cs");

        Assert.Contains("using Amazon;\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RegionEndpoint", text, StringComparison.Ordinal);
    }

    private const string RegistrationHeader = """
        using System;
        using Amazon;
        using Amazon.Extensions.NETCore.Setup;
        using Amazon.S3;
        using Microsoft.Extensions.DependencyInjection;

        """;

    private static string Registrations(string body) => RegistrationHeader + "static class R\n{\n    static void Add(IServiceCollection services)\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    // No options of its own: adding some would override the application's defaults (profile, credentials, configuration).
    [InlineData("default", "services.AddAWSService<IAmazonS3>();", "services.AddAWSService<IAmazonS3>()")]
    // Options shared with another service's registration: an S3 endpoint there would break it.
    [InlineData("region", "var options = new AWSOptions { Region = RegionEndpoint.EUWest3 };\n        services.AddAWSService<IAmazonS3>(options);\n        services.AddAWSService<Amazon.SQS.IAmazonSQS>(options);", "services.AddAWSService<IAmazonS3>(options)")]
    // The defaults of every AWS registration decide: not this registration's to change.
    [InlineData("region", "services.AddDefaultAWSOptions(new AWSOptions { Region = RegionEndpoint.EUWest3 });\n        services.AddAWSService<IAmazonS3>();", "services.AddAWSService<IAmazonS3>()")]
    public async Task A_registration_without_options_of_its_own_gets_only_the_exception(string decidedBy, string body, string registration)
    {
        var source = Registrations(body);
        var harness = await ContractFixHarness.WithCloudSdksAsync(("R.cs", source));
        Assert.Empty(await harness.CompilerErrorsAsync(harness.Solution));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "R.cs", registration, "-", Finding(decidedBy), decidedAt: decidedBy == "region" ? "RegionEndpoint.EUWest3" : null);

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);

        Assert.Equal(new[] { "SOV0002:exception" }, actions.Select(a => a.EquivalenceKey));
    }

    [Fact]
    public async Task Options_in_a_variable_read_only_by_the_registration_keep_their_other_settings_and_get_the_store_settings()
    {
        var source = Registrations("var options = new AWSOptions { Region = RegionEndpoint.EUWest3, DefaultClientConfig = { Timeout = TimeSpan.FromSeconds(5), ServiceSpecificSettings = { [\"ForcePathStyle\"] = \"true\" } } };\n        services.AddAWSService<IAmazonS3>(options);");
        var harness = await ContractFixHarness.WithCloudSdksAsync(("R.cs", source));
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "R.cs", "services.AddAWSService<IAmazonS3>(options)", "-", Finding("region", "ovhcloud|gra|https://s3.gra.io.cloud.ovh.net|s3"), decidedAt: "RegionEndpoint.EUWest3");

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);
        var fixedSolution = await ContractFixHarness.ApplyAsync(actions[0]);

        Assert.Equal(
            Registrations("""
                var options = new AWSOptions
                        {
                            DefaultClientConfig =
                            {
                                Timeout = TimeSpan.FromSeconds(5),
                                ServiceURL = "https://s3.gra.io.cloud.ovh.net",
                                ServiceSpecificSettings =
                                {
                                    ["ForcePathStyle"] = "true",
                                    ["RequestChecksumCalculation"] = "WHEN_REQUIRED",
                                    ["ResponseChecksumValidation"] = "WHEN_REQUIRED",
                                },
                            },
                        };
                        services.AddAWSService<IAmazonS3>(options);
                """.ReplaceLineEndings("\n")).Replace("using Amazon;\n", string.Empty, StringComparison.Ordinal),
            await ContractFixHarness.TextAsync(fixedSolution, "R.cs"));
        Assert.Empty(await harness.CompilerErrorsAsync(fixedSolution));
    }
}
