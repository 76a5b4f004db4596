using System.Globalization;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Reporting;
using SovereignAnalyzers.Rules;

namespace SovereignAnalyzers.Tests.Findings;

/// <summary>
/// What a reader sees first in a build log or an IDE tooltip is the message's first sentence: it says what and
/// why, and stays under about 200 characters in English and in French for every rule, with the longest
/// arguments real code gives (every provider and service of the catalog, in its longest region, behind a long
/// bucket-style host; long client, setting and assembly names; a run-time expression at its shortened length).
/// </summary>
public class MessageLengthTests
{
    private const int MaxFirstSentence = 200;

    // A bucket or account name (Azure allows 24 characters), in front of each sample endpoint of the catalog.
    private const string LongLabel = "contoso-exports-2026";
    private const string LongClient = "AmazonDatabaseMigrationServiceClient";
    private const string LongSetting = "ConnectionStrings:ExportsStorage";

    // SdkClientAnalyzer shortens the run-time expression to 80 characters and an ellipsis.
    private static readonly string LongRuntimeSource = new string('x', 40) + "." + new string('y', 39) + "…";

    public static TheoryData<string> Cultures => new() { "en", "fr-FR" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_finding_of_every_provider_has_a_short_first_sentence(string culture)
    {
        var evaluation = PolicyEvaluation.Default;
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var provider in ProviderCatalog.BuiltIn.Providers)
        {
            foreach (var finding in Findings(evaluation, provider))
            {
                checkedCount++;
                Check(FindingDiagnostic.Create(finding, Location.None), culture, failures);
            }
        }

        foreach (var family in SdkCatalog.BuiltIn.Families)
        {
            if (family.ProviderId is { } id && evaluation.FindProvider(id) is { } publisher)
            {
                var assembly = family.Assemblies[0].Replace("*", "DatabaseMigrationService", StringComparison.Ordinal);
                var finding = Finding.Of(FindingKind.SdkReference, evaluation, new Target(publisher, null, null), null) with { Assembly = assembly, SdkFamilyName = family.Name };
                checkedCount++;
                Check(FindingDiagnostic.Create(finding, Location.None), culture, failures);
            }
        }

        Assert.True(checkedCount > 400, $"only {checkedCount} messages were built");
        Assert.True(failures.Count == 0, failures.Count + " first sentences too long:\n" + string.Join("\n", failures.Distinct()));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_policy_and_configuration_rules_have_a_short_first_sentence(string culture)
    {
        var failures = new List<string>();
        Check(Diagnostic.Create(Descriptors.ConfigurationFileTooLarge, Location.None, "appsettings.CustomerDataExports.Production.json", "1048577", "1048576"), culture, failures);
        Check(Diagnostic.Create(Descriptors.ExpiredPolicyException, Location.None, "customer-data-exports-production-2026.s3.eu-west-3.amazonaws.com", "platform-data-engineering@example.com", "2026-01-31"), culture, failures);

        var policies = new[]
        {
            "{ not json",
            """{ "allow": ["amazon-web-services"], "deny": ["aws"] }""",
            """{ "forbiddenLaws": ["us-cloud-act-2018"], "requiredQualifications": ["secnumcloud-3.2"] }""",
            """{ "exceptions": [ { "provider": "aws", "host": "s3.amazonaws.com", "owner": "", "expires": "31/01/2026", "justification": "" } ] }""",
            """{ "alternatives": { "object-storage-s3": [ { "provider": "outscale", "region": "us-east-2" }, "unknown-cloud" ] } }""",
            """{ "extends": "../../platform/policies/sovereignty.base.json" }""",
            """{ "providers": [ { "id": "acme-cloud", "name": "Acme", "jurisdiction": "FR", "hosts": ["queue.{region}"] } ] }""",
        };
        var policyDiagnostics = 0;
        foreach (var policy in policies)
        {
            foreach (var diagnostic in CompilationPolicy.Load(new[] { ("/repo/services/customer-data-exports/sovereignty.json", policy) }, null, CancellationToken.None).Diagnostics)
            {
                policyDiagnostics++;
                Check(diagnostic, culture, failures);
            }
        }

        Assert.True(policyDiagnostics >= policies.Length, $"only {policyDiagnostics} policy diagnostics");
        Assert.True(failures.Count == 0, failures.Count + " first sentences too long:\n" + string.Join("\n", failures.Distinct()));
    }

    [Theory]
    [InlineData("contoso.blob.core.windows.net", "contoso.blob.core.windows.net")]
    [InlineData("patient-exports-archive-production-2026-eu-west-3-replica.s3.dualstack.eu-west-3.amazonaws.com", "…s3.dualstack.eu-west-3.amazonaws.com")]
    [InlineData("a123456789b123456789c123456789d123456789e123456789f123456789g123456789.example", "…9d123456789e123456789f123456789g123456789.example")]
    public void A_long_host_is_shown_by_its_rightmost_labels(string host, string shown)
    {
        Assert.Equal(shown, FindingText.ShownHost(host));
        Assert.True(FindingText.ShownHost(host).Length <= FindingText.MaxShownHostLength);
    }

    [Theory]
    [InlineData("'a.s3.amazonaws.com' is an endpoint of Amazon S3 (Amazon Web Services, US): subject to the US CLOUD Act. Alternatives the policy allows: X", "'a.s3.amazonaws.com' is an endpoint of Amazon S3 (Amazon Web Services, US): subject to the US CLOUD Act")]
    [InlineData("Unknown provider id 'x': did you mean 'y'? The built-in default policy applies.", "Unknown provider id 'x': did you mean 'y'?")]
    [InlineData("No full stop at all", "No full stop at all")]
    [InlineData("Ends with one.", "Ends with one")]
    public void The_first_sentence_ends_at_a_full_stop_question_or_exclamation_mark_before_a_space(string message, string expected)
        => Assert.Equal(expected, FirstSentence(message));

    /// <summary>
    /// What each rule can say about <paramref name="provider"/>: for every endpoint shape of the catalog's samples,
    /// behind a long bucket or account name, SOV0001 (endpoint and identifier wordings), SOV0004 and SOV0002 as
    /// decided by that endpoint; SOV0002 as the SDK's default in the provider's longest region and in any region;
    /// SOV0003 with the provider as the SDK's default.
    /// </summary>
    private static IEnumerable<Finding> Findings(PolicyEvaluation evaluation, Provider provider)
    {
        yield return Finding.RuntimeEndpoint(evaluation, provider) with { Client = LongClient, RuntimeSource = LongRuntimeSource };
        var longestRegion = provider.OperatedRegions.Concat(provider.Services.SelectMany(s => s.Regions)).OrderByDescending(r => r.Length).FirstOrDefault();
        foreach (var target in new[] { new Target(provider, null, longestRegion), new Target(provider, null, null) })
        {
            if (!evaluation.Evaluate(target).IsAllowed)
            {
                yield return Finding.Of(FindingKind.SdkClientTarget, evaluation, target, null) with { Client = LongClient, Wording = target.Region is null ? TargetWording.AnyRegion : TargetWording.SdkDefault };
            }
        }

        foreach (var sample in provider.MatchSamples)
        {
            if (EndpointExtractor.Extract(sample.Text).Select(c => evaluation.Hosts.Classify(c)).FirstOrDefault(m => m is not null) is not { } match)
            {
                continue;
            }

            var target = new Target(match.Provider, match.Service, match.Region);
            if (evaluation.Evaluate(target).IsAllowed)
            {
                continue;
            }

            var host = LongLabel + "." + match.Host;
            yield return Finding.Of(FindingKind.EndpointLiteral, evaluation, target, host);
            yield return Finding.Of(FindingKind.EndpointLiteral, evaluation, target, host) with { NamesService = true };
            yield return Finding.Of(FindingKind.ConfigurationEndpoint, evaluation, target, host) with { Setting = LongSetting };
            yield return Finding.Of(FindingKind.SdkClientTarget, evaluation, target, host) with { Client = LongClient };
        }
    }

    private static void Check(Diagnostic diagnostic, string culture, List<string> failures)
    {
        var message = diagnostic.GetMessage(CultureInfo.GetCultureInfo(culture));
        var first = FirstSentence(message);
        if (first.Length > MaxFirstSentence)
        {
            failures.Add($"{diagnostic.Id} ({first.Length}): {first}");
        }
    }

    private static string FirstSentence(string message)
    {
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] is '.' or '?' or '!' && (i + 1 == message.Length || message[i + 1] == ' '))
            {
                return message[i] == '.' ? message.Substring(0, i) : message.Substring(0, i + 1);
            }
        }

        return message;
    }
}
