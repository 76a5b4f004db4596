using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>sdks.json is consistent with the provider catalog and with the public API of the real packages.</summary>
public class SdkCatalogTests
{
    /// <summary>Families whose packages are not served here: their names are checked against the stand-ins instead.</summary>
    private static readonly (string Family, string Assembly, string Source)[] StandInFamilies =
    {
        ("firebase-admin", StandIns.FirebaseName, StandIns.Firebase),
        ("alibaba-oss", StandIns.AliyunOssName, StandIns.AliyunOss),
        ("oci-sdk", StandIns.OciName, StandIns.Oci),
        ("azure-sdk", StandIns.ServiceBusName, StandIns.ServiceBus),
        ("azure-sdk", StandIns.EventHubsName, StandIns.EventHubs),
        ("azure-sdk", StandIns.DocumentDbName, StandIns.DocumentDb),
        ("tencent-cloud", StandIns.TencentName, StandIns.Tencent),
        ("huawei-cloud", StandIns.HuaweiName, StandIns.Huawei),
        ("alibaba-tea", StandIns.AlibabaTeaName, StandIns.AlibabaTea),
    };

    public static TheoryData<string> FamilyIds => new(SdkCatalog.BuiltIn.Families.Select(f => f.Id));

    [Fact]
    public void Every_family_names_known_providers_and_a_source()
    {
        foreach (var family in SdkCatalog.BuiltIn.Families)
        {
            Assert.False(string.IsNullOrWhiteSpace(family.Source));
            if (!family.Source.Contains("not served", StringComparison.Ordinal))
            {
                Assert.Matches(@"\d+\.\d+", family.Source); // the package version whose public API was read
            }
            foreach (var id in new[] { family.ProviderId, family.PublisherId })
            {
                if (id is not null)
                {
                    Assert.True(ProviderCatalog.BuiltIn.FindProvider(id) is not null, $"{family.Id}: provider '{id}' is not in providers.json");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(FamilyIds))]
    public async Task Every_type_and_member_exists_in_the_package(string familyId)
    {
        var family = SdkCatalog.BuiltIn.Families.Single(f => f.Id == familyId);
        var references = (await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).AddRange(TestReferences.CloudSdks);
        var standIns = StandInFamilies.Where(s => s.Family == familyId).Select(s => (s.Assembly, s.Source)).ToList();
        if (familyId == "google-cloud")
        {
            standIns.Add((StandIns.GoogleGrpcName, StandIns.GoogleGrpc));
        }

        foreach (var (name, source) in standIns)
        {
            references = references.Add(CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference());
        }

        var compilation = CSharpCompilation.Create("Check", references: references);
        INamedTypeSymbol Type(string metadataName)
        {
            var types = compilation.GetTypesByMetadataName(metadataName);
            Assert.True(types.Length > 0, $"{familyId}: type '{metadataName}' not found");
            return types.First(t => family.MatchesAssembly(t.ContainingAssembly.Name) || metadataName.StartsWith("System.", StringComparison.Ordinal) || metadataName.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal))!;
        }

        foreach (var name in family.Clients.BaseTypes.Concat(family.Clients.Types).Concat(family.Services.Keys).Concat(family.ServiceHosts.Keys))
        {
            Type(name);
        }

        // Overloads of older API versions (Azure.AI.OpenAI 1.0) are checked against those packages.
        var olderApi = family.Overloads.Count == 0 ? null : CSharpCompilation.Create("Older", references: await TestReferences.WithAzureOpenAiBetaAsync());
        foreach (var overload in family.Overloads)
        {
            var type = compilation.GetTypeByMetadataName(overload.Type) ?? olderApi!.GetTypeByMetadataName(overload.Type);
            Assert.True(type is not null, $"{familyId}: type '{overload.Type}' not found");
            Assert.True(type!.GetMembers().OfType<IMethodSymbol>().Any(m => m.Parameters.Any(p => p.Name == overload.Parameter)), $"{familyId}: no overload of '{overload.Type}' has a parameter '{overload.Parameter}'");
            Assert.True(ProviderCatalog.BuiltIn.FindProvider(overload.ProviderId) is not null, $"{familyId}: provider '{overload.ProviderId}' is not in providers.json");
        }

        foreach (var rule in family.Factories.Concat(family.Builders).Concat(family.Registrations).Concat(family.Setters))
        {
            if (rule.Type is not null)
            {
                var type = Type(rule.Type);
                foreach (var method in rule.Methods)
                {
                    Assert.True(type.GetMembers(method).OfType<IMethodSymbol>().Any(), $"{familyId}: method '{rule.Type}.{method}' not found");
                }
            }

            if (rule.ReturnType is not null)
            {
                Type(rule.ReturnType);
            }
        }

        foreach (var parameter in family.Parameters.Where(p => p.Type is not null))
        {
            Type(parameter.Type!);
        }

        foreach (var member in family.Members)
        {
            var owner = Type(member.Type);
            if (member.Name is not null)
            {
                Assert.True(owner.GetMembers(member.Name).OfType<IPropertySymbol>().Any(), $"{familyId}: property '{member.Type}.{member.Name}' not found");
            }
            else
            {
                Type(member.MemberType!);
            }
        }

        if (family.Regions?.Type is { } regionType)
        {
            var type = Type(regionType);
            foreach (var member in family.Regions.Members.Keys)
            {
                Assert.True(type.GetMembers(member).Any(m => m.IsStatic), $"{familyId}: region member '{member}' not found");
            }
        }
    }

    [Fact]
    public void Service_hosts_name_a_service_of_the_family_provider()
    {
        var hosts = HostIndex.Of(ProviderCatalog.BuiltIn);
        var checkedHosts = 0;
        foreach (var family in SdkCatalog.BuiltIn.Families)
        {
            foreach (var (client, host) in family.ServiceHosts)
            {
                var match = hosts.Classify(new SovereignAnalyzers.Endpoints.EndpointCandidate(SovereignAnalyzers.Endpoints.EndpointForm.BareHost, host, 0, host.Length));
                Assert.True(match is not null, $"{family.Id}: '{host}' ({client}) is no provider's host");
                Assert.Equal(family.ProviderId, match!.Provider.Id);
                Assert.True(match.Service is { Kind: not "api" }, $"{family.Id}: '{host}' ({client}) names no service of {family.ProviderId}");
                checkedHosts++;
            }
        }

        Assert.True(checkedHosts >= 3);
    }

    [Fact]
    public void Aws_region_members_carry_the_system_names_of_the_real_sdk()
    {
        var regions = SdkCatalog.BuiltIn.Families.Single(f => f.Id == "aws-sdk").Regions!;
        foreach (var pair in regions.Members)
        {
            var field = typeof(Amazon.RegionEndpoint).GetField(pair.Key);
            Assert.NotNull(field);
            var region = (Amazon.RegionEndpoint)field!.GetValue(null)!;
            Assert.Equal(pair.Value, region.SystemName);
            Assert.EndsWith(region.PartitionDnsSuffix, regions.HostFor(region.SystemName, "s3"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Aws_service_prefixes_are_those_of_the_real_sdk()
    {
        Assert.Equal(new Amazon.S3.AmazonS3Config().RegionEndpointServiceName, Prefix("Amazon.S3.AmazonS3Client"));
        Assert.Equal(new Amazon.SQS.AmazonSQSConfig().RegionEndpointServiceName, Prefix("Amazon.SQS.AmazonSQSClient"));
        Assert.Equal(new Amazon.DynamoDBv2.AmazonDynamoDBConfig().RegionEndpointServiceName, Prefix("Amazon.DynamoDBv2.AmazonDynamoDBClient"));
        Assert.Equal(new Amazon.KeyManagementService.AmazonKeyManagementServiceConfig().RegionEndpointServiceName, Prefix("Amazon.KeyManagementService.AmazonKeyManagementServiceClient"));

        static string Prefix(string client) => SdkCatalog.BuiltIn.Families.Single(f => f.Id == "aws-sdk").Services[client];
    }

    [Theory]
    [InlineData("""{ "version": "1", "families": [ { "id": "x", "name": "X", "source": "", "assemblies": [ "X" ] } ] }""", "source")]
    [InlineData("""{ "version": "1", "families": [ { "id": "x", "name": "X", "source": "X 1.0", "assemblies": [] } ] }""", "no assembly")]
    [InlineData("""{ "version": "1", "families": [ { "id": "x", "name": "X", "source": "X 1.0", "assemblies": [ "X" ], "parameters": [ { "name": "p", "kind": "nowhere" } ] } ] }""", "Unknown kind")]
    [InlineData("""{ "version": "1", "families": [ { "id": "x", "name": "X", "source": "X 1.0", "assemblies": [ "X" ] }, { "id": "x", "name": "Y", "source": "Y 1.0", "assemblies": [ "Y" ] } ] }""", "twice")]
    [InlineData("""{ "version": "1", "families": [ { "id": "x", "name": "X", "source": "X 1.0", "assemblies": [ "X" ], "factories": [ { "methods": [ "Create" ] } ] } ] }""", "method rule")]
    public void Reader_rejects_inconsistent_data(string json, string expected)
    {
        var exception = Assert.Throws<CatalogException>(() => SdkCatalogReader.Read(json));
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AWSSDK.*", "AWSSDK.S3", true)]
    [InlineData("AWSSDK.*", "AWSSDKX", false)]
    [InlineData("Sentry", "Sentry", true)]
    [InlineData("Sentry", "Sentry.AspNetCore", false)]
    public void Assembly_patterns(string pattern, string name, bool expected)
        => Assert.Equal(expected, SdkFamily.Matches(new[] { pattern }, name));
}
