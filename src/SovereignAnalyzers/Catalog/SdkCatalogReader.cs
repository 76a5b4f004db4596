using System;
using System.Collections.Generic;
using SovereignAnalyzers.Json;

namespace SovereignAnalyzers.Catalog;

/// <summary>
/// Turns <c>sdks.json</c> into an <see cref="SdkCatalog"/>, checking its shape: every family has an id,
/// a name, a source and assemblies; kinds are known; ids are unique. Which provider ids exist is checked
/// against the provider catalog by the test suite. The format is documented in docs/catalog-format.md.
/// </summary>
internal static class SdkCatalogReader
{
    private static readonly IReadOnlyList<string> None = Array.Empty<string>();

    public static SdkCatalog Read(string text)
    {
        var root = JsonReader.Parse(text);
        Expect(root, JsonKind.Object, "the SDK catalog");
        var families = List(root, "families", ReadFamily);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var items = root.Get("families")!.Items;
        for (var i = 0; i < families.Count; i++)
        {
            if (!ids.Add(families[i].Id))
            {
                throw new CatalogException($"SDK family id '{families[i].Id}' is declared twice.", items[i].Start);
            }
        }

        return new SdkCatalog(RequiredString(root, "version"), families);
    }

    public static SdkFamily ReadFamily(JsonValue value)
    {
        Expect(value, JsonKind.Object, "an SDK family");
        var id = RequiredString(value, "id");
        var source = RequiredString(value, "source");
        if (source.Length == 0)
        {
            throw new CatalogException($"SDK family '{id}' must say which package versions its data was read from ('source').", value.Start);
        }

        var assemblies = Strings(value, "assemblies");
        if (assemblies.Count == 0)
        {
            throw new CatalogException($"SDK family '{id}' lists no assembly.", value.Start);
        }

        var clients = value.Get("clients");
        var clientRule = clients is null
            ? new SdkClientRule(None, None, null, None, None)
            : new SdkClientRule(Strings(clients, "baseTypes"), Strings(clients, "types"), clients.GetString("nameSuffix"), Strings(clients, "suffixNamespaces"), Strings(clients, "excludeNamespaces"));

        SdkRegions? regions = null;
        if (value.Get("regions") is { } regionsValue)
        {
            Expect(regionsValue, JsonKind.Object, "'regions'");
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            if (regionsValue.Get("members") is { } membersValue)
            {
                Expect(membersValue, JsonKind.Object, "'regions.members'");
                foreach (var member in membersValue.Members)
                {
                    Expect(member.Value, JsonKind.String, "a region system name");
                    members[member.Name] = member.Value.StringValue!;
                }
            }

            regions = new SdkRegions(
                regionsValue.GetString("type"),
                regionsValue.GetString("factory"),
                regionsValue.GetString("hostTemplate"),
                List(regionsValue, "partitions", p => new SdkPartition(RequiredString(p, "regionPrefix"), RequiredString(p, "dnsSuffix"))),
                members);
        }

        var provider = value.GetString("provider");
        return new SdkFamily(
            id,
            RequiredString(value, "name"),
            provider,
            value.GetString("publisher") ?? provider,
            source,
            assemblies,
            Strings(value, "supportAssemblies"),
            Strings(value, "namespaces"),
            clientRule,
            List(value, "factories", ReadMethodRule),
            List(value, "builders", ReadMethodRule),
            List(value, "registrations", ReadMethodRule),
            List(value, "parameters", p => new SdkParameterRule(p.GetString("name"), p.GetString("type"), Kind(p))),
            List(value, "members", m => new SdkMemberRule(RequiredString(m, "type"), m.GetString("name"), m.GetString("memberType"), Kind(m), Strings(m, "values"))),
            regions,
            StringMap(value, "services", "a service endpoint prefix"),
            Strings(value, "emulators"),
            List(value, "overloads", o => new SdkOverloadRule(RequiredString(o, "type"), RequiredString(o, "parameter"), RequiredString(o, "provider"))),
            List(value, "setters", ReadMethodRule),
            value.GetString("unsetFrom"),
            StringMap(value, "serviceHosts", "a host of the client's service"),
            StringMap(value, "authorityHosts", "a static member naming a provider's sign-in authority"));
    }

    /// <summary>An object of strings keyed by client type (<c>services</c>, <c>serviceHosts</c>) or provider id (<c>authorityHosts</c>); empty when absent.</summary>
    private static Dictionary<string, string> StringMap(JsonValue parent, string name, string what)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (parent.Get(name) is { } mapValue)
        {
            Expect(mapValue, JsonKind.Object, "'" + name + "'");
            foreach (var member in mapValue.Members)
            {
                Expect(member.Value, JsonKind.String, what);
                map[member.Name] = member.Value.StringValue!;
            }
        }

        return map;
    }

    private static SdkMethodRule ReadMethodRule(JsonValue value)
    {
        Expect(value, JsonKind.Object, "a method rule");
        var rule = new SdkMethodRule(value.GetString("type"), value.GetString("returnType"), value.GetBoolean("clientStatic") ?? false, Strings(value, "methods"), Strings(value, "defaultsFrom"));
        if (rule.Type is null && rule.ReturnType is null && !rule.ClientStatic)
        {
            throw new CatalogException("A method rule needs 'type', 'returnType' or 'clientStatic'.", value.Start);
        }

        return rule;
    }

    private static SdkValueKind Kind(JsonValue value)
    {
        var text = RequiredString(value, "kind");
        return text switch
        {
            "endpoint" => SdkValueKind.Endpoint,
            "connectionString" => SdkValueKind.ConnectionString,
            "universeDomain" => SdkValueKind.UniverseDomain,
            "region" => SdkValueKind.Region,
            "configuration" => SdkValueKind.Configuration,
            "emulator" => SdkValueKind.Emulator,
            _ => throw new CatalogException($"Unknown kind '{text}' (expected endpoint, connectionString, universeDomain, region, configuration or emulator).", value.Start),
        };
    }

    private static List<T> List<T>(JsonValue parent, string name, Func<JsonValue, T> read) => CatalogReader.ReadList(parent, name, read);

    private static IReadOnlyList<string> Strings(JsonValue parent, string name)
    {
        var list = CatalogReader.Strings(parent, name);
        return list.Count == 0 ? None : list;
    }

    private static string RequiredString(JsonValue parent, string name) => CatalogReader.RequiredString(parent, name);

    private static void Expect(JsonValue value, JsonKind kind, string what) => CatalogReader.Expect(value, kind, what);
}
