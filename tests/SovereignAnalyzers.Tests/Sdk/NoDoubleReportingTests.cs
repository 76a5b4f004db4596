using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;
using static SovereignAnalyzers.Tests.Sdk.SdkVerify;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>SOV0001 and SOV0002 together: an SDK client's endpoint literal is reported once, by SOV0002 at the client.</summary>
public class NoDoubleReportingTests
{
    private static DiagnosticResult Literal(int location) => new DiagnosticResult(RuleIds.EndpointLiteral, DiagnosticSeverity.Warning).WithLocation(location);

    private static Task RunBoth(string source, params DiagnosticResult[] expected)
    {
        var test = new BothTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Endpoint_arguments_and_members_are_reported_once_at_the_client()
        => RunBoth("""
            using System;
            using Amazon.S3;
            using Azure.Storage.Blobs;
            class C
            {
                object A() => {|#0:new AmazonS3Client(new AmazonS3Config { ServiceURL = "https://s3.eu-west-3.amazonaws.com" })|};
                object B()
                {
                    var config = new AmazonS3Config();
                    config.ServiceURL = "https://s3.eu-west-3.amazonaws.com";
                    return {|#1:new AmazonS3Client(config)|};
                }
                object D() => {|#2:new BlobServiceClient(new Uri("https://acme.blob.core.windows.net"))|};
                object E()
                {
                    var url = "https://acme.blob.core.windows.net";
                    return {|#3:new BlobServiceClient(new Uri(url))|};
                }
                object F() => {|#4:new BlobServiceClient("AccountName=acme;AccountKey=a2V5;EndpointSuffix=core.windows.net")|};
            }
            """,
            Target(0), Target(1), Target(2), Target(3), Target(4));

    [Fact]
    public Task Literals_that_no_client_uses_keep_SOV0001()
        => RunBoth("""
            using System;
            using System.Net.Http;
            using Amazon.S3;
            class C
            {
                const string Endpoint = {|#0:"https://s3.eu-west-3.amazonaws.com"|};
                object A() => {|#1:new AmazonS3Client(new AmazonS3Config { ServiceURL = Endpoint })|};
                object B() => new HttpClient { BaseAddress = new Uri({|#2:"https://acme.blob.core.windows.net"|}) };
                object D()
                {
                    var config = new AmazonS3Config { ServiceURL = {|#3:"https://s3.eu-west-3.amazonaws.com"|} };
                    return config; // no client is built from it here
                }
            }
            """,
            Literal(0), Target(1), Literal(2), Literal(3));

    private sealed class BothTest : CSharpAnalyzerTest<SdkClientAnalyzer, DefaultVerifier>
    {
        public BothTest()
        {
            ReferenceAssemblies = TestReferences.Net100;
            TestState.AdditionalReferences.AddRange(TestReferences.CloudSdks);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
            => ImmutableArray.Create<DiagnosticAnalyzer>(new SdkClientAnalyzer(), new EndpointLiteralAnalyzer());
    }
}
