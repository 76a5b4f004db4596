using Microsoft.CodeAnalysis.Testing;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Sdk;
using Verify = SovereignAnalyzers.Tests.Verifiers.AnalyzerVerifier<SovereignAnalyzers.Rules.EndpointLiteralAnalyzer>;

namespace SovereignAnalyzers.Tests.Rules;

/// <summary>
/// Generated code is not reported: files the compiler calls generated, and declarations marked
/// <c>[System.CodeDom.Compiler.GeneratedCode]</c>. The rules do not let the driver filter their diagnostics
/// (it would walk each reported file's tokens); they are not run in generated code at all, which these tests pin.
/// </summary>
public class GeneratedCodeTests
{
    private static DiagnosticResult At(int location) => Verify.Diagnostic(Descriptors.EndpointLiteral.Id).WithLocation(location);

    [Fact]
    public Task Skips_a_type_marked_generated_code()
        => Verify.VerifyAsync("""
            using System.CodeDom.Compiler;
            [GeneratedCode("NSwag", "14.0.0")]
            class PartnerClient
            {
                string BaseUrl = "https://api.stripe.com/v1";
                string Url(string bucket) => $"https://{bucket}.s3.amazonaws.com";
            }
            class Handwritten
            {
                string BaseUrl = {|#0:"https://api.stripe.com/v1"|};
            }
            """, At(0));

    [Fact]
    public Task Skips_members_and_nested_types_marked_generated_code_with_any_spelling()
        => Verify.VerifyAsync("""
            using Gen = System.CodeDom.Compiler.GeneratedCodeAttribute;
            class C
            {
                [System.CodeDom.Compiler.GeneratedCodeAttribute("tool", "1")]
                string A = "https://s3.amazonaws.com";

                [Gen("tool", "1")]
                string B() => "https://s3.amazonaws.com";

                [global::System.CodeDom.Compiler.GeneratedCode("tool", "1")]
                class Nested { string C = "https://s3.amazonaws.com"; }

                string D
                {
                    [System.CodeDom.Compiler.GeneratedCode("tool", "1")]
                    get => "https://s3.amazonaws.com";
                }

                string E = {|#0:"https://s3.amazonaws.com"|};
            }
            """, At(0));

    [Fact]
    public Task Reports_under_an_attribute_that_only_shares_the_name()
        => Verify.VerifyAsync("""
            namespace Tools
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class GeneratedCodeAttribute : System.Attribute { }
            }

            namespace App
            {
                using Tools;

                [GeneratedCode]
                class C { string Url = {|#0:"https://s3.amazonaws.com"|}; }

                [System.Obsolete("other attributes change nothing")]
                class D { string Url = {|#1:"https://s3.amazonaws.com"|}; }
            }
            """, At(0), At(1));

    [Fact]
    public Task Reports_the_handwritten_part_of_a_partial_type_whose_other_part_is_generated()
    {
        var test = Verify.Create("""
            partial class Client
            {
                string Handwritten = {|#0:"https://s3.amazonaws.com"|};
            }
            """, At(0));
        test.TestState.Sources.Add(("Client.Generated.cs", """
            [System.CodeDom.Compiler.GeneratedCode("tool", "1")]
            partial class Client
            {
                string Generated = "https://s3.amazonaws.com";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Skips_generated_file_names()
    {
        var test = Verify.Create("""
            class C { string Url = {|#0:"https://s3.amazonaws.com"|}; }
            """, At(0));
        test.TestState.Sources.Add(("Client.g.cs", """class G { string Url = "https://s3.amazonaws.com"; }"""));
        test.TestState.Sources.Add(("Form1.Designer.cs", """class F { string Url = "https://s3.amazonaws.com"; }"""));
        return test.RunAsync();
    }

    [Fact]
    public Task Skips_files_an_editorconfig_calls_generated()
    {
        var test = Verify.Create("""
            class C { string Url = {|#0:"https://s3.amazonaws.com"|}; }
            """, At(0));
        test.TestState.Sources.Add(("/0/Vendor/Client.cs", """class V { string Url = "https://s3.amazonaws.com"; }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [/0/Vendor/*.cs]
            generated_code = true
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Sdk_clients_in_generated_code_are_not_reported()
        => SdkVerify.Run("""
            using Amazon;
            using Amazon.S3;
            using System.CodeDom.Compiler;

            [GeneratedCode("tool", "1")]
            class GeneratedStorage
            {
                object M() => new AmazonS3Client(RegionEndpoint.EUWest3);
            }

            class Storage
            {
                [GeneratedCode("tool", "1")]
                object Generated() => new AmazonS3Client(RegionEndpoint.EUWest3);

                object Handwritten() => {|#0:new AmazonS3Client(RegionEndpoint.EUWest3)|};
            }
            """, SdkVerify.Target(0));

    [Fact]
    public Task Sdk_clients_in_generated_files_are_not_reported()
    {
        var test = SdkVerify.Create("""
            class Storage { object M() => {|#0:new Amazon.S3.AmazonS3Client()|}; }
            """, SdkVerify.Target(0));
        test.TestState.Sources.Add(("Storage.g.cs", """
            // <auto-generated/>
            class GeneratedStorage { object M() => new Amazon.S3.AmazonS3Client(); }
            """));
        return test.RunAsync();
    }
}
