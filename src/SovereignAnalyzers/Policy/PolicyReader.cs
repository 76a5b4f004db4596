using System;
using System.Collections.Generic;
using System.Globalization;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Json;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// Reads <c>sovereignty.json</c> (format: docs/configuration.md). <see cref="Parse"/> reads one file on
/// its own; <see cref="Read(PolicyFile, Func{string, PolicyFile}, ProviderCatalog)"/> follows
/// <c>extends</c>, merges and checks ids. Never throws on any input: everything wrong is a located
/// <see cref="PolicyError"/>.
/// <para>
/// The file is JSON with comments (<c>//</c>, <c>/* */</c>) and trailing commas allowed, like
/// <c>appsettings.json</c> and the JSON-with-comments mode of editors: teams explain their choices in
/// the file itself. Keys are case-sensitive.
/// </para>
/// </summary>
internal static class PolicyReader
{
    /// <summary>The policy file's name (matched case-insensitively).</summary>
    public const string FileName = "sovereignty.json";

    /// <summary>Reads one file's text: its values and the errors found in the file alone.</summary>
    public static PolicyDocument Parse(string text)
    {
        var parser = new Parser();
        JsonValue root;
        try
        {
            root = JsonReader.Parse(text, lenient: true);
        }
        catch (JsonParseException e)
        {
            parser.Error(e.Position, e.Position < text.Length ? 1 : 0, nameof(Strings.PolicyInvalidJson), e.Text);
            return parser.Build();
        }

        parser.ReadRoot(root);
        return parser.Build();
    }

    /// <summary>A document holding only one error at its start (e.g. a file that cannot be read).</summary>
    public static PolicyDocument Failed(string resourceName)
    {
        var parser = new Parser();
        parser.Error(0, 0, resourceName);
        return parser.Build();
    }

    /// <summary>Reads a policy that extends nothing (an <c>extends</c> in it is reported as a missing base).</summary>
    public static PolicyReadResult Read(string text, string path, ProviderCatalog catalog)
        => Read(new PolicyFile(path, Parse(text)), _ => null, catalog);

    /// <summary>
    /// Reads the policy <paramref name="root"/> with the bases it extends, found through
    /// <paramref name="findFile"/> (a resolved path → the file, or null when absent).
    /// </summary>
    public static PolicyReadResult Read(PolicyFile root, Func<string, PolicyFile?> findFile, ProviderCatalog catalog)
        => PolicyComposer.Compose(PolicyChain.Resolve(root, findFile), catalog);

    private sealed class Parser
    {
        private readonly List<Located<LocalizedText>> _errors = new();
        private readonly List<Located<string>> _allow = new();
        private readonly List<Located<string>> _deny = new();
        private readonly List<ExceptionEntry> _exceptions = new();
        private readonly List<ProviderEntry> _providers = new();
        private readonly HashSet<string> _providerIds = new(StringComparer.OrdinalIgnoreCase); // ids in _providers: a policy may declare thousands
        private readonly List<AlternativesEntry> _alternatives = new();
        private Located<string>? _extends;
        private List<Located<string>>? _forbiddenLaws;
        private List<Located<string>>? _requiredQualifications;
        private bool? _allowLicensedTechnology;

        public PolicyDocument Build()
            => new(_errors, _extends, _forbiddenLaws, _requiredQualifications, _allowLicensedTechnology, _allow, _deny, _exceptions, _providers, _alternatives);

        public void Error(int start, int length, string resourceName, params object[] args)
            => _errors.Add(new Located<LocalizedText>(LocalizedText.Format(resourceName, args), start, length));

