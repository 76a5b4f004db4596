using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>SOV0005: off by default; once enabled, one finding per referenced SDK service assembly whose publisher the policy does not allow.</summary>
public class SdkReferenceAnalyzerTests
{
    private const string Enable = "is_global = true\ndotnet_diagnostic.SOV0005.severity = warning\n";

    [Fact]
    public async Task Disabled_by_default()
    {
        Assert.False(Descriptors.SdkReference.IsEnabledByDefault);
        var diagnostics = await SdkVerify.AnalyzeBrokenAsync("class C { object M() => new Amazon.S3.AmazonS3Client(); }", enableSdkReference: false);
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.SdkReference);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.SdkClientTarget);
    }

    [Fact]
    public Task One_finding_per_service_assembly_not_for_support_assemblies_or_publisher_less_sdks()
    {
        var test = Create(enable: true, "AWSSDK.Core", "AWSSDK.S3", "AWSSDK.SQS", "Minio");
        test.ExpectedDiagnostics.Add(Expected("AWSSDK.S3"));
        test.ExpectedDiagnostics.Add(Expected("AWSSDK.SQS"));
        return test.RunAsync();
    }

    [Fact]
    public Task No_cloud_sdk_no_finding()
        => Create(enable: true).RunAsync();

    private static DiagnosticResult Expected(string assembly)
    {
        var evaluation = PolicyEvaluation.Default;
        var target = new Target(evaluation.FindProvider("aws")!, null, null);
        return new DiagnosticResult(Descriptors.SdkReference).WithArguments(
            assembly,
            "AWS SDK for .NET",
            FindingText.DescribeTarget(evaluation, target),
            FindingText.Explain(evaluation, target, evaluation.Evaluate(target), Array.Empty<Target>()));
    }

    private static CSharpAnalyzerTest<SdkReferenceAnalyzer, DefaultVerifier> Create(bool enable, params string[] assemblies)
    {
        var test = new CSharpAnalyzerTest<SdkReferenceAnalyzer, DefaultVerifier>
        {
            TestCode = "class C { }",
            ReferenceAssemblies = TestReferences.Net100,
        };
        foreach (var reference in TestReferences.CloudSdks)
        {
            if (reference is PortableExecutableReference { FilePath: { } path } && assemblies.Contains(Path.GetFileNameWithoutExtension(path)))
            {
                test.TestState.AdditionalReferences.Add(reference);
            }
        }

        if (enable)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Enable));
        }

        return test;
    }
}
