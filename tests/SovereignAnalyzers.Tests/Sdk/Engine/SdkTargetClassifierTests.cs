using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Sdk;

namespace SovereignAnalyzers.Tests.Sdk.Engine;

/// <summary>
/// From the settings found on a client to its targets, on the built-in catalog: which setting wins,
/// regions turned into hosts, emulators and loopback addresses, and what is left to run time.
/// </summary>
public class SdkTargetClassifierTests
{
    private static readonly SdkTargetClassifier AwsS3 = Classifier("aws-sdk", "s3");
    private static readonly SdkTargetClassifier Azure = Classifier("azure-sdk", null);

    private static readonly Lazy<Task<EngineSource>> Unseen = new(() => EngineSource.CompileAsync("class C { object M(object options) => Configure(options); static object Configure(object o) => o; }"));

    [Fact]
    public void Nothing_set_leaves_the_SDK_default()
    {
        var target = Assert.Single(AwsS3.Classify(new SdkTargetSettings()));
        Assert.Equal(SdkTargetOutcome.Default, target.Outcome);
        Assert.Null(target.DecidedBy);
    }

    [Fact]
    public void A_region_becomes_the_family_host_for_the_client_service()
    {
        var target = Assert.Single(AwsS3.Classify(Settings(region: "eu-west-3")));
        Assert.Equal(SdkTargetOutcome.Resolved, target.Outcome);
        Assert.Equal("aws", target.Match!.Provider.Id);
        Assert.Equal("s3.eu-west-3.amazonaws.com", target.Match.Host);
        Assert.Equal("eu-west-3", target.Region);
        Assert.Equal(SdkValueKind.Region, target.DecidedBy);
    }

    [Fact]
    public void A_region_in_another_partition_takes_that_partition_host()
    {
        var target = Assert.Single(AwsS3.Classify(Settings(region: "cn-north-1")));
        Assert.Equal("aws-china", target.Match!.Provider.Id);
        Assert.Equal("s3.cn-north-1.amazonaws.com.cn", target.Match.Host);
    }

    [Fact]
    public void An_endpoint_wins_over_the_region_and_keeps_the_region_the_code_names()
    {
        var target = Assert.Single(AwsS3.Classify(Settings(endpoint: "https://s3.gra.io.cloud.ovh.net", region: "eu-west-3")));
        Assert.Equal(SdkTargetOutcome.Resolved, target.Outcome);
        Assert.Equal("ovhcloud", target.Match!.Provider.Id);
        Assert.Equal(SdkValueKind.Endpoint, target.DecidedBy);
        Assert.Equal("https://s3.gra.io.cloud.ovh.net", target.Text);
    }

    [Theory]
    [InlineData("http://localhost:4566")]
    [InlineData("http://127.0.0.1:9000")]
    [InlineData("http://minio.localhost:9000")]
    [InlineData("host.docker.internal")]
    public void Loopback_endpoints_are_local(string endpoint)
        => Assert.Equal(SdkTargetOutcome.Local, Assert.Single(AwsS3.Classify(Settings(endpoint: endpoint))).Outcome);

    [Theory]
    [InlineData("https://storage.internal.example.org")]
    [InlineData("https://s3.amazonaws.com.evil.example")]
    public void An_endpoint_no_catalog_provider_claims_is_unknown(string endpoint)
        => Assert.Equal(SdkTargetOutcome.Unknown, Assert.Single(AwsS3.Classify(Settings(endpoint: endpoint))).Outcome);

    [Fact]
    public void An_endpoint_with_a_run_time_part_and_no_known_host_is_run_time()
    {
        var target = Assert.Single(AwsS3.Classify(Settings(endpoint: "https://" + HostName.Hole + ".internal.example")));
        Assert.Equal(SdkTargetOutcome.Runtime, target.Outcome);
    }

    [Fact]
    public void An_emulator_marker_or_an_emulator_member_is_local()
    {
        Assert.Equal(SdkTargetOutcome.Local, Assert.Single(Azure.Classify(Settings(connectionString: "UseDevelopmentStorage=true"))).Outcome);
        var settings = Settings(endpoint: "https://account.blob.core.windows.net");
        settings.SelectEmulator();
        Assert.Equal(SdkTargetOutcome.Local, Assert.Single(Azure.Classify(settings)).Outcome);
    }

