using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Tests.Endpoints;

public class EndpointExtractorTests
{
    private static string[] Hosts(string text)
        => EndpointExtractor.Extract(text)
            .Where(c => c.Form is EndpointForm.Url or EndpointForm.BareHost or EndpointForm.ConnectionString)
            .Select(c => c.Value)
            .ToArray();

    [Theory]
    [InlineData("https://bucket.s3.eu-west-3.amazonaws.com/key?x=1", "bucket.s3.eu-west-3.amazonaws.com")]
    [InlineData("HTTPS://Bucket.S3.AmazonAWS.com:443/", "bucket.s3.amazonaws.com")]
    [InlineData("https://user:secret@host.example.com:8443/path", "host.example.com")]
    [InlineData("https://s3.amazonaws.com./", "s3.amazonaws.com")]
    [InlineData("wasbs://container@account.blob.core.windows.net/dir", "account.blob.core.windows.net")]
    [InlineData("abfss://fs@account.dfs.core.windows.net/", "account.dfs.core.windows.net")]
    [InlineData("mongodb+srv://user:pw@cluster0.ab123.mongodb.net/db?retryWrites=true", "cluster0.ab123.mongodb.net")]
    [InlineData("see https://example.org/a for details", "example.org")]
    [InlineData("https://bücher.example/", "xn--bcher-kva.example")]
    public void Finds_the_host_of_a_url(string text, string host)
        => Assert.Equal(new[] { host }, Hosts(text));

    [Fact]
    public void Finds_every_host_of_a_multi_host_url()
        => Assert.Equal(
            new[] { "a.example.com", "b.example.com" },
            Hosts("mongodb://u:p@a.example.com:27017,b.example.com:27017/db"));

    [Theory]
    [InlineData("bucket.s3.amazonaws.com", "bucket.s3.amazonaws.com")]
    [InlineData("  s3.eu-west-3.amazonaws.com:443  ", "s3.eu-west-3.amazonaws.com")]
    [InlineData("*.blob.core.windows.net", "blob.core.windows.net")]
    [InlineData("storage.googleapis.com/bucket/object", "storage.googleapis.com")]
    public void Finds_a_bare_host(string text, string host)
        => Assert.Equal(new[] { host }, Hosts(text));

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=k==;EndpointSuffix=core.windows.net", "core.windows.net")]
    [InlineData("Server=tcp:myserver.database.windows.net,1433;Initial Catalog=db;", "myserver.database.windows.net")]
    [InlineData("Data Source=myserver.database.windows.net;User ID=x", "myserver.database.windows.net")]
    [InlineData("HostName=hub.azure-devices.net;SharedAccessKeyName=x;SharedAccessKey=y", "hub.azure-devices.net")]
    public void Finds_the_host_of_a_connection_string(string text, string host)
        => Assert.Equal(new[] { host }, Hosts(text));

    [Fact]
    public void Takes_urls_inside_connection_strings_once()
        => Assert.Equal(
            new[] { "ns.servicebus.windows.net" },
            Hosts("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=abc"));

    [Theory]
    [InlineData("arn:aws:s3:::my-bucket", "aws")]
    [InlineData("arn:aws-cn:sqs:cn-north-1:123456789012:queue", "aws-cn")]
    [InlineData("Resource: arn:aws-us-gov:iam::123:role/x", "aws-us-gov")]
    public void Finds_the_partition_of_an_arn(string text, string partition)
        => Assert.Equal(partition, Assert.Single(EndpointExtractor.Extract(text), c => c.Form == EndpointForm.Arn).Value);

    [Fact]
    public void Finds_the_scheme_of_a_uri()
        => Assert.Contains(EndpointExtractor.Extract("gs://bucket/object"), c => c.Form == EndpointForm.Scheme && c.Value == "gs");

    [Theory]
    [InlineData("")]
    [InlineData("Hello world")]
    [InlineData("We store files on Amazon S3 and Azure Blob Storage.")]
    [InlineData("Upload to bucket.s3.amazonaws.com failed")]
    [InlineData("noreply@sendgrid.net")]
    [InlineData("1.2.3.4")]
    [InlineData("v1.0")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("https://")]
    [InlineData("://")]
    [InlineData("learn:arn")]
    [InlineData("Password=a.b.c;User=x")]
    [InlineData("/api/v1.0")]
    [InlineData("*./x.y")]
    [InlineData("?a.b")]
    public void Finds_no_host_in_prose_or_non_hosts(string text)
        => Assert.Empty(Hosts(text));

    [Fact]
    public void Reports_the_host_span_in_the_text()
    {
        const string text = "prefix https://acct.blob.core.windows.net/c";
        var candidate = Assert.Single(EndpointExtractor.Extract(text), c => c.Form == EndpointForm.Url);
        Assert.Equal("acct.blob.core.windows.net", text.Substring(candidate.Start, candidate.Length));
    }

    [Fact]
    public void Takes_every_candidate_however_many_come_before()
    {
        var text = string.Concat(Enumerable.Range(0, 64).Select(i => $"https://mirror{i}.example.org/ ")) + "https://bucket.s3.amazonaws.com/x";
        var hosts = Hosts(text);
        Assert.Equal(65, hosts.Length);
        Assert.Equal("bucket.s3.amazonaws.com", hosts[^1]);
    }

    [Fact]
    public void Reads_past_the_first_MiB()
    {
        var text = new string(' ', (1 << 20) + 10) + "https://bucket.s3.amazonaws.com/x";
        Assert.Equal(["bucket.s3.amazonaws.com"], Hosts(text));
    }

    [Fact]
    public void Reads_huge_and_hostile_strings_to_their_end()
    {
        var huge = string.Concat(Enumerable.Repeat("https://a.example.com/ ", 200_000)) + "https://bucket.s3.amazonaws.com";
        var found = EndpointExtractor.Extract(huge);
        Assert.Equal(200_001, found.Count(c => c.Form == EndpointForm.Url));
        Assert.Equal("bucket.s3.amazonaws.com", found.Last(c => c.Form == EndpointForm.Url).Value);

        var colons = new string(':', 2_000_000) + "." + new string('/', 100_000);
        Assert.Empty(Hosts(colons));

        var binary = new string(Enumerable.Range(0, 100_000).Select(i => (char)(i * 7919 % 65536)).ToArray());
        _ = EndpointExtractor.Extract(binary);
    }
}
