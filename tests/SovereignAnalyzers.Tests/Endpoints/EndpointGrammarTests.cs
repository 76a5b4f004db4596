using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Tests.Endpoints;

/// <summary>The shapes endpoints take in real code beyond plain URLs: host lists, client option strings, placeholders, implied hosts, identifiers.</summary>
public class EndpointGrammarTests
{
    private static readonly HostIndex BuiltIn = new(ProviderCatalog.BuiltIn.Providers, ProviderCatalog.BuiltIn.NonDependencies);

    private static string[] Hosts(string text)
        => EndpointExtractor.Extract(text)
            .Where(c => c.Form is EndpointForm.Url or EndpointForm.BareHost or EndpointForm.ConnectionString)
            .Select(c => HostName.Display(c.Value))
            .ToArray();

    [Theory]
    [InlineData("contoso.redis.cache.windows.net:6380,password=abc=,ssl=True,abortConnect=False", "contoso.redis.cache.windows.net")]
    [InlineData("contoso.redis.cache.windows.net,ssl=true,password=x", "contoso.redis.cache.windows.net")]
    [InlineData("myserver.database.windows.net,1433", "myserver.database.windows.net")]
    [InlineData(" cache.example.com:6379 ", "cache.example.com")]
    public void Finds_the_host_of_a_client_option_string(string text, string host)
        => Assert.Equal(new[] { host }, Hosts(text));

    [Fact]
    public void Finds_every_host_of_a_bootstrap_server_list()
        => Assert.Equal(
            new[] { "kafka-1.internal.example:9092".Split(':')[0], "pkc-abc12.europe-west1.gcp.confluent.cloud", "b-3.msk.eu-west-3.amazonaws.com" },
            Hosts("kafka-1.internal.example:9092, pkc-abc12.europe-west1.gcp.confluent.cloud:9092,b-3.msk.eu-west-3.amazonaws.com:9094"));

    [Theory]
    [InlineData("localhost:9092,pkc-abc12.europe-west1.gcp.confluent.cloud:9092")]
    [InlineData("kafka:9092, pkc-abc12.europe-west1.gcp.confluent.cloud:9092")]
    [InlineData("127.0.0.1:9093,pkc-abc12.europe-west1.gcp.confluent.cloud:9092")]
    [InlineData("[::1]:9092,pkc-abc12.europe-west1.gcp.confluent.cloud")]
    [InlineData("pkc-abc12.europe-west1.gcp.confluent.cloud:9092,localhost")]
    public void A_local_or_unqualified_broker_in_a_list_hides_no_host_next_to_it(string text)
        => Assert.Equal(new[] { "pkc-abc12.europe-west1.gcp.confluent.cloud" }, Hosts(text));

    [Theory]
    [InlineData("Paris, France")]
    [InlineData("id,name,s3.amazonaws.com")]
    [InlineData("kafka,pkc-abc12.europe-west1.gcp.confluent.cloud")]
    [InlineData("1.2.3,pkc-abc12.europe-west1.gcp.confluent.cloud")]
    [InlineData("Hello, world. Bye.")]
    [InlineData("a.example.com, not a host")]
    [InlineData("1433,a.example.com")]
    [InlineData("a.example.com,,b.example.com")]
    [InlineData("name=value, other=thing")]
    [InlineData("user name=x,a.example.com")]
    public void Finds_no_host_in_a_list_that_has_an_item_of_another_kind(string text)
        => Assert.Empty(Hosts(text));

    [Theory]
    [InlineData("//bucket.s3.amazonaws.com/x", "bucket.s3.amazonaws.com")]
    [InlineData("<script src=\"//cdn.example.net/lib.js\"></script>", "cdn.example.net")]
    [InlineData("url(//fonts.googleapis.com/css)", "fonts.googleapis.com")]
    public void Finds_the_host_of_a_protocol_relative_url(string text, string host)
        => Assert.Equal(new[] { host }, Hosts(text));

    [Theory]
    [InlineData("a//b.example.com")]
    [InlineData("// see b.example.com")]
    [InlineData("///c.example.com")]
    [InlineData("//server")]
    public void Takes_no_path_or_comment_for_a_protocol_relative_url(string text)
        => Assert.Empty(Hosts(text));

    [Theory]
    [InlineData("https://{0}.blob.core.windows.net/{1}", "*.blob.core.windows.net")]
    [InlineData("https://{accountName}.dfs.core.windows.net", "*.dfs.core.windows.net")]
    [InlineData("https://<storage-account-name>.blob.core.windows.net", "*.blob.core.windows.net")]
    [InlineData("{0}.servicebus.windows.net", "*.servicebus.windows.net")]
    public void Reads_format_and_sample_placeholders_as_unknown_labels(string text, string host)
        => Assert.Equal(new[] { host }, Hosts(text));

    [Theory]
    [InlineData("https://{0}/x")]
    [InlineData("https://<host>/x")]
    [InlineData("<a href=\"x\">b.c</a>")]
    public void A_placeholder_alone_is_no_host(string text)
        => Assert.DoesNotContain(EndpointExtractor.Extract(text), c => c.Form is EndpointForm.Url && HostName.IsAllHoles(c.Value));

