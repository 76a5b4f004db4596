using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Docs;

/// <summary>docs/sovereignty.schema.json and the reader agree: same keys, same ids, same verdict on mistakes.</summary>
public class PolicySchemaTests
{
    private static readonly string SchemaPath = RepositoryPaths.Get("docs", "sovereignty.schema.json");

    /// <summary>The schema, compiled once per process (the library registers schemas by their $id).</summary>
    internal static readonly Lazy<JsonSchema> Compiled = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static JsonObject Schema => JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();

    [Fact]
    public void The_schema_declares_exactly_the_keys_the_reader_accepts()
    {
        var schema = Schema;
        var definitions = schema["definitions"]!;
        Assert.Equal(PolicyKeys.Root, Keys(schema));
        Assert.Equal(PolicyKeys.Exception, Keys(definitions["exception"]!));
        Assert.Equal(PolicyKeys.CustomProvider, Keys(definitions["provider"]!));
        Assert.Equal(PolicyKeys.Service, Keys(definitions["service"]!));
        Assert.Equal(PolicyKeys.Alternative, Keys(definitions["alternative"]!["anyOf"]![1]!));
    }

    [Fact]
    public void Every_key_has_a_description_and_a_default()
    {
        foreach (var (path, property) in Properties(Schema, "#"))
        {
            Assert.False(string.IsNullOrWhiteSpace(property["description"]?.GetValue<string>()), path + " has no description");
            Assert.True(property.ContainsKey("default"), path + " has no default");
        }
    }

    [Fact]
    public void The_enumerations_are_the_catalog_ids()
    {
        var catalog = ProviderCatalog.BuiltIn;
        var expected = new Dictionary<string, IEnumerable<string>>
        {
            ["lawId"] = catalog.Laws.Keys,
            ["qualificationId"] = catalog.Qualifications.Keys,
            ["jurisdiction"] = catalog.Jurisdictions.Keys,
            ["providerId"] = catalog.Providers.Select(p => p.Id),
            ["serviceKind"] = catalog.Providers.SelectMany(p => p.Services).Select(s => s.Kind),
            ["api"] = catalog.Apis,
        };

        var schema = Schema;
        var stale = new List<string>();
        foreach (var (name, ids) in expected)
        {
            var definition = schema["definitions"]![name]!.AsObject();
            var holder = definition.ContainsKey("enum") ? definition : definition["anyOf"]![0]!.AsObject();
            var sorted = ids.Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToArray();
            if (!holder["enum"]!.AsArray().Select(n => n!.GetValue<string>()).SequenceEqual(sorted))
            {
                stale.Add(name);
                holder["enum"] = new JsonArray(sorted.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray());
            }
        }

        if (stale.Count > 0 && RepositoryPaths.UpdateDocs)
        {
            File.WriteAllText(SchemaPath, Format(schema));
            return;
        }

        Assert.True(stale.Count == 0, "docs/sovereignty.schema.json is stale (" + string.Join(", ", stale) + "); run the tests with SOVEREIGN_UPDATE_DOCS=1 to update it.");
    }

    [Fact]
    public void The_schema_file_is_normalised()
    {
        var text = File.ReadAllText(SchemaPath);
        if (RepositoryPaths.UpdateDocs)
        {
            File.WriteAllText(SchemaPath, Format(Schema));
            return;
        }

        Assert.Equal(Format(Schema), text);
    }

    [Fact]
    public void The_schema_is_embedded_in_the_analyzer()
    {
        using var stream = typeof(PolicyReader).Assembly.GetManifestResourceStream("SovereignAnalyzers.Policy.sovereignty.schema.json");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream!);
        Assert.Equal(File.ReadAllText(SchemaPath), reader.ReadToEnd());
    }

    [Theory]
    [InlineData("""{ "alow": ["aws"] }""")]
    [InlineData("""{ "allow": "aws" }""")]
    [InlineData("""{ "allowLicensedTechnology": "no" }""")]
    [InlineData("""{ "forbiddenLaws": ["us-cloud-ac"] }""")]
    [InlineData("""{ "requiredQualifications": ["secnumclod"] }""")]
    [InlineData("""{ "allow": ["AWS!"] }""")]
    [InlineData("""{ "extends": "" }""")]
    [InlineData("""{ "exceptions": [ { "provider": "aws" } ] }""")]
    [InlineData("""{ "exceptions": [ { "provider": "aws", "justification": "  " } ] }""")]
    [InlineData("""{ "exceptions": [ { "paths": ["src/**"], "justification": "x" } ] }""")]
    [InlineData("""{ "exceptions": [ { "provider": "aws", "justification": "x", "expires": "30/06/2027" } ] }""")]
    [InlineData("""{ "exceptions": [ { "provider": "aws", "justification": "x", "expire": "2027-06-30" } ] }""")]
    [InlineData("""{ "providers": [ { "name": "ACME", "jurisdiction": "US" } ] }""")]
    [InlineData("""{ "providers": [ { "id": "ACME", "name": "ACME", "jurisdiction": "US" } ] }""")]
    [InlineData("""{ "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "XX" } ] }""")]
    [InlineData("""{ "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "US", "laws": ["cloud-act"] } ] }""")]
    [InlineData("""{ "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "US", "namespaces": ["Acme..Cloud"] } ] }""")]
    [InlineData("""{ "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "US", "services": [ { "kind": "queue" } ] } ] }""")]
    [InlineData("""{ "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "US", "services": [ { "kind": "queue", "hosts": ["queue.{region}"] } ] } ] }""")]
    [InlineData("""{ "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "US", "services": [ { "kind": "object-storage-s3", "hosts": ["s3.acme.example"], "api": "s4" } ] } ] }""")]
    [InlineData("""{ "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "US", "services": [ { "kind": "object-storage-s3", "hosts": ["s3.acme.example"], "endpoint": "ftp://s3.acme.example" } ] } ] }""")]
    [InlineData("""{ "alternatives": ["outscale"] }""")]
    [InlineData("""{ "alternatives": { "object-storage-s3": [7] } }""")]
    [InlineData("""{ "alternatives": { "object-storage-s3": [ { "region": "eu-west-2" } ] } }""")]
    [InlineData("""["aws"]""")]
    public void A_mistake_the_reader_reports_is_also_one_for_the_schema(string policy)
    {
        Assert.NotEmpty(PolicyReader.Read(policy, "sovereignty.json", ProviderCatalog.BuiltIn).Errors);
        Assert.False(Compiled.Value.Evaluate(ConfigurationDocTests.ParseJsonc(policy)).IsValid, policy);
    }

    private static string[] Keys(JsonNode node) => node["properties"]!.AsObject().Select(p => p.Key).ToArray();

    /// <summary>Every property declaration of the schema, with a readable path.</summary>
    private static IEnumerable<(string Path, JsonObject Property)> Properties(JsonNode node, string path)
    {
        if (node is JsonObject obj)
        {
            if (obj["properties"] is JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    yield return (path + "/" + name, property!.AsObject());
                }
            }

            foreach (var (name, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var found in Properties(child, path + "/" + name))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item)
                {
                    foreach (var found in Properties(item, path + "/" + i))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    private static string Format(JsonNode schema)
        => schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
