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
                object B() => new HttpClient { BaseAddress = new Uri({|#2:"https://acme.blob.core.windows.net"|}) };
                object D()
                {
                    var config = new AmazonS3Config { ServiceURL = {|#3:"https://s3.eu-west-3.amazonaws.com"|} };
                    return config; // no client is built from it here
                }
            }
            """,
            Literal(2), Literal(3));

    [Fact]
    public Task A_member_declared_elsewhere_is_reported_once_at_its_declaration_with_its_clients()
    {
        var test = new BothTest
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Targets.cs", """
                        using System;
                        static class Targets
                        {
                            public const string Reports = {|#0:"https://s3.eu-west-3.amazonaws.com"|};
                            public static readonly Uri Archive = new Uri({|#1:"https://acme.blob.core.windows.net"|});
                            public static string Dsn => {|#2:"https://key@o1.ingest.de.sentry.io/2"|};
                            public const string Unused = {|#3:"https://other.blob.core.windows.net"|};
                            public const string Sovereign = "https://s3.gra.io.cloud.ovh.net";
                        }
                        """),
                    ("/0/Clients.cs", """
                        using Amazon.S3;
                        using Azure.Storage.Blobs;
                        class Clients
                        {
                            object A() => {|#10:new AmazonS3Client(new AmazonS3Config { ServiceURL = Targets.Reports })|};
                            object B()
                            {
                                var url = Targets.Reports;
                                return {|#11:new AmazonS3Client(new AmazonS3Config { ServiceURL = url })|};
                            }
                            object D() => {|#12:new BlobServiceClient(Targets.Archive)|};
                            void E() => {|#13:Sentry.SentrySdk.Init(o => o.Dsn = Targets.Dsn)|};
                            object F() => new AmazonS3Client(new AmazonS3Config { ServiceURL = Targets.Sovereign });
                        }
                        """),
                },
            },
        };
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Literal(0).WithLocation(10).WithLocation(11),
            Literal(1).WithLocation(12),
            Literal(2).WithLocation(13),
            Literal(3),
        });
        return test.RunAsync();
    }

    [Fact]
    public Task A_private_member_finds_its_clients_in_every_part_of_its_type_and_no_other()
    {
        // A private member (or a member of a private or file-local type) is searched for only in its type's
        // own files: every partial part of the type, not the other files that happen to use the same name.
        var test = new BothTest
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Storage.Part1.cs", """
                        partial class Storage
                        {
                            private const string Endpoint = {|#0:"https://s3.eu-west-3.amazonaws.com"|};
                            private static class Inner { public const string Archive = {|#1:"https://acme.blob.core.windows.net"|}; }
                        }
                        """),
                    ("/0/Storage.Part2.cs", """
                        using System;
                        using Amazon.S3;
                        using Azure.Storage.Blobs;
                        partial class Storage
                        {
                            object A() => {|#10:new AmazonS3Client(new AmazonS3Config { ServiceURL = Endpoint })|};
                            object B() => {|#11:new BlobServiceClient(new Uri(Inner.Archive))|};
                            object D() => {|#13:new AmazonS3Client(new AmazonS3Config { ServiceURL = Hidden.Url })|};
                        }
                        file static class Hidden { public const string Url = {|#3:"https://s3.eu-central-1.amazonaws.com"|}; }
                        """),
                    ("/0/Other.cs", """
                        using Amazon.S3;
                        class Other
                        {
                            private const string Endpoint = {|#2:"https://s3.us-east-1.amazonaws.com"|};
                            object C() => {|#12:new AmazonS3Client(new AmazonS3Config { ServiceURL = Endpoint })|};
                        }
                        """),
                },
            },
        };
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Literal(0).WithLocation(10),
            Literal(1).WithLocation(11),
            Literal(2).WithLocation(12),
            Literal(3).WithLocation(13),
        });
        return test.RunAsync();
    }

    [Fact]
    public Task Members_sharing_a_name_each_get_their_own_clients()
    {
        var test = new BothTest
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Storage.cs", """
                        static class Storage { public const string Endpoint = {|#0:"https://s3.eu-west-3.amazonaws.com"|}; }
                        static class Blobs { public static readonly string Endpoint = {|#1:"https://acme.blob.core.windows.net"|}; }
                        static class Unused { public const string Endpoint = {|#2:"https://s3.us-east-1.amazonaws.com"|}; }
                        """),
                    ("/0/Clients.cs", """
                        using System;
                        using Amazon.S3;
                        using Azure.Storage.Blobs;
                        class Clients
                        {
                            object A() => {|#10:new AmazonS3Client(new AmazonS3Config { ServiceURL = Storage.Endpoint })|};
                            object B() => {|#11:new BlobServiceClient(new Uri(Blobs.Endpoint))|};
                            object C(string Endpoint) => {|#12:new AmazonS3Client(new AmazonS3Config { ServiceURL = Endpoint })|};
                        }
                        """),
                    ("/0/More.cs", """
                        using Amazon.S3;
                        class More { object D() => {|#13:new AmazonS3Client(new AmazonS3Config { ServiceURL = Storage.Endpoint })|}; }
                        """),
                },
            },
        };
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Literal(0).WithLocation(10).WithLocation(13),
            Literal(1).WithLocation(11),
            Literal(2),
            Runtime(12),
        });
        return test.RunAsync();
    }

    [Fact]
    public Task A_config_object_in_a_private_readonly_field_is_reported_once_at_its_declaration_with_its_clients()
        => RunBoth("""
            using Amazon.S3;
            using Confluent.Kafka;
            class C
            {
                private static readonly ProducerConfig Shared = new() { BootstrapServers = {|#0:"pkc-abc.westeurope.azure.confluent.cloud:9092"|}, Acks = Acks.All };
                private static readonly AmazonS3Config Config = new() { ServiceURL = {|#1:"https://s3.eu-west-3.amazonaws.com"|} };
                private readonly AmazonS3Config _instance = new() { ServiceURL = {|#2:"https://s3.eu-west-1.amazonaws.com"|} };
                private static readonly AmazonS3Config Sovereign = new() { ServiceURL = "https://s3.gra.io.cloud.ovh.net" };
                object A() => {|#10:new ProducerBuilder<string, string>(Shared).Build()|};
                object B() => {|#11:new AmazonS3Client(Config)|};
                object D() => {|#12:new AmazonS3Client(_instance)|};
                object E() => {|#13:new AmazonS3Client(_instance)|};
                object F() => new AmazonS3Client(Sovereign);
                bool G() => Config.ForcePathStyle;
            }
            """,
            Literal(0).WithLocation(10), Literal(1).WithLocation(11), Literal(2).WithLocation(12).WithLocation(13));

    [Fact]
    public Task A_config_field_that_may_change_or_be_seen_elsewhere_keeps_its_run_time_note()
        => RunBoth("""
            using Amazon.S3;
            using Confluent.Kafka;
            class C
            {
                private static ProducerConfig NotReadOnly = new() { BootstrapServers = {|#0:"pkc-abc.westeurope.azure.confluent.cloud:9092"|} };
                private readonly AmazonS3Config _reassigned = new() { ServiceURL = {|#1:"https://s3.eu-west-3.amazonaws.com"|} };
                private readonly AmazonS3Config _written = new() { ServiceURL = {|#2:"https://s3.eu-west-3.amazonaws.com"|} };
                private static readonly AmazonS3Config Handed = new() { ServiceURL = {|#3:"https://s3.eu-west-3.amazonaws.com"|} };
                internal static readonly AmazonS3Config Visible = new() { ServiceURL = {|#4:"https://s3.eu-west-3.amazonaws.com"|} };
                private static readonly AmazonS3Config Computed = new() { ServiceURL = System.Environment.GetEnvironmentVariable("S3") };
                C(string url)
                {
                    _reassigned = new AmazonS3Config { ServiceURL = url };
                    _written.ServiceURL = url;
                    Tweak(Handed);
                }
                static void Tweak(AmazonS3Config config) { }
                object A() => {|#10:new ProducerBuilder<string, string>(NotReadOnly).Build()|};
                object B() => {|#11:new AmazonS3Client(_reassigned)|};
                object D() => {|#12:new AmazonS3Client(_written)|};
                object E() => {|#13:new AmazonS3Client(Handed)|};
                object F() => {|#14:new AmazonS3Client(Visible)|};
                object G() => {|#15:new AmazonS3Client(Computed)|};
            }
            """,
            Literal(0), Literal(1), Literal(2), Literal(3), Literal(4),
            Runtime(10), Runtime(11), Runtime(12), Runtime(13), Runtime(14), Runtime(15));

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