        public void ReadRoot(JsonValue root)
        {
            if (root.Kind != JsonKind.Object)
            {
                Error(root, nameof(Strings.PolicyRootNotObject), KindName(root));
                return;
            }

            var members = Members(root, PolicyKeys.Root, LocalizedText.Format(nameof(Strings.PolicyTheRoot)));
            if (members.TryGetValue(PolicyKeys.Schema, out var schema))
            {
                String(schema, PolicyKeys.Schema, nameof(Strings.ExpectString), allowEmpty: true);
            }

            if (members.TryGetValue(PolicyKeys.Extends, out var extends))
            {
                _extends = String(extends, PolicyKeys.Extends, nameof(Strings.ExpectBasePath), allowEmpty: false);
            }

            if (members.TryGetValue(PolicyKeys.ForbiddenLaws, out var laws))
            {
                _forbiddenLaws = StringArray(laws, PolicyKeys.ForbiddenLaws, nameof(Strings.ExpectLawIds));
            }

            if (members.TryGetValue(PolicyKeys.RequiredQualifications, out var qualifications))
            {
                _requiredQualifications = StringArray(qualifications, PolicyKeys.RequiredQualifications, nameof(Strings.ExpectQualificationIds));
            }

            if (members.TryGetValue(PolicyKeys.AllowLicensedTechnology, out var licensed) && Expect(licensed, JsonKind.Boolean, PolicyKeys.AllowLicensedTechnology, nameof(Strings.ExpectBoolean)))
            {
                _allowLicensedTechnology = licensed.BooleanValue;
            }

            if (members.TryGetValue(PolicyKeys.Allow, out var allow))
            {
                _allow.AddRange(StringArray(allow, PolicyKeys.Allow, nameof(Strings.ExpectProviderIds)) ?? new List<Located<string>>());
            }

            if (members.TryGetValue(PolicyKeys.Deny, out var deny))
            {
                _deny.AddRange(StringArray(deny, PolicyKeys.Deny, nameof(Strings.ExpectProviderIds)) ?? new List<Located<string>>());
            }

            CheckAllowAndDeny();

            if (members.TryGetValue(PolicyKeys.Exceptions, out var exceptions))
            {
                ReadObjects(exceptions, PolicyKeys.Exceptions, nameof(Strings.ExpectExceptions), nameof(Strings.ExpectExceptionObject), ReadException);
            }

            if (members.TryGetValue(PolicyKeys.Providers, out var providers))
            {
                ReadObjects(providers, PolicyKeys.Providers, nameof(Strings.ExpectProviders), nameof(Strings.ExpectProviderObject), ReadProvider);
            }

            if (members.TryGetValue(PolicyKeys.Alternatives, out var alternatives))
            {
                ReadAlternatives(alternatives);
            }
        }

        private void CheckAllowAndDeny()
        {
            var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var id in _allow)
            {
                allowed.Add(id.Value);
            }

            foreach (var id in _deny)
            {
                if (allowed.Contains(id.Value))
                {
                    Error(id.Start, id.Length, nameof(Strings.PolicyAllowAndDeny), id.Value);
                }
            }
        }