    [Fact]
    public void An_azure_storage_connection_string_without_suffix_implies_public_azure()
    {
        const string text = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5==";
        var candidate = Assert.Single(EndpointExtractor.Extract(text));
        Assert.Equal(EndpointForm.Implied, candidate.Form);
        Assert.Equal("core.windows.net", candidate.Value);
        Assert.Equal(0, candidate.Length);
        Assert.Equal(text.IndexOf("acct", StringComparison.Ordinal), candidate.Start);

        var match = BuiltIn.Classify(candidate);
        Assert.Equal("azure", match?.Provider.Id);
        Assert.Equal("Azure Storage", match?.Service?.Name);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("AccountName=devstoreaccount1;AccountKey=k;UseDevelopmentStorage=true")]
    [InlineData("AccountName=acct;AccountKey=k;EndpointSuffix=core.sovcloud-api.fr")]
    [InlineData("AccountName=acct;AccountKey=k;BlobEndpoint=https://s3.example.fr/acct")]
    [InlineData("AccountName=acct")]
    public void Implies_no_host_when_the_string_names_one_or_the_emulator(string text)
        => Assert.DoesNotContain(EndpointExtractor.Extract(text), c => c.Form == EndpointForm.Implied);

    [Theory]
    [InlineData("https://storage.azure.com/.default", "azure", "Azure Storage")]
    [InlineData("https://storage.azure.com/", "azure", "Azure Storage")]
    [InlineData("https://management.core.windows.net/", "azure", "Azure Resource Manager")]
    [InlineData("management.core.windows.net", "azure", "Azure Resource Manager")]
    [InlineData("https://vault.azure.net/.default", "azure", "Azure Key Vault")]
    [InlineData("https://graph.microsoft.com/.default", "microsoft-365", "Microsoft Graph")]
    [InlineData("https://contoso.openai.azure.com/user_impersonation", "azure", "Azure OpenAI")]
    [InlineData("sns.amazonaws.com", "aws", "Amazon SNS")]
    [InlineData("lambda.amazonaws.com", "aws", "AWS Lambda")]
    public void Names_a_service_without_addressing_it(string text, string provider, string service)
    {
        var match = Assert.Single(EndpointExtractor.Extract(text).Select(c => BuiltIn.Classify(c)).OfType<EndpointMatch>());
        Assert.True(match.NamesService);
        Assert.Equal(provider, match.Provider.Id);
        Assert.Equal(service, match.Service?.Name);
    }

    [Theory]
    [InlineData("https://management.azure.com/subscriptions/1", "Azure Resource Manager")]
    [InlineData("https://sns.eu-west-3.amazonaws.com", "Amazon SNS")]
    [InlineData("https://acct.blob.core.windows.net/.default-container", "Azure Blob Storage / ADLS Gen2")]
    [InlineData("https://x.management.core.windows.net", "Azure Storage")]
    public void Addresses_stay_endpoints(string text, string service)
    {
        var match = Assert.Single(EndpointExtractor.Extract(text).Select(c => BuiltIn.Classify(c)).OfType<EndpointMatch>());
        Assert.False(match.NamesService);
        Assert.Equal(service, match.Service?.Name);
    }

    [Theory]
    [InlineData("gs://reports/2026/q1.csv", "gs://reports")]
    [InlineData("gs://", "gs://")]
    [InlineData("arn:aws:sns:eu-west-3:123456789012:orders, then", "arn:aws:sns:eu-west-3:123456789012:orders")]
    [InlineData("\"arn:aws:s3:::my-bucket\"", "arn:aws:s3:::my-bucket")]
    public void Shows_the_resource_a_scheme_or_arn_designates(string text, string shown)
        => Assert.Equal(shown, Assert.Single(EndpointExtractor.Extract(text).Select(c => BuiltIn.Classify(c)).OfType<EndpointMatch>()).Host);
}

public class SdkSchemeTests
{
    private static readonly HostIndex BuiltIn = new(ProviderCatalog.BuiltIn.Providers, ProviderCatalog.BuiltIn.NonDependencies);

    private static EndpointCandidate S3Uri => Assert.Single(EndpointExtractor.Extract("s3://reports/2026/q1.csv"), c => c.Form == EndpointForm.Scheme);

    [Fact]
    public void An_s3_uri_is_aws_next_to_the_aws_sdk()
    {
        var match = BuiltIn.Classify(S3Uri, new HashSet<string> { "aws" });
        Assert.Equal("aws", match?.Provider.Id);
        Assert.Equal("object-storage-s3", match?.Service?.Kind);
        Assert.Equal("s3://reports", match?.Host);
    }

    [Fact]
    public void An_s3_uri_is_nobody_s_without_the_aws_sdk()
    {
        Assert.Null(BuiltIn.Classify(S3Uri));
        Assert.Null(BuiltIn.Classify(S3Uri, new HashSet<string>()));
        Assert.Null(BuiltIn.Classify(S3Uri, new HashSet<string> { "minio", "gcp" }));
    }
}

public class ConnectionStringTextTests
{
    [Theory]
    [InlineData("AccountName=acct;AccountKey=a2V5")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>")]
    [InlineData("  Endpoint = sb://x.servicebus.windows.net/ ")]
    [InlineData("Data Source=db;Initial Catalog=app")]
    [InlineData("<placeholder>;AccountName=acct")]
    public void A_connection_string_has_a_name_value_setting(string text)
        => Assert.True(ConnectionStringText.HasSetting(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<your-connection-string>")]
    [InlineData("{connectionString}")]
    [InlineData("YOUR_CONNECTION_STRING")]
    [InlineData("...")]
    [InlineData("AccountName=;AccountKey=")]
    [InlineData("=value")]
    [InlineData("<key>=value")]
    public void An_empty_string_or_a_placeholder_has_none(string text)
        => Assert.False(ConnectionStringText.HasSetting(text));
}
