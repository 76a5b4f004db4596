using SovereignAnalyzers.CodeFixes.Providers;
using SovereignAnalyzers.Rules;
using Verify = SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SovereignAnalyzers.Rules.EndpointLiteralAnalyzer, SovereignAnalyzers.CodeFixes.Providers.EndpointCodeFixProvider>;

namespace SovereignAnalyzers.Tests.CodeFixes;

/// <summary>SOV0001 fixes on what the analyzer reports, compiled against .NET 10 and the real cloud SDKs.</summary>
public sealed class RealEndpointFixTests
{
    [Fact]
    public async Task Interpolated_virtual_host_url_moves_to_the_first_alternative()
    {
        const string source = """
            public static class ExportTargets
            {
                public static string ReportsBucketUrl(string month) => {|#0:$"https://hopital-reports.s3.eu-west-3.amazonaws.com/{month}/"|};
                public const string PartnerDrop = {|#1:"https://partner-drop.oss-eu-central-1.aliyuncs.com"|};
            }
            """;
        const string fixedSource = """
            public static class ExportTargets
            {
                public static string ReportsBucketUrl(string month) => $"https://oos.cloudgouv-eu-west-1.outscale.com/hopital-reports/{month}/";
                public const string PartnerDrop = "https://oos.cloudgouv-eu-west-1.outscale.com/partner-drop";
            }
            """;
        await Verify.VerifyAsync(source, fixedSource, Verify.Diagnostic("SOV0001").WithLocation(0), Verify.Diagnostic("SOV0001").WithLocation(1));
    }

    [Fact]
    public async Task Azure_Blob_moves_to_Bleu_where_the_policy_names_it()
    {
        const string policy = """{ "alternatives": { "object-storage": [ "bleu" ] } }""";
        const string source = """
            public static class ExportTargets
            {
                public const string ArchiveBaseUrl = {|#0:"https://hopital-archive.blob.core.windows.net/exports"|};
            }
            """;
        const string fixedSource = """
            public static class ExportTargets
            {
                public const string ArchiveBaseUrl = "https://hopital-archive.blob.core.sovcloud-api.fr/exports";
            }
            """;
        var test = Verify.Create(source, fixedSource, Verify.Diagnostic("SOV0001").WithLocation(0)).WithAdditionalFile("sovereignty.json", policy);
        test.CodeActionEquivalenceKey = "SOV0001:bleu:";
        await test.RunAsync();
    }

    [Fact]
    public async Task A_custom_provider_that_states_its_api_and_endpoint_is_a_fix_target()
    {
        const string policy = """
            {
              "providers": [ { "id": "intranet", "name": "Hospital S3", "jurisdiction": "FR",
                "services": [ { "kind": "object-storage-s3", "hosts": ["s3.{region}.intranet.hopital.example"], "regions": ["site-a"],
                                "api": "s3", "endpoint": "https://s3.{region}.intranet.hopital.example" } ] } ],
              "alternatives": { "object-storage-s3": [ { "provider": "intranet", "region": "site-a" } ] }
            }
            """;
        const string source = """
            public static class ExportTargets
            {
                public const string Reports = {|#0:"https://hopital-reports.s3.eu-west-3.amazonaws.com/2026/"|};
            }
            """;
        const string fixedSource = """
            public static class ExportTargets
            {
                public const string Reports = "https://s3.site-a.intranet.hopital.example/hopital-reports/2026/";
            }
            """;
        var test = Verify.Create(source, fixedSource, Verify.Diagnostic("SOV0001").WithLocation(0)).WithAdditionalFile("sovereignty.json", policy);
        test.CodeActionEquivalenceKey = "SOV0001:intranet:site-a";
        await test.RunAsync();
    }

    [Fact]
    public async Task A_connection_strings_endpoint_suffix_moves_to_Bleus_where_the_policy_names_it()
    {
        const string policy = """{ "alternatives": { "object-storage": [ "bleu" ] } }""";
        const string source = """
            public static class Storage
            {
                public const string Archive = {|#0:"DefaultEndpointsProtocol=https;AccountName=hopitalarchive;AccountKey=a2V5;EndpointSuffix=core.windows.net"|};
            }
            """;
        const string fixedSource = """
            public static class Storage
            {
                public const string Archive = "DefaultEndpointsProtocol=https;AccountName=hopitalarchive;AccountKey=a2V5;EndpointSuffix=core.sovcloud-api.fr";
            }
            """;
        var test = Verify.Create(source, fixedSource, Verify.Diagnostic("SOV0001").WithLocation(0)).WithAdditionalFile("sovereignty.json", policy);
        test.CodeActionEquivalenceKey = "SOV0001:bleu:";
        await test.RunAsync();
    }
}