        private void ReadException(JsonValue value, string path)
        {
            var members = Members(value, PolicyKeys.Exception, path);
            string? host = null;
            if (members.TryGetValue(PolicyKeys.Host, out var hostValue) && String(hostValue, path + "." + PolicyKeys.Host, nameof(Strings.ExpectHost), allowEmpty: false) is { } hostText)
            {
                host = Host(hostText);
            }

            Located<string>? provider = null;
            if (members.TryGetValue(PolicyKeys.Provider, out var providerValue))
            {
                provider = String(providerValue, path + "." + PolicyKeys.Provider, nameof(Strings.ExpectProviderId), allowEmpty: false);
            }

            var paths = new List<string>();
            if (members.TryGetValue(PolicyKeys.Paths, out var pathsValue))
            {
                foreach (var glob in StringArray(pathsValue, path + "." + PolicyKeys.Paths, nameof(Strings.ExpectGlobs)) ?? new List<Located<string>>())
                {
                    paths.Add(glob.Value);
                }
            }

            var justification = string.Empty;
            if (members.TryGetValue(PolicyKeys.Justification, out var justificationValue))
            {
                justification = String(justificationValue, path + "." + PolicyKeys.Justification, nameof(Strings.ExpectJustification), allowEmpty: false)?.Value ?? string.Empty;
            }
            else
            {
                Error(value.Start, 1, nameof(Strings.PolicyMissingKey), path, PolicyKeys.Justification, LocalizedText.Format(nameof(Strings.ExpectJustification)));
            }

            string? owner = null;
            if (members.TryGetValue(PolicyKeys.Owner, out var ownerValue))
            {
                owner = String(ownerValue, path + "." + PolicyKeys.Owner, nameof(Strings.ExpectOwner), allowEmpty: false)?.Value;
            }

            Located<DateTime>? expires = null;
            if (members.TryGetValue(PolicyKeys.Expires, out var expiresValue) && String(expiresValue, path + "." + PolicyKeys.Expires, nameof(Strings.ExpectDate), allowEmpty: false) is { } expiresText)
            {
                if (DateTime.TryParseExact(expiresText.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    expires = new Located<DateTime>(date, expiresText.Start, expiresText.Length);
                }
                else
                {
                    Error(expiresText.Start, expiresText.Length, nameof(Strings.PolicyBadDate), expiresText.Value);
                }
            }

            if (!members.ContainsKey(PolicyKeys.Host) && !members.ContainsKey(PolicyKeys.Provider))
            {
                Error(value.Start, 1, nameof(Strings.PolicyExceptionNoTarget), path);
            }

            _exceptions.Add(new ExceptionEntry(value.Start, host, provider, paths, justification, owner, expires));

            string? Host(Located<string> text)
            {
                var normalized = HostName.Normalize(text.Value);
                if (normalized is null)
                {
                    Error(text.Start, text.Length, nameof(Strings.PolicyBadHost), text.Value);
                }

                return normalized;
            }
        }

        private void ReadProvider(JsonValue value, string path)
        {
            var members = Members(value, PolicyKeys.CustomProvider, path);
            var id = Required(members, value, path, PolicyKeys.Id, nameof(Strings.ExpectProviderIdValue));
            if (id is { } idText && !IsProviderId(idText.Value))
            {
                Error(idText.Start, idText.Length, nameof(Strings.PolicyBadProviderId), idText.Value);
                id = null;
            }

            var name = Required(members, value, path, PolicyKeys.Name, nameof(Strings.ExpectProviderName));
            var jurisdiction = Required(members, value, path, PolicyKeys.Jurisdiction, nameof(Strings.ExpectJurisdiction));
            var laws = OptionalStrings(members, path, PolicyKeys.Laws, nameof(Strings.ExpectLawIds));
            var hosts = Hosts(OptionalStrings(members, path, PolicyKeys.Hosts, nameof(Strings.ExpectHosts)));
            var namespaces = new List<string>();
            foreach (var ns in OptionalStrings(members, path, PolicyKeys.Namespaces, nameof(Strings.ExpectNamespaces)))
            {
                if (IsNamespace(ns.Value))
                {
                    namespaces.Add(ns.Value);
                }
                else
                {
                    Error(ns.Start, ns.Length, nameof(Strings.PolicyBadNamespace), ns.Value);
                }
            }

            var qualifications = OptionalStrings(members, path, PolicyKeys.Qualifications, nameof(Strings.ExpectQualificationIds));
            var services = new List<ServiceEntry>();
            if (members.TryGetValue(PolicyKeys.Services, out var servicesValue))
            {
                ReadObjects(servicesValue, path + "." + PolicyKeys.Services, nameof(Strings.ExpectServices), nameof(Strings.ExpectServiceObject), (service, servicePath) =>
                {
                    if (ReadService(service, servicePath) is { } entry)
                    {
                        services.Add(entry);
                    }
                });
            }

            if (id is { } duplicate && _providerIds.Contains(duplicate.Value))
            {
                Error(duplicate.Start, duplicate.Length, nameof(Strings.PolicyDuplicateProvider), duplicate.Value);
                id = null;
            }

            if (id is { } providerId && name is { } providerName && jurisdiction is { } providerJurisdiction)
            {
                _providerIds.Add(providerId.Value);
                _providers.Add(new ProviderEntry(providerId, providerName.Value, providerJurisdiction, laws, hosts, namespaces, qualifications, services));
            }
        }

        private ServiceEntry? ReadService(JsonValue value, string path)
        {
            var members = Members(value, PolicyKeys.Service, path);
            var kind = Required(members, value, path, PolicyKeys.Kind, nameof(Strings.ExpectServiceKind));
            string? name = null;
            if (members.TryGetValue(PolicyKeys.Name, out var nameValue))
            {
                name = String(nameValue, path + "." + PolicyKeys.Name, nameof(Strings.ExpectServiceName), allowEmpty: false)?.Value;
            }

            var patterns = new List<string>();
            if (members.TryGetValue(PolicyKeys.Hosts, out var hostsValue))
            {
                foreach (var pattern in StringArray(hostsValue, path + "." + PolicyKeys.Hosts, nameof(Strings.ExpectServiceHosts)) ?? new List<Located<string>>())
                {
                    if (IsHostPattern(pattern.Value))
                    {
                        patterns.Add(pattern.Value.ToLowerInvariant());
                    }
                    else
                    {
                        Error(pattern.Start, pattern.Length, nameof(Strings.PolicyBadHostPattern), pattern.Value);
                    }
                }
            }
            else
            {
                Error(value.Start, 1, nameof(Strings.PolicyMissingKey), path, PolicyKeys.Hosts, LocalizedText.Format(nameof(Strings.ExpectServiceHosts)));
            }

            var regions = new List<string>();
            foreach (var region in OptionalStrings(members, path, PolicyKeys.Regions, nameof(Strings.ExpectRegions)))
            {
                regions.Add(region.Value);
            }

            Located<string>? api = null;
            if (members.TryGetValue(PolicyKeys.Api, out var apiValue))
            {
                api = String(apiValue, path + "." + PolicyKeys.Api, nameof(Strings.ExpectServiceApi), allowEmpty: false);
            }

            string? endpoint = null;
            if (members.TryGetValue(PolicyKeys.Endpoint, out var endpointValue)
                && String(endpointValue, path + "." + PolicyKeys.Endpoint, nameof(Strings.ExpectServiceEndpoint), allowEmpty: false) is { } endpointText)
            {
                if (IsEndpointTemplate(endpointText.Value))
                {
                    endpoint = endpointText.Value;
                }
                else
                {
                    Error(endpointText.Start, endpointText.Length, nameof(Strings.PolicyBadEndpoint), endpointText.Value);
                }
            }

            return kind is { } kindText ? new ServiceEntry(kindText.Value, name, patterns, regions, api, endpoint) : null;
        }

        /// <summary>An absolute http or https URL with a host, where <c>{region}</c> may stand in a label.</summary>
        private static bool IsEndpointTemplate(string text)
        {
            var concrete = text.Replace("{region}", "region");
            return concrete.IndexOf('{') < 0 && concrete.IndexOf('}') < 0
                && Uri.TryCreate(concrete, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && uri.Host.Length > 0 && uri.UserInfo.Length == 0;
        }

        private void ReadAlternatives(JsonValue value)
        {
            if (!Expect(value, JsonKind.Object, PolicyKeys.Alternatives, nameof(Strings.ExpectAlternatives)))
            {
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in value.Members)
            {
                var path = PolicyKeys.Alternatives + "." + member.Name;
                if (!seen.Add(member.Name))
                {
                    Error(member.NameStart, member.NameLength, nameof(Strings.PolicyDuplicateKey), member.Name, PolicyKeys.Alternatives);
                    continue;
                }

                if (member.Name.Length == 0)
                {
                    Error(member.NameStart, member.NameLength, nameof(Strings.PolicyEmptyValue), path, LocalizedText.Format(nameof(Strings.ExpectServiceKind)));
                    continue;
                }

                if (!Expect(member.Value, JsonKind.Array, path, nameof(Strings.ExpectAlternativeList)))
                {
                    continue;
                }

                var entries = new List<AlternativeEntry>();
                for (var i = 0; i < member.Value.Items.Count; i++)
                {
                    var item = member.Value.Items[i];
                    var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    if (item.Kind == JsonKind.String)
                    {
                        if (String(item, itemPath, nameof(Strings.ExpectAlternative), allowEmpty: false) is { } id)
                        {
                            entries.Add(new AlternativeEntry(id, null));
                        }
                    }
                    else if (Expect(item, JsonKind.Object, itemPath, nameof(Strings.ExpectAlternative)))
                    {
                        var members = Members(item, PolicyKeys.Alternative, itemPath);
                        var id = Required(members, item, itemPath, PolicyKeys.Provider, nameof(Strings.ExpectProviderId));
                        Located<string>? region = null;
                        if (members.TryGetValue(PolicyKeys.Region, out var regionValue))
                        {
                            region = String(regionValue, itemPath + "." + PolicyKeys.Region, nameof(Strings.ExpectRegion), allowEmpty: false);
                        }

                        if (id is { } providerId)
                        {
                            entries.Add(new AlternativeEntry(providerId, region));
                        }
                    }
                }

                _alternatives.Add(new AlternativesEntry(new Located<string>(member.Name, member.NameStart, member.NameLength), entries));
            }
        }

        /// <summary>
        /// The members of an object by name (first occurrence), after reporting unknown keys (with the
        /// closest known one) and repeated keys.
        /// </summary>
        private Dictionary<string, JsonValue> Members(JsonValue value, IReadOnlyList<string> keys, object where)
        {
            var members = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
            foreach (var member in value.Members)
            {
                if (!Contains(keys, member.Name))
                {
                    Error(member.NameStart, member.NameLength, nameof(Strings.PolicyUnknownKey), member.Name, where, Hint(member.Name, keys));
                }
                else if (members.ContainsKey(member.Name))
                {
                    Error(member.NameStart, member.NameLength, nameof(Strings.PolicyDuplicateKey), member.Name, where);
                }
                else
                {
                    members.Add(member.Name, member.Value);
                }
            }

            return members;
        }

        private void ReadObjects(JsonValue value, string path, string expectedArray, string expectedItem, Action<JsonValue, string> read)
        {
            if (!Expect(value, JsonKind.Array, path, expectedArray))
            {
                return;
            }

            for (var i = 0; i < value.Items.Count; i++)
            {
                var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (Expect(value.Items[i], JsonKind.Object, itemPath, expectedItem))
                {
                    read(value.Items[i], itemPath);
                }
            }
        }

        private Located<string>? Required(Dictionary<string, JsonValue> members, JsonValue owner, string path, string key, string expected)
        {
            if (members.TryGetValue(key, out var value))
            {
                return String(value, path + "." + key, expected, allowEmpty: false);
            }

            Error(owner.Start, 1, nameof(Strings.PolicyMissingKey), path, key, LocalizedText.Format(expected));
            return null;
        }

        private List<Located<string>> OptionalStrings(Dictionary<string, JsonValue> members, string path, string key, string expected)
            => members.TryGetValue(key, out var value) ? StringArray(value, path + "." + key, expected) ?? new List<Located<string>>() : new List<Located<string>>();

        /// <summary>The non-empty strings of an array (others reported); null when the value is not an array.</summary>
        private List<Located<string>>? StringArray(JsonValue value, string path, string expected)
        {
            if (!Expect(value, JsonKind.Array, path, expected))
            {
                return null;
            }

            var list = new List<Located<string>>();
            for (var i = 0; i < value.Items.Count; i++)
            {
                var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (String(value.Items[i], itemPath, expected, allowEmpty: false) is { } item)
                {
                    list.Add(item);
                }
            }

            return list;
        }

        private Located<string>? String(JsonValue value, string path, string expected, bool allowEmpty)
        {
            if (!Expect(value, JsonKind.String, path, expected))
            {
                return null;
            }

            if (!allowEmpty && value.StringValue!.Trim().Length == 0)
            {
                Error(value, nameof(Strings.PolicyEmptyValue), path, LocalizedText.Format(expected));
                return null;
            }

            return new Located<string>(value.StringValue!, value.Start, value.Length);
        }

        private bool Expect(JsonValue value, JsonKind kind, string path, string expected)
        {
            if (value.Kind == kind)
            {
                return true;
            }

            Error(value, nameof(Strings.PolicyWrongType), path, LocalizedText.Format(expected), KindName(value));
            return false;
        }

        private List<string> Hosts(List<Located<string>> hosts)
        {
            var list = new List<string>();
            foreach (var host in hosts)
            {
                if (HostName.Normalize(host.Value) is { } normalized)
                {
                    list.Add(normalized);
                }
                else
                {
                    Error(host.Start, host.Length, nameof(Strings.PolicyBadHost), host.Value);
                }
            }

            return list;
        }

        private void Error(JsonValue value, string resourceName, params object[] args) => Error(value.Start, value.Length, resourceName, args);
    }

    /// <summary>"did you mean 'allow'?" when a candidate is close, otherwise "expected one of a, b, c."</summary>
    internal static LocalizedText Hint(string word, IReadOnlyCollection<string> candidates)
        => Suggestion.Closest(word, candidates) is { } closest
            ? LocalizedText.Format(nameof(Strings.PolicyDidYouMean), closest)
            : LocalizedText.Format(nameof(Strings.PolicyExpectedOneOf), string.Join(", ", candidates));

    private static LocalizedText KindName(JsonValue value) => LocalizedText.Format(value.Kind switch
    {
        JsonKind.Null => nameof(Strings.JsonKindNull),
        JsonKind.Boolean => nameof(Strings.JsonKindBoolean),
        JsonKind.Number => nameof(Strings.JsonKindNumber),
        JsonKind.String => nameof(Strings.JsonKindString),
        JsonKind.Array => nameof(Strings.JsonKindArray),
        _ => nameof(Strings.JsonKindObject),
    });

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lowercase letters and digits in groups joined by single '-' (<c>acme-cloud</c>).</summary>
    private static bool IsProviderId(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[id.Length - 1] == '-' || id.IndexOf("--", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Dot-separated C# identifiers (<c>Acme.Cloud.Storage</c>).</summary>
    private static bool IsNamespace(string text)
    {
        foreach (var part in text.Split('.'))
        {
            if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_'))
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A service host pattern as the catalog writes them: dotted labels, each a literal, <c>*</c>, or one
    /// <c>{region}</c> between an optional literal prefix and suffix; the last label is literal.
    /// </summary>
    private static bool IsHostPattern(string pattern)
    {
        const string Region = "{region}";
        var labels = pattern.Split('.');
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label == "*")
            {
                if (i == labels.Length - 1)
                {
                    return false;
                }

                continue;
            }

            var region = label.IndexOf(Region, StringComparison.Ordinal);
            if (region >= 0)
            {
                if (i == labels.Length - 1)
                {
                    return false;
                }

                label = label.Remove(region, Region.Length);
            }

            if ((label.Length == 0 && region < 0) || label.Length > 63)
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(HostName.IsLabelChar(c) && c != HostName.Hole))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
