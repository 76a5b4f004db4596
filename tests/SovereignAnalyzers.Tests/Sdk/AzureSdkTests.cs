using static SovereignAnalyzers.Tests.Sdk.SdkVerify;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>Azure SDK for .NET: Storage Blobs/Queues/Files.Shares, Data.Tables, Service Bus, Event Hubs, Key Vault, Cosmos, Search, Azure OpenAI, Microsoft.Extensions.Azure (real packages).</summary>
public class AzureSdkTests
{
    private const string Usings = """
        using System;
        using Azure;
        using Azure.Core;
        using Azure.Identity;
        using Azure.Storage.Blobs;
        using Microsoft.Extensions.Azure;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        """;

    [Fact]
    public Task Service_uri_of_azure_storage_is_reported()
        => Run(Usings + """
            class C
            {
                object A(TokenCredential credential) => {|#0:new BlobServiceClient(new Uri("https://acme.blob.core.windows.net"), credential)|};
                object B() => {|#1:new Azure.Storage.Queues.QueueServiceClient(new Uri("https://acme.queue.core.windows.net"))|};
                object D() => {|#2:new BlobContainerClient(new Uri("https://acme.blob.core.windows.net/images"))|};
            }
            """,
            Target(0, "BlobServiceClient", Message.Describe("azure", "acme.blob.core.windows.net"), Message.Explain("azure", "acme.blob.core.windows.net")),
            Target(1), Target(2));

    [Fact]
    public Task Connection_strings()
        => Run(Usings + """
            class C
            {
                object Suffix() => {|#0:new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5;EndpointSuffix=core.windows.net")|};
                object NoSuffix() => {|#1:new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5")|};
                object Azurite() => new BlobServiceClient("UseDevelopmentStorage=true");
                object Share() => new Azure.Storage.Files.Shares.ShareClient("UseDevelopmentStorage=true", "share");
                object Table() => new Azure.Data.Tables.TableServiceClient("UseDevelopmentStorage=true");
                object Bleu() => new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5;EndpointSuffix=core.sovcloud-api.fr");
            }
            """,
            Target(0), Target(1, "BlobServiceClient", Message.Describe("azure", "core.windows.net"), Message.Explain("azure", "core.windows.net")));

    [Fact]
    public Task Emulators_and_sovereign_clouds_are_not_reported()
        => Run(Usings + """
            class C
            {
                object Azurite() => new BlobServiceClient(new Uri("http://127.0.0.1:10000/devstoreaccount1"));
                object Bleu() => new BlobServiceClient(new Uri("https://acme.blob.core.sovcloud-api.fr"));
                object Cosmos() => new Microsoft.Azure.Cosmos.CosmosClient("AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5");
            }
            """);

    [Fact]
    public Task Messaging_key_vault_cosmos_search_and_openai()
        => Run(Usings + """
            using Azure.Messaging.ServiceBus;
            using Azure.Messaging.EventHubs;
            using Azure.Messaging.EventHubs.Producer;
            class C
            {
                object Bus(TokenCredential credential) => {|#0:new ServiceBusClient("acme.servicebus.windows.net", credential)|};
                object Hub() => {|#1:new EventHubProducerClient("Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=a2V5", "orders")|};
                object Vault(TokenCredential credential) => {|#2:new Azure.Security.KeyVault.Secrets.SecretClient(new Uri("https://acme.vault.azure.net/"), credential)|};
                object Cosmos() => {|#3:new Microsoft.Azure.Cosmos.CosmosClient("https://acme.documents.azure.com:443/", "a2V5")|};
                object CosmosBuilder() => {|#4:new Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder("https://acme.documents.azure.com:443/", "a2V5").WithApplicationRegion("France Central").Build()|};
                object Search() => {|#5:new Azure.Search.Documents.SearchClient(new Uri("https://acme.search.windows.net"), "index", new AzureKeyCredential("k"))|};
                object OpenAi() => {|#6:new Azure.AI.OpenAI.AzureOpenAIClient(new Uri("https://acme.openai.azure.com/"), new System.ClientModel.ApiKeyCredential("k"))|};
            }
            """,
            Target(0), Target(1), Target(2), Target(3), Target(4), Target(5), Target(6, "AzureOpenAIClient", Message.Describe("azure", "acme.openai.azure.com"), Message.Explain("azure", "acme.openai.azure.com")));