    [Fact]
    public void A_connection_string_without_any_host_uses_the_default_cloud_and_one_with_an_account_or_an_endpoint_is_resolved()
    {
        var keysOnly = Assert.Single(Azure.Classify(Settings(connectionString: "SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=a2V5")));
        Assert.Equal(SdkTargetOutcome.Default, keysOnly.Outcome);
        Assert.Equal(SdkValueKind.ConnectionString, keysOnly.DecidedBy);

        foreach (var connectionString in new[] { "AccountName=acme;AccountKey=a2V5", "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5;EndpointSuffix=core.windows.net" })
        {
            var resolved = Assert.Single(Azure.Classify(Settings(connectionString: connectionString)));
            Assert.Equal(SdkTargetOutcome.Resolved, resolved.Outcome);
            Assert.Equal("azure", resolved.Match!.Provider.Id);
            Assert.Equal(SdkValueKind.ConnectionString, resolved.DecidedBy);
        }
    }

    [Fact]
    public void A_region_known_only_at_run_time_is_any_region_of_the_family_unless_something_unseen_may_set_the_endpoint()
    {
        var runtimeRegion = new SdkTargetSettings();
        runtimeRegion.Set(SdkValueKind.Region, new SdkValue(SdkValueKind.Region, null, null, isRuntime: true));
        Assert.Equal(SdkTargetOutcome.AnyRegion, Assert.Single(AwsS3.Classify(runtimeRegion)).Outcome);

        var withEndpoint = Settings(endpoint: "https://s3.gra.io.cloud.ovh.net");
        withEndpoint.Set(SdkValueKind.Region, new SdkValue(SdkValueKind.Region, null, null, isRuntime: true));
        Assert.Equal(SdkTargetOutcome.Resolved, Assert.Single(AwsS3.Classify(withEndpoint)).Outcome);
    }

    [Fact]
    public async Task Something_unseen_makes_a_region_run_time_but_not_an_endpoint()
    {
        var unseen = (await Unseen.Value).Invocation("Configure");

        var region = Settings(region: "eu-west-3");
        region.MarkUnknown(unseen);
        var regionTarget = Assert.Single(AwsS3.Classify(region));
        Assert.Equal(SdkTargetOutcome.Runtime, regionTarget.Outcome);
        Assert.Same(unseen, regionTarget.Source);

        var nothing = new SdkTargetSettings();
        nothing.MarkUnknown(unseen);
        Assert.Equal(SdkTargetOutcome.Runtime, Assert.Single(AwsS3.Classify(nothing)).Outcome);

        var endpoint = Settings(endpoint: "https://s3.gra.io.cloud.ovh.net");
        endpoint.MarkUnknown(unseen);
        Assert.Equal(SdkTargetOutcome.Resolved, Assert.Single(AwsS3.Classify(endpoint)).Outcome);
    }

    [Fact]
    public void Branches_give_one_target_each_marked_as_branches_and_a_list_gives_one_each_unmarked()
    {
        var ovh = new SdkValue(SdkValueKind.Endpoint, "https://s3.gra.io.cloud.ovh.net", null);
        var aws = new SdkValue(SdkValueKind.Endpoint, "https://s3.eu-west-3.amazonaws.com", null);

        var branches = new SdkTargetSettings();
        branches.Set(SdkValueKind.Endpoint, SdkValue.Either(SdkValueKind.Endpoint, null!, new List<SdkValue> { ovh, aws }));
        var branchTargets = AwsS3.Classify(branches);
        Assert.Equal(new[] { "ovhcloud", "aws" }, branchTargets.Select(t => t.Match!.Provider.Id));
        Assert.All(branchTargets, t => Assert.True(t.IsBranch));

        var list = new SdkTargetSettings();
        list.Set(SdkValueKind.Endpoint, new SdkValue(SdkValueKind.Endpoint, ovh.Text, null, alternatives: new[] { ovh, aws }));
        var listTargets = AwsS3.Classify(list);
        Assert.Equal(new[] { "ovhcloud", "aws" }, listTargets.Select(t => t.Match!.Provider.Id));
        Assert.All(listTargets, t => Assert.False(t.IsBranch));
    }

    private static SdkTargetSettings Settings(string? endpoint = null, string? connectionString = null, string? region = null)
    {
        var settings = new SdkTargetSettings();
        if (region is not null)
        {
            settings.Set(SdkValueKind.Region, new SdkValue(SdkValueKind.Region, region, null));
        }

        if (connectionString is not null)
        {
            settings.Set(SdkValueKind.ConnectionString, new SdkValue(SdkValueKind.ConnectionString, connectionString, null));
        }

        if (endpoint is not null)
        {
            settings.Set(SdkValueKind.Endpoint, new SdkValue(SdkValueKind.Endpoint, endpoint, null));
        }

        return settings;
    }

    private static SdkTargetClassifier Classifier(string familyId, string? servicePrefix)
        => new(SdkCatalog.BuiltIn.Families.Single(f => f.Id == familyId), servicePrefix, HostIndex.Of(ProviderCatalog.BuiltIn));
}
