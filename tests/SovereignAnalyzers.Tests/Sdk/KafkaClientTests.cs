using Microsoft.CodeAnalysis.Testing;
using static SovereignAnalyzers.Tests.Sdk.SdkVerify;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>
/// Confluent.Kafka (the real 2.16.0 package): the builder's configuration object is followed wherever the
/// method writes it, and every host of a bootstrap-server list is a target.
/// </summary>
public class KafkaClientTests
{
    private const string Cloud = "pkc-abc12.europe-west1.gcp.confluent.cloud";

    private static DiagnosticResult Confluent(int location, string host = Cloud)
        => Target(location, "IProducer", Message.Describe("confluent", host), Message.Explain("confluent", host));

    [Fact]
    public Task The_configuration_object_is_followed_through_initialisers_locals_and_assignments()
        => Run($$"""
            using Confluent.Kafka;
            class C
            {
                object Initialiser() => {|#0:new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = "{{Cloud}}:9092" }).Build()|};
                object Local()
                {
                    var config = new ProducerConfig { BootstrapServers = "{{Cloud}}:9092", Acks = Acks.All };
                    return {|#1:new ProducerBuilder<Null, string>(config).Build()|};
                }
                object Assignment()
                {
                    var config = new ProducerConfig();
                    config.BootstrapServers = "{{Cloud}}:9092";
                    return {|#2:new ProducerBuilder<Null, string>(config).SetValueSerializer(Serializers.Utf8).Build()|};
                }
                object BuilderInALocal()
                {
                    var config = new ProducerConfig { BootstrapServers = "{{Cloud}}:9092" };
                    var builder = new ProducerBuilder<Null, string>(config);
                    return {|#3:builder.Build()|};
                }
                object CopiedClientConfig()
                {
                    var shared = new ClientConfig { BootstrapServers = "{{Cloud}}:9092" };
                    return {|#4:new ProducerBuilder<Null, string>(new ProducerConfig(shared)).Build()|};
                }
                object Consumer()
                {
                    var config = new ConsumerConfig { BootstrapServers = "{{Cloud}}:9092", GroupId = "reports" };
                    return {|#5:new ConsumerBuilder<Ignore, string>(config).Build()|};
                }
                object Admin() => {|#6:new AdminClientBuilder(new AdminClientConfig { BootstrapServers = "{{Cloud}}:9092" }).Build()|};
            }
            """,
            Confluent(0), Confluent(1), Confluent(2), Confluent(3), Confluent(4),
            Target(5, "IConsumer", Message.Describe("confluent", Cloud), Message.Explain("confluent", Cloud)),
            Target(6, "IAdminClient", Message.Describe("confluent", Cloud), Message.Explain("confluent", Cloud)));

    [Fact]
    public Task Every_host_of_a_bootstrap_list_is_a_target_and_self_hosted_brokers_are_not()
        => Run($$"""
            using Confluent.Kafka;
            class C
            {
                object SelfHostedFirst() => {|#0:new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = "kafka-1.internal.example:9092,{{Cloud}}:9092" }).Build()|};
                object LoopbackFirst() => {|#1:new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = "localhost:9092, {{Cloud}}:9092" }).Build()|};
                object TwoProviders() => {|#2:new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = "b-1.demo.ab12cd.c2.kafka.eu-west-3.amazonaws.com:9092,{{Cloud}}:9092" }).Build()|};
                object OneProviderTwice() => {|#3:new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = "{{Cloud}}:9092,pkc-def34.europe-west1.gcp.confluent.cloud:9092" }).Build()|};
                object SelfHosted() => new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = "kafka-1.internal.example:9092,kafka-2.internal.example:9092" }).Build();
                object LookAlike() => new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = "kafka.confluent.cloud.internal.example:9092,broker.notconfluent.cloud:9092" }).Build();
                object Loopback() => new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = "localhost:9092,127.0.0.1:9093" }).Build();
            }
            """,
            Confluent(0), Confluent(1),
            Target(2, "IProducer", Message.Describe("aws", "b-1.demo.ab12cd.c2.kafka.eu-west-3.amazonaws.com"), Message.Explain("aws", "b-1.demo.ab12cd.c2.kafka.eu-west-3.amazonaws.com")),
            Confluent(2),
            Confluent(3));

    [Fact]
    public Task A_configuration_object_from_elsewhere_is_a_run_time_note()
        => Run("""
            #nullable enable
            using System;
            using Confluent.Kafka;
            public class KafkaOptions
            {
                public ProducerConfig Configuration { get; set; } = null!;
                public Action<ProducerBuilder<string, string>>? Configure { get; set; }
            }
            class HealthCheck
            {
                private readonly KafkaOptions _options;
                private IProducer<string, string>? _producer;
                public HealthCheck(KafkaOptions options) => _options = options;
                void Connect()
                {
                    if (_producer == null)
                    {
                        var builder = new ProducerBuilder<string, string>(_options.Configuration);
                        _options.Configure?.Invoke(builder);
                        _producer ??= {|#0:builder.Build()|};
                    }
                }
                object FromParameter(ProducerConfig config) => {|#1:new ProducerBuilder<string, string>(config).Build()|};
            }
            """,
            Runtime(0, "IProducer", "_options.Configuration", Message.NoDefault),
            Runtime(1, "IProducer", "config", Message.NoDefault));
}
