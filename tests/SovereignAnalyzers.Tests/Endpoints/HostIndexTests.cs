using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Json;

namespace SovereignAnalyzers.Tests.Endpoints;

/// <summary>The matching mechanism, on a small catalog written for the purpose.</summary>
public class HostIndexTests
{
    private static readonly HostIndex Index = new(
        new[]
        {
            Provider("""
                { "id": "cloud-a", "hosts": ["cloud-a.com", "cdn-a.net"], "arnPartitions": ["a"], "schemes": ["as"],
                  "services": [
                    { "kind": "object-storage-s3", "name": "A Storage", "hosts": ["store.cloud-a.com", "store.{region}.cloud-a.com", "store-{region}.cloud-a.com"] },
                    { "kind": "queue", "name": "A Queue", "hosts": ["*.queue.cloud-a.com"] } ] }
                """),
            Provider("""{ "id": "cloud-a-cn", "hosts": ["cloud-a.com.cn"] }"""),
            Provider("""{ "id": "cloud-b", "hosts": ["b.example"] }"""),
        },
        new[] { new NonDependency("docs.cloud-a.com", "documentation") });

    [Theory]
    [InlineData("cloud-a.com", "cloud-a", null, null)]
    [InlineData("x.cloud-a.com", "cloud-a", null, null)]
    [InlineData("bucket.store.cloud-a.com", "cloud-a", "object-storage-s3", null)]
    [InlineData("bucket.store.eu-1.cloud-a.com", "cloud-a", "object-storage-s3", "eu-1")]
    [InlineData("store-eu-2.cloud-a.com", "cloud-a", "object-storage-s3", "eu-2")]
    [InlineData("q1.queue.cloud-a.com", "cloud-a", "queue", null)]
    [InlineData("queue.cloud-a.com", "cloud-a", null, null)]
    [InlineData("x.cloud-a.com.cn", "cloud-a-cn", null, null)]
    [InlineData("cdn-a.net", "cloud-a", null, null)]
    [InlineData("deep.sub.b.example", "cloud-b", null, null)]
    public void Attributes_hosts_on_label_boundaries(string host, string provider, string? service, string? region)
    {
        var match = Index.Classify(new EndpointCandidate(EndpointForm.BareHost, host, 0, host.Length));
        Assert.NotNull(match);
        Assert.Equal(provider, match!.Provider.Id);
        Assert.Equal(service, match.Service?.Kind);
        Assert.Equal(region, match.Region);
    }

    [Theory]
    [InlineData("notcloud-a.com")]
    [InlineData("cloud-a.com.evil.example")]
    [InlineData("cloud-a.co")]
    [InlineData("com")]
    [InlineData("docs.cloud-a.com")]
    [InlineData("api.docs.cloud-a.com")]
    [InlineData("b.example.org")]
    public void Ignores_look_alikes_and_non_dependencies(string host)
        => Assert.Null(Index.Classify(new EndpointCandidate(EndpointForm.BareHost, host, 0, host.Length)));

    [Fact]
    public void A_region_built_at_run_time_is_unknown_not_wrong()
    {
        var host = "store." + HostName.Hole + ".cloud-a.com";
        var match = Index.Classify(new EndpointCandidate(EndpointForm.Url, host, 0, host.Length));
        Assert.Equal("object-storage-s3", match?.Service?.Kind);
        Assert.Null(match!.Region);
    }

    [Fact]
    public void Attributes_arn_partitions_and_schemes()
    {
        Assert.Equal("cloud-a", Index.Classify(new EndpointCandidate(EndpointForm.Arn, "a", 0, 1))?.Provider.Id);
        Assert.Equal("cloud-a", Index.Classify(new EndpointCandidate(EndpointForm.Scheme, "as", 0, 2))?.Provider.Id);
        Assert.Null(Index.Classify(new EndpointCandidate(EndpointForm.Arn, "aws-unknown", 0, 11)));
        Assert.Null(Index.Classify(new EndpointCandidate(EndpointForm.Scheme, "https", 0, 5)));
    }

    [Fact]
    public void A_custom_provider_can_replace_a_built_in_one()
    {
        var replaced = Index.With(new[] { Provider("""{ "id": "cloud-a", "hosts": ["other.example"] }""") });
        Assert.Null(replaced.Classify(new EndpointCandidate(EndpointForm.BareHost, "x.cloud-a.com", 0, 13)));
        Assert.Equal("cloud-a", replaced.Classify(new EndpointCandidate(EndpointForm.BareHost, "other.example", 0, 13))?.Provider.Id);
        Assert.Equal("cloud-a", Index.Classify(new EndpointCandidate(EndpointForm.BareHost, "x.cloud-a.com", 0, 13))?.Provider.Id);
    }

    private static Provider Provider(string json)
    {
        var value = JsonReader.Parse(json.Replace("{ \"id\"", """{ "name": "N", "entity": { "name": "E", "jurisdiction": "US", "status": "unconfirmed", "source": "", "asOf": "2026" }, "id" """));
        return CatalogReader.ReadProvider(value);
    }
}
