using System;
using System.Collections.Generic;
using System.Globalization;
using SovereignAnalyzers.Json;

namespace SovereignAnalyzers.Catalog;

/// <summary>
/// Turns <c>providers.json</c> into a <see cref="ProviderCatalog"/>, checking that every id it uses is
/// declared and every fact carries a source. The format is documented in docs/catalog-format.md.
/// </summary>
internal static class CatalogReader
{
    public static ProviderCatalog Read(string text)
    {
        var root = JsonReader.Parse(text);
        Expect(root, JsonKind.Object, "the catalog");

        var version = RequiredString(root, "version");
        var jurisdictions = ReadList(root, "jurisdictions", ReadJurisdiction);
        var laws = ReadList(root, "laws", ReadLaw);
        var qualifications = ReadList(root, "qualifications", ReadQualification);
        var nonDependencies = ReadList(root, "nonDependencies", v => new NonDependency(RequiredString(v, "host"), RequiredString(v, "reason")));
        var providers = ReadList(root, "providers", ReadProvider);

        var catalog = new ProviderCatalog(version, jurisdictions, laws, qualifications, nonDependencies, providers);
        CheckReferences(root, catalog);
        return catalog;
    }

    /// <summary>Reads one provider entry in the catalog format (also used for tooling and tests).</summary>
    public static Provider ReadProvider(JsonValue value) => ReadProvider(value, parentId: null);

    private static Provider ReadProvider(JsonValue value, string? parentId)
    {
        Expect(value, JsonKind.Object, parentId is null ? "a provider" : "a region operator");
        var id = RequiredString(value, "id");
        var entityValue = Required(value, "entity");
        var entity = new ControllingEntity(RequiredString(entityValue, "name"), RequiredString(entityValue, "jurisdiction"), ReadSource(entityValue));
        var laws = ReadList(value, "laws", v => new LawExposure(RequiredString(v, "id"), ReadSource(v)));

        LicensedTechnology? licensed = null;
        if (value.Get("licensedTechnology") is { Kind: JsonKind.Object } licensedValue)
        {
            licensed = new LicensedTechnology(RequiredString(licensedValue, "origin"), RequiredString(licensedValue, "vendor"), ReadSource(licensedValue));
        }

        var qualifications = ReadList(value, "qualifications", ReadGrant);
        var services = ReadList(value, "services", ReadService);

        var samples = value.Get("samples");
        var match = samples is null ? new List<ProviderSample>() : ReadList(samples, "match", ReadSample);
        var noMatch = samples is null ? new List<ProviderSample>() : ReadList(samples, "noMatch", ReadSample);

        List<Provider>? regionOperators = null;
        List<string>? operatedRegions = null;
        if (parentId is null)
        {
            regionOperators = ReadList(value, "regionOperators", v => ReadProvider(v, id));
        }
        else
        {
            if (value.Get("regionOperators") is not null || qualifications.Count > 0 || licensed is not null)
            {
                throw new CatalogException($"Region operator '{id}' of '{parentId}' declares its entity, laws, hosts and services only: no qualifications, licensed technology or operators of its own.", value.Start);
            }

            operatedRegions = Strings(value, "regions");
            if (operatedRegions.Count == 0)
            {
                throw new CatalogException($"Region operator '{id}' of '{parentId}' must list the 'regions' it operates.", value.Start);
            }
        }

        return new Provider(
            id,
            RequiredString(value, "name"),
            entity,
            laws,
            licensed,
            qualifications,
            Strings(value, "hosts"),
            Strings(value, "schemes"),
            Strings(value, "arnPartitions"),
            services,
            match,
            noMatch,
            value.GetString("hostsSource"),
            value.GetString("notes"),
            isCustom: false,
            regionOperators,
            parentId,
            operatedRegions,
            Strings(value, "sdkSchemes"));
    }

    private static Jurisdiction ReadJurisdiction(JsonValue value)
        => new(RequiredString(value, "code"), RequiredString(value, "name"), value.GetBoolean("eu") ?? false);

    private static Law ReadLaw(JsonValue value)
        => new(
            RequiredString(value, "id"),
            RequiredString(value, "name"),
            value.GetString("shortName") ?? RequiredString(value, "name"),
            RequiredString(value, "jurisdiction"),
            value.GetString("reference") ?? string.Empty,
            ReadDeclarationSource(value));

    private static Qualification ReadQualification(JsonValue value)
        => new(
            RequiredString(value, "id"),
            RequiredString(value, "name"),
            value.GetString("issuer") ?? string.Empty,
            value.GetBoolean("immunity") ?? false,
            ReadDeclarationSource(value));

    private static QualificationGrant ReadGrant(JsonValue value)
    {
        var stateText = RequiredString(value, "state");
        var state = stateText switch
        {
            "qualified" => QualificationState.Qualified,
            "in-process" => QualificationState.InProcess,
            _ => throw new CatalogException($"Unknown qualification state '{stateText}' (expected 'qualified' or 'in-process').", value.Start),
        };
        return new QualificationGrant(RequiredString(value, "id"), state, Strings(value, "services"), Strings(value, "regions"), value.GetString("date"), ReadSource(value));
    }

