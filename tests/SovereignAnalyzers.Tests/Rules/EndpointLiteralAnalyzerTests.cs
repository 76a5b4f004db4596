using Microsoft.CodeAnalysis.Testing;
using SovereignAnalyzers.Tests.Infrastructure;
using SovereignAnalyzers.Rules;
using Verify = SovereignAnalyzers.Tests.Verifiers.AnalyzerVerifier<SovereignAnalyzers.Rules.EndpointLiteralAnalyzer>;

namespace SovereignAnalyzers.Tests.Rules;

public class EndpointLiteralAnalyzerTests
{
    private static DiagnosticResult At(int location) => Verify.Diagnostic(Descriptors.EndpointLiteral.Id).WithLocation(location);

    [Fact]
    public Task Reports_an_endpoint_literal_given_to_the_real_sdk()
        => Verify.VerifyAsync("""
            using Amazon.S3;
            class C
            {
                AmazonS3Config Config() => new AmazonS3Config { ServiceURL = {|#0:"https://s3.eu-west-3.amazonaws.com"|} };
            }
            """, At(0));

    [Fact]
    public Task Reports_a_constant_at_its_declaration_only()
        => Verify.VerifyAsync("""
            using System;
            class C
            {
                const string Endpoint = {|#0:"https://archive.blob.core.windows.net"|};
                static readonly Uri Archive = new Uri(Endpoint);
                Uri Other() => new Uri(Endpoint + "/container");
            }
            """, At(0));

    [Fact]
    public Task Reports_a_constant_concatenation_once_as_a_whole()
        => Verify.VerifyAsync("""
            class C
            {
                const string Url = {|#0:"https://" + "my-bucket" + ".s3.amazonaws.com" + "/reports"|};
            }
            """, At(0));