    [Fact]
    public Task Clients_derived_from_another_client_are_not_decision_points()
        => Run(Usings + """
            using Azure.Messaging.EventHubs;
            using Azure.Messaging.EventHubs.Producer;
            class C
            {
                void M(BlobClient blob, BlobContainerClient container, EventHubConnection connection)
                {
                    var lease = new Azure.Storage.Blobs.Specialized.BlobLeaseClient(blob);
                    var child = container.GetBlobClient("x");
                    var producer = new EventHubProducerClient(connection);
                }
            }
            """);

    [Fact]
    public Task Endpoint_from_a_local_or_an_interpolation()
        => Run(Usings + """
            class C
            {
                object Local()
                {
                    var uri = new Uri("https://acme.blob.core.windows.net");
                    return {|#0:new BlobServiceClient(uri)|};
                }

                object Account(string account) => {|#1:new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"))|};
                object Host(string host) => {|#2:new BlobServiceClient(new Uri($"https://{host}/"))|};
            }
            """,
            Target(0), Target(1), Runtime(2));

    [Fact]
    public Task Runtime_connection_string_and_parameters()
        => Run(Usings + """
            class C
            {
                object A(string connectionString) => {|#0:new BlobServiceClient(connectionString)|};
                object B(Uri serviceUri) => {|#1:new BlobServiceClient(serviceUri)|};
                object D(IConfiguration configuration) => {|#2:new BlobServiceClient(configuration["Storage"])|};
            }
            """,
            Runtime(0, "BlobServiceClient", "connectionString", Message.ProviderOnly("azure")), Runtime(1), Runtime(2));

    [Fact]
    public Task An_empty_or_placeholder_connection_string_is_decided_at_run_time()
        => Run(Usings + """
            using Azure.Messaging.ServiceBus;
            class C
            {
                const string ConnectionString = "";
                object Empty() => {|#0:new BlobServiceClient("")|};
                object Placeholder() => {|#1:new BlobServiceClient("<your-connection-string>")|};
                object Template() => {|#2:new BlobServiceClient("{connectionString}")|};
                object Constant() => {|#3:new BlobServiceClient(ConnectionString)|};
                object Bus() => {|#4:new ServiceBusClient("YOUR_SERVICE_BUS_CONNECTION_STRING")|};
                object KeysOnly() => {|#5:new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>")|};
                object Emulator() => new BlobServiceClient("UseDevelopmentStorage=true");
                object Sovereign() => new BlobServiceClient("AccountName=acct;AccountKey=a2V5;BlobEndpoint=https://acct.blob.storage.example.fr");
            }
            """,
            Runtime(0, "BlobServiceClient", "\"\"", Message.ProviderOnly("azure")),
            Runtime(1, "BlobServiceClient", "\"<your-connection-string>\"", Message.ProviderOnly("azure")),
            Runtime(2),
            Runtime(3, "BlobServiceClient", "ConnectionString", Message.ProviderOnly("azure")),
            Runtime(4),
            Target(5));

    [Fact]
    public Task DI_registrations_with_AddAzureClients()
        => Run(Usings + """
            class C
            {
                void M(IServiceCollection services, IConfiguration configuration)
                {
                    services.AddAzureClients(builder =>
                    {
                        {|#0:builder.AddBlobServiceClient(new Uri("https://acme.blob.core.windows.net"))|};
                        {|#1:builder.AddSecretClient(new Uri("https://acme.vault.azure.net/"))|};
                        {|#2:builder.AddServiceBusClient(configuration.GetSection("ServiceBus"))|};
                        builder.AddQueueServiceClient("UseDevelopmentStorage=true");
                        builder.AddTableServiceClient(new Uri("https://acme.table.core.sovcloud-api.fr"));
                    });
                }
            }
            """,
            Target(0, "BlobServiceClient", Message.Describe("azure", "acme.blob.core.windows.net"), Message.Explain("azure", "acme.blob.core.windows.net")),
            Target(1), Runtime(2));
}
