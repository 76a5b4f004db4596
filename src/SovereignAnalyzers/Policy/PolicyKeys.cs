using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// The keys a policy file may hold, per object. They are case-sensitive; anything else is an error
/// (with a suggestion for typos). docs/sovereignty.schema.json declares the same keys (a test checks it).
/// </summary>
internal static class PolicyKeys
{
    public const string Schema = "$schema";
    public const string Extends = "extends";
    public const string ForbiddenLaws = "forbiddenLaws";
    public const string RequiredQualifications = "requiredQualifications";
    public const string AllowLicensedTechnology = "allowLicensedTechnology";
    public const string Allow = "allow";
    public const string Deny = "deny";
    public const string Exceptions = "exceptions";
    public const string Providers = "providers";
    public const string Alternatives = "alternatives";

    // exceptions[]
    public const string Host = "host";
    public const string Provider = "provider";
    public const string Paths = "paths";
    public const string Justification = "justification";
    public const string Owner = "owner";
    public const string Expires = "expires";

    // providers[]
    public const string Id = "id";
    public const string Name = "name";
    public const string Jurisdiction = "jurisdiction";
    public const string Laws = "laws";
    public const string Hosts = "hosts";
    public const string Namespaces = "namespaces";
    public const string Qualifications = "qualifications";
    public const string Services = "services";

    // providers[].services[]
    public const string Kind = "kind";
    public const string Regions = "regions";
    public const string Api = "api";
    public const string Endpoint = "endpoint";

    // alternatives.<kind>[] in object form
    public const string Region = "region";

    public static IReadOnlyList<string> Root { get; } = new[]
    {
        Schema, Extends, ForbiddenLaws, RequiredQualifications, AllowLicensedTechnology, Allow, Deny, Exceptions, Providers, Alternatives,
    };

    public static IReadOnlyList<string> Exception { get; } = new[] { Host, Provider, Paths, Justification, Owner, Expires };

    public static IReadOnlyList<string> CustomProvider { get; } = new[] { Id, Name, Jurisdiction, Laws, Hosts, Namespaces, Qualifications, Services };

    public static IReadOnlyList<string> Service { get; } = new[] { Kind, Name, Hosts, Regions, Api, Endpoint };

    public static IReadOnlyList<string> Alternative { get; } = new[] { Provider, Region };
}
