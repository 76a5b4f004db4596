using Microsoft.CodeAnalysis.Testing;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;
using ConfigurationVerify = SovereignAnalyzers.Tests.Verifiers.AnalyzerVerifier<SovereignAnalyzers.Rules.ConfigurationFileAnalyzer>;
using LiteralVerify = SovereignAnalyzers.Tests.Verifiers.AnalyzerVerifier<SovereignAnalyzers.Rules.EndpointLiteralAnalyzer>;

namespace SovereignAnalyzers.Tests.Rules;

/// <summary>
/// <c>s3://bucket/key</c> is the AWS CLI's and SDKs' way of naming an S3 object, but any S3-compatible store
/// (MinIO, Ceph, OVHcloud, Outscale) is addressed the same way by its own tools: it designates AWS only in a
/// compilation that references the AWS SDK, in code (SOV0001) and in the project's configuration (SOV0004).
/// </summary>
public class SdkSchemeAnalyzerTests
{
    private const string S3Target = "is an endpoint of Amazon S3 (Amazon Web Services, US)";
    private const string S3Why = "subject to the US CLOUD Act, FISA 702, EO 12333. Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)";

    private const string Code = """
        class Archive
        {
            const string Reports = {|#0:"s3://reports/2026/q1.csv"|};
            string Monthly(string month) => {|#1:$"s3://monthly-exports/{month}.parquet"|};
            string Google = {|#2:"gs://analytics/raw"|};
            string Local = "file:///var/reports/q1.csv";
            string Lookalike = "ms3://reports/q1.csv";
            string Prose = "copy them to s3 bucket reports";
        }
        """;

    private const string Settings = """
        {
          "Archive": { "Uri": {|#0:"s3://reports/archive/"|} },
          "Raw": {|#1:"gs://analytics/raw"|},
          "Local": "file:///var/reports",
          "Description": "exported to s3 every night"
        }
        """;

    [Fact]
    public Task An_s3_uri_in_code_is_aws_when_the_compilation_references_the_aws_sdk()
        => LiteralVerify.VerifyAsync(
            Code,
            LiteralVerify.Diagnostic(Descriptors.EndpointLiteral).WithLocation(0).WithArguments("s3://reports", S3Target, S3Why),
            LiteralVerify.Diagnostic(Descriptors.EndpointLiteral).WithLocation(1).WithArguments("s3://monthly-exports", S3Target, S3Why),
            LiteralVerify.Diagnostic(RuleIds.EndpointLiteral).WithLocation(2));

    [Fact]
    public Task An_s3_uri_in_code_designates_nobody_without_the_aws_sdk()
    {
        // Minio, Google Cloud and Azure stay referenced: s3:// is theirs neither, gs:// is Google's whatever the references.
        var test = WithoutAwsSdk(LiteralVerify.Create(Code, LiteralVerify.Diagnostic(RuleIds.EndpointLiteral).WithLocation(2)));
        return test.RunAsync();
    }

    [Fact]
    public Task An_s3_uri_in_configuration_is_aws_when_the_compilation_references_the_aws_sdk()
    {
        var test = ConfigurationVerify.Create(
            "class C { }",
            ConfigurationVerify.Diagnostic(Descriptors.ConfigurationEndpoint).WithLocation(0).WithArguments("s3://reports", "Archive:Uri", S3Target, S3Why),
            ConfigurationVerify.Diagnostic(RuleIds.ConfigurationEndpoint).WithLocation(1));
        test.TestState.AdditionalFiles.Add(("appsettings.json", Settings));
        return test.RunAsync();
    }

    [Fact]
    public Task An_s3_uri_in_configuration_designates_nobody_without_the_aws_sdk()
    {
        var test = WithoutAwsSdk(ConfigurationVerify.Create("class C { }", ConfigurationVerify.Diagnostic(RuleIds.ConfigurationEndpoint).WithLocation(1)));
        test.TestState.AdditionalFiles.Add(("appsettings.json", Settings));
        return test.RunAsync();
    }

    private static TTest WithoutAwsSdk<TTest>(TTest test)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.CloudSdksWithout("AWSSDK."));
        Assert.DoesNotContain(test.TestState.AdditionalReferences, r => r.Display?.Contains("AWSSDK", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Contains(test.TestState.AdditionalReferences, r => r.Display?.EndsWith("Minio.dll", StringComparison.OrdinalIgnoreCase) == true);
        return test;
    }
}