    [Fact]
    public Task Reports_the_constant_parts_of_an_interpolated_string()
        => Verify.VerifyAsync(""""
            class C
            {
                string Url(string bucket, string key) => {|#0:$"https://{bucket}.s3.eu-west-3.amazonaws.com/{key}"|};
                string Raw(string bucket) => {|#1:$"""https://{bucket}.s3.amazonaws.com"""|};
            }
            """", At(0), At(1));

    [Fact]
    public Task Reports_a_non_ascii_host_label_next_to_an_interpolation()
        => Verify.VerifyAsync("""
            class C
            {
                string A(string b) => {|#0:$"https://{b}bücket.s3.amazonaws.com/x"|};
                string B(string b) => {|#1:"https://" + b + "bücket.s3.amazonaws.com"|};
                string C1(string b) => {|#2:$"https://{b}données.blob.core.windows.net"|};
                string Decoy(string b) => $"https://{b}bücket.s3.amazonaws.com.example.fr";
                string Sovereign(string b) => $"https://{b}bücket.oos.cloudgouv-eu-west-1.outscale.com";
            }
            """, At(0), At(1), At(2));

    [Fact]
    public Task Reports_an_interpolated_storage_connection_string_without_any_dot_or_colon()
        => Verify.VerifyAsync("""
            class C
            {
                string Literal = {|#0:"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5"|};
                string A(string name, string key) => {|#1:$"DefaultEndpointsProtocol=https;AccountName={name};AccountKey={key}"|};
                string B(string name) => {|#2:"AccountName=" + name + ";AccountKey=a2V5"|};
                string Log(string name) => $"Account name {name} rejected";
                string Emulator(string key) => $"UseDevelopmentStorage=true;AccountKey={key}";
            }
            """, At(0), At(1), At(2));

    [Fact]
    public Task Reports_a_concatenation_with_runtime_parts()
        => Verify.VerifyAsync("""
            class C
            {
                string Url(string bucket) => {|#0:"https://" + bucket + ".s3.amazonaws.com/"|};
                string Path(string key) => {|#1:"https://reports.s3.amazonaws.com" + key|};
                string Port(int port) => {|#2:$"https://acct.blob.core.windows.net{port}"|};
                string Host(string host) => "https://" + host;
            }
            """, At(0), At(1), At(2));

    [Fact]
    public Task Reports_uri_arguments_attribute_arguments_and_every_literal_form()
        => Verify.VerifyAsync(""""
            using System;
            [AttributeUsage(AttributeTargets.All)]
            sealed class EndpointAttribute(string url) : Attribute { public string Url { get; } = url; }

            [Endpoint({|#0:"https://s3.amazonaws.com"|})]
            class C
            {
                Uri A = new Uri({|#1:"https://bucket.s3.amazonaws.com"|});
                string B = {|#2:@"https://bucket.s3.amazonaws.com"|};
                string D = """
                    https://{|#3:bucket.s3.amazonaws.com|}
                    """;
                ReadOnlySpan<byte> E() => {|#4:"https://bucket.s3.amazonaws.com"u8|};
                string F = {|#5:"arn:aws:s3:::patient-exports"|};
                string G = {|#6:"bucket.s3.amazonaws.com"|};
            }
            """", At(0), At(1), At(2), At(3), At(4), At(5), At(6));

    [Fact]
    public Task Reports_each_provider_of_a_literal_once()
        => Verify.VerifyAsync("""
            class C
            {
                string Both = {|#0:"https://a.s3.amazonaws.com https://b.s3.amazonaws.com https://acct.blob.core.windows.net"|};
            }
            """, At(0), At(0));

    [Fact]
    public Task Ignores_comments_identifiers_prose_and_look_alike_hosts()
        => Verify.VerifyAsync("""
            using System;
            /// <summary>Uploads to https://s3.amazonaws.com, see <see href="https://bucket.s3.amazonaws.com"/>.</summary>
            class AmazonS3Uploader
            {
                // const string Old = "https://s3.amazonaws.com";
                /* "https://acct.blob.core.windows.net" */
                int AzureBlobStorage = 1;
                string Prose = "We used Amazon S3 and Azure Blob Storage before the migration.";
                string Message = "Upload to bucket.s3.amazonaws.com failed";
                string LookAlike1 = "https://notamazonaws.com/x";
                string LookAlike2 = "https://s3.amazonaws.com.evil.example/";
                string LookAlike3 = "s3-amazonaws.com";
                string Local = "http://localhost:9000";
                string Loopback = "http://127.0.0.1:10000/devstoreaccount1";
                string Emulator = "UseDevelopmentStorage=true";
                int Sum = 1 + 2;
            }
            """);

    [Fact]
    public Task Ignores_xml_namespaces_that_look_like_endpoints()
        => Verify.VerifyAsync("""
            using System.Xml.Linq;
            using System.Xml.Serialization;

            [XmlRoot("ListBucketResult", Namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
            public class ListBucketResult
            {
                static readonly XNamespace S3 = "http://s3.amazonaws.com/doc/2006-03-01/";
                XElement E() => new XElement(XName.Get("Key", "http://s3.amazonaws.com/doc/2006-03-01/"));
            }
            """);

    [Fact]
    public Task Skips_generated_code()
        => Verify.VerifyAsync("""
            // <auto-generated/>
            class Generated
            {
                string Url = "https://s3.amazonaws.com";
            }
            """);

    [Fact]
    public async Task Survives_broken_code_while_typing()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new EndpointLiteralAnalyzer(), """
            class C
            {
                string E = "https://s3.amazonaws.com" + + "x";
                [Unknown("https://acct.blob.core.windows.net")] string F = Missing.Call("s3.amazonaws.com"
                string A = "https://s3.amazon
                void M() { var u = new System.Uri("https://s3.amazonaws.com" + ; }
                string D = $"https://{(
                string B = $"https://{ .s3.amazonaws.com
            """);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Id == "SOV0001" && d.Location.GetLineSpan().StartLinePosition.Line == 2);
        Assert.Contains(diagnostics, d => d.Id == "SOV0001" && d.Location.GetLineSpan().StartLinePosition.Line == 3);
    }

    [Fact]
    public async Task Survives_huge_literals()
    {
        var huge = string.Concat(Enumerable.Repeat("https://a.s3.amazonaws.com/x ", 50_000));
        var diagnostics = await AnalyzerRunner.RunAsync(new EndpointLiteralAnalyzer(), "class C { string S = \"" + huge + "\"; }");
        Assert.Equal("SOV0001", Assert.Single(diagnostics).Id);
    }
}