    private static CloudService ReadService(JsonValue value)
    {
        var endpointStatus = value.GetString("endpointStatus");
        if (endpointStatus is not (null or "confirmed" or "secondary" or "unconfirmed"))
        {
            throw new CatalogException($"Unknown endpoint status '{endpointStatus}' (expected confirmed, secondary or unconfirmed).", value.Start);
        }

        return new(
            RequiredString(value, "kind"),
            RequiredString(value, "name"),
            Strings(value, "hosts"),
            value.GetString("endpointTemplate"),
            value.GetBoolean("pathStyle") ?? false,
            Strings(value, "regions"),
            Strings(value, "identifiers"),
            value.GetString("api"),
            endpointStatus == "unconfirmed");
    }

    private static ProviderSample ReadSample(JsonValue value)
        => value.Kind == JsonKind.String
            ? new ProviderSample(value.StringValue!, null, null)
            : new ProviderSample(RequiredString(value, "text"), value.GetString("service"), value.GetString("region"));

    /// <summary>A law or scheme is declared with the text that establishes it: confirmed unless it says otherwise.</summary>
    private static FactSource ReadDeclarationSource(JsonValue value)
        => value.Get("status") is null
            ? new FactSource(FactStatus.Confirmed, RequiredString(value, "source"), RequiredString(value, "asOf"))
            : ReadSource(value);

    private static FactSource ReadSource(JsonValue value)
    {
        var statusText = RequiredString(value, "status");
        var status = statusText switch
        {
            "confirmed" => FactStatus.Confirmed,
            "secondary" => FactStatus.Secondary,
            "unconfirmed" => FactStatus.Unconfirmed,
            _ => throw new CatalogException($"Unknown fact status '{statusText}' (expected confirmed, secondary or unconfirmed).", value.Start),
        };
        var source = value.GetString("source") ?? throw new CatalogException("A fact must carry a 'source' (empty only when unconfirmed).", value.Start);
        if (source.Length == 0 && status != FactStatus.Unconfirmed)
        {
            throw new CatalogException("Only an unconfirmed fact may have an empty source.", value.Start);
        }

        return new FactSource(status, source, RequiredString(value, "asOf"));
    }

    private static void CheckReferences(JsonValue root, ProviderCatalog catalog)
    {
        var seenHosts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var entries = root.Get("providers")!.Items;
        var next = 0;
        foreach (var provider in catalog.Providers)
        {
            // Region operators follow their provider in the catalog's list and sit inside its entry.
            var at = provider.IsRegionOperator ? entries[next - 1].Start : entries[next++].Start;
            if (!catalog.Jurisdictions.ContainsKey(provider.Entity.Jurisdiction))
            {
                throw new CatalogException($"Provider '{provider.Id}': unknown jurisdiction '{provider.Entity.Jurisdiction}'.", at);
            }

            foreach (var law in provider.Laws)
            {
                if (!catalog.Laws.ContainsKey(law.LawId))
                {
                    throw new CatalogException($"Provider '{provider.Id}': unknown law '{law.LawId}'.", at);
                }
            }

            foreach (var grant in provider.Qualifications)
            {
                if (!catalog.Qualifications.ContainsKey(grant.QualificationId))
                {
                    throw new CatalogException($"Provider '{provider.Id}': unknown qualification '{grant.QualificationId}'.", at);
                }
            }

            foreach (var host in provider.Hosts)
            {
                if (seenHosts.TryGetValue(host, out var owner))
                {
                    throw new CatalogException($"Host '{host}' is claimed by both '{owner}' and '{provider.Id}'.", at);
                }

                seenHosts[host] = provider.Id;
            }

            if (catalog.FindProvider(provider.Id) != provider)
            {
                throw new CatalogException($"Provider id '{provider.Id}' is declared twice.", at);
            }
        }
    }

    // The helpers below are shared with SdkCatalogReader (sdks.json follows the same conventions).
    internal static List<T> ReadList<T>(JsonValue parent, string name, Func<JsonValue, T> read)
    {
        var list = new List<T>();
        var value = parent.Get(name);
        if (value is null)
        {
            return list;
        }

        Expect(value, JsonKind.Array, "'" + name + "'");
        foreach (var item in value.Items)
        {
            list.Add(read(item));
        }

        return list;
    }

    internal static List<string> Strings(JsonValue parent, string name)
        => ReadList(parent, name, v =>
        {
            Expect(v, JsonKind.String, "an item of '" + name + "'");
            return v.StringValue!;
        });

    private static JsonValue Required(JsonValue parent, string name)
        => parent.Get(name) ?? throw new CatalogException($"Missing '{name}'.", parent.Start);

    internal static string RequiredString(JsonValue parent, string name)
    {
        var value = Required(parent, name);
        Expect(value, JsonKind.String, "'" + name + "'");
        return value.StringValue!;
    }

    internal static void Expect(JsonValue value, JsonKind kind, string what)
    {
        if (value.Kind != kind)
        {
            throw new CatalogException(string.Format(CultureInfo.InvariantCulture, "Expected {0} to be a JSON {1}, found {2}.", what, kind, value.Kind), value.Start);
        }
    }
}
