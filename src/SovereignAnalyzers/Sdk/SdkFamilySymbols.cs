using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>One SDK family's rules resolved against a compilation.</summary>
internal sealed class SdkFamilySymbols
{
    private readonly Compilation _compilation;
    private readonly List<INamedTypeSymbol> _clientBaseTypes = new();
    private readonly List<INamedTypeSymbol> _clientTypes = new();
    private readonly List<KeyValuePair<INamedTypeSymbol?, SdkMethodRule>> _factories = new();
    private readonly List<KeyValuePair<INamedTypeSymbol, SdkMethodRule>> _builders = new();
    private readonly List<KeyValuePair<INamedTypeSymbol, SdkMethodRule>> _registrationTypes = new();
    private readonly List<KeyValuePair<INamedTypeSymbol, SdkMethodRule>> _registrationReturnTypes = new();
    private readonly List<KeyValuePair<INamedTypeSymbol?, SdkParameterRule>> _parameters = new();
    private readonly List<MemberRuleSymbols> _members = new();
    private readonly List<KeyValuePair<INamedTypeSymbol, SdkOverloadRule>> _overloads = new();
    private readonly List<KeyValuePair<INamedTypeSymbol, SdkMethodRule>> _setters = new();
    private readonly Dictionary<INamedTypeSymbol, string> _services = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, string> _serviceHosts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _configTypes = new(SymbolEqualityComparer.Default);

    public SdkFamilySymbols(SdkFamily family, Compilation compilation, List<IAssemblySymbol> assemblies)
    {
        Family = family;
        _compilation = compilation;
        Assemblies = new HashSet<IAssemblySymbol>(assemblies, SymbolEqualityComparer.Default);

        AddTypes(family.Clients.BaseTypes, _clientBaseTypes);
        AddTypes(family.Clients.Types, _clientTypes);
        foreach (var rule in family.Factories)
        {
            if (rule.ClientStatic)
            {
                _factories.Add(new KeyValuePair<INamedTypeSymbol?, SdkMethodRule>(null, rule));
            }
            else if (rule.Type is not null && Type(rule.Type) is { } type)
            {
                _factories.Add(new KeyValuePair<INamedTypeSymbol?, SdkMethodRule>(type, rule));
            }
        }

        AddRules(family.Builders, _builders, r => r.Type);
        AddRules(family.Registrations, _registrationTypes, r => r.Type);
        AddRules(family.Registrations, _registrationReturnTypes, r => r.ReturnType);
        foreach (var rule in family.Parameters)
        {
            var type = rule.Type is null ? null : Type(rule.Type);
            if (rule.Type is null || type is not null)
            {
                _parameters.Add(new KeyValuePair<INamedTypeSymbol?, SdkParameterRule>(type, rule));
            }
        }

        foreach (var rule in family.Members)
        {
            if (Type(rule.Type) is { } owner)
            {
                _members.Add(new MemberRuleSymbols(owner, rule.MemberType is null ? null : Type(rule.MemberType), rule));
            }
        }

        if (family.Regions?.Type is { } regionType)
        {
            RegionType = Type(regionType);
        }

        foreach (var rule in family.Overloads)
        {
            if (Type(rule.Type) is { } overloadType)
            {
                _overloads.Add(new KeyValuePair<INamedTypeSymbol, SdkOverloadRule>(overloadType, rule));
            }
        }

        AddRules(family.Setters, _setters, r => r.Type);
        foreach (var pair in family.Services)
        {
            if (Type(pair.Key) is { } client)
            {
                _services[client] = pair.Value;
            }
        }

        foreach (var pair in family.ServiceHosts)
        {
            if (Type(pair.Key) is { } client)
            {
                _serviceHosts[client] = pair.Value;
            }
        }
    }

    public SdkFamily Family { get; }

    public HashSet<IAssemblySymbol> Assemblies { get; }

    public INamedTypeSymbol? RegionType { get; }

    /// <summary>True when <paramref name="method"/> is declared in one of the family's assemblies.</summary>
    public bool IsFamilyMethod(IMethodSymbol method) => Assemblies.Contains(method.ContainingAssembly);

    /// <summary>True when <paramref name="type"/> is declared in one of the family's assemblies.</summary>
    public bool IsFamilyType(ITypeSymbol? type) => type is not null && Assemblies.Contains(type.ContainingAssembly);

    /// <summary>True when <paramref name="type"/> is the family's region type (<c>RegionEndpoint</c>, <c>Region</c>, …).</summary>
    public bool IsRegionType(ITypeSymbol? type)
        => RegionType is { } regionType && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, regionType);

    public bool IsClient(INamedTypeSymbol type)
    {
        if (!InNamespaces(type, Family.Namespaces))
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            var definition = current.OriginalDefinition;
            if (Contains(_clientTypes, definition) || (!ReferenceEquals(current, type) && Contains(_clientBaseTypes, definition)))
            {
                return true;
            }
        }

        var suffix = Family.Clients.NameSuffix;
        return suffix is not null
            && type.Name.EndsWith(suffix, StringComparison.Ordinal)
            && InNamespaces(type, Family.Clients.SuffixNamespaces)
            && !InNamespaces(type, Family.Clients.ExcludeNamespaces);
    }

    /// <summary>True when <paramref name="type"/> (or a base type) declares one of the family's endpoint-setting members.</summary>
    public bool IsConfigType(ITypeSymbol? type)
    {
        if (type is null || type.TypeKind == TypeKind.Error || _members.Count == 0)
        {
            return false;
        }

        if (_configTypes.TryGetValue(type, out var known))
        {
            return known;
        }

        var result = OwnsMemberRule(type) || HoldsConfigProperty(type);
        _configTypes.TryAdd(type, result);
        return result;
    }

    private bool OwnsMemberRule(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in _members)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, member.Owner))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A type of the family with a settable property of a configuration type (Tencent's <c>ClientProfile.HttpProfile</c>): one level deep.</summary>
    private bool HoldsConfigProperty(ITypeSymbol type)
    {
        if (!Assemblies.Contains(type.ContainingAssembly))
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, SetMethod: not null } property && OwnsMemberRule(property.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The member rule <paramref name="property"/> matches, or null.</summary>
    public SdkMemberRule? MemberRule(IPropertySymbol property)
    {
        foreach (var member in _members)
        {
            var rule = member.Rule;
            if (rule.Name is not null ? property.Name != rule.Name : !SymbolEqualityComparer.Default.Equals(property.Type, member.MemberType))
            {
                continue;
            }

            if (DerivesFrom(property.ContainingType, member.Owner))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>The parameter rule <paramref name="parameter"/> matches, or null.</summary>
    public SdkParameterRule? ParameterRule(IParameterSymbol parameter)
    {
        foreach (var pair in _parameters)
        {
            var rule = pair.Value;
            if ((rule.Name is null || rule.Name == parameter.Name)
                && (pair.Key is null || SymbolEqualityComparer.Default.Equals(parameter.Type.OriginalDefinition, pair.Key)))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>The endpoint prefix of the service a client type talks to (e.g. <c>s3</c>), or null.</summary>
    public string? ServicePrefix(ITypeSymbol? client)
        => client is INamedTypeSymbol named && _services.TryGetValue(named.OriginalDefinition, out var prefix) ? prefix : null;

    /// <summary>
    /// The service a client type speaks (<c>StorageClient</c> → Cloud Storage) at <paramref name="provider"/>:
    /// the catalog's classification of the family's host for that client or one of its base types; null when
    /// the SDK catalog names none or the host belongs to another provider.
    /// </summary>
    public CloudService? ServiceOf(ITypeSymbol? client, Provider provider, HostIndex hosts)
    {
        for (var current = client as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_serviceHosts.TryGetValue(current.OriginalDefinition, out var host))
            {
                return hosts.Classify(new EndpointCandidate(EndpointForm.BareHost, host, 0, host.Length)) is { } match && match.Provider.Id == provider.Id
                    ? match.Service
                    : null;
            }
        }

        return null;
    }

    public SdkMethodRule? FindFactory(IMethodSymbol method, SdkSymbols symbols)
    {
        foreach (var pair in _factories)
        {
            if (!NameMatches(pair.Value, method.Name))
            {
                continue;
            }

            if (pair.Key is null
                ? method.IsStatic && symbols.ClientFamily(method.ContainingType) == this
                : SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, pair.Key))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>The provider a constructor or factory overload targets when it differs from the family's, or null.</summary>
    public string? OverloadProvider(IMethodSymbol? method)
    {
        if (method is null || _overloads.Count == 0)
        {
            return null;
        }

        foreach (var pair in _overloads)
        {
            if (!SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, pair.Key))
            {
                continue;
            }

            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == pair.Value.Parameter)
                {
                    return pair.Value.ProviderId;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the family has methods that change a client's target after it is built.</summary>
    public bool HasSetters => _setters.Count > 0;

    /// <summary>Whether <paramref name="method"/> changes a client's target after it is built (<c>SetEndpoint</c>, <c>SetRegion</c>).</summary>
    public bool IsSetter(IMethodSymbol method)
    {
        foreach (var pair in _setters)
        {
            if (NameMatches(pair.Value, method.Name) && DerivesFrom(method.ContainingType, pair.Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is one of the family's builders (a type a builder rule names, or derived from one).</summary>
    public bool IsBuilderType(ITypeSymbol type)
    {
        foreach (var pair in _builders)
        {
            if (DerivesFrom(type, pair.Key))
            {
                return true;
            }
        }

        return false;
    }

    public SdkMethodRule? FindBuilder(IMethodSymbol method)
    {
        foreach (var pair in _builders)
        {
            if (NameMatches(pair.Value, method.Name) && DerivesFrom(method.ContainingType, pair.Key))
            {
                return pair.Value;
            }
        }

        return null;
    }

    public SdkMethodRule? FindRegistration(IMethodSymbol method)
    {
        foreach (var pair in _registrationTypes)
        {
            if (NameMatches(pair.Value, method.Name) && SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, pair.Key))
            {
                return pair.Value;
            }
        }

        if (method.IsStatic)
        {
            foreach (var pair in _registrationReturnTypes)
            {
                if (NameMatches(pair.Value, method.Name) && SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, pair.Key))
                {
                    return pair.Value;
                }
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it (generic definitions compared).</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NameMatches(SdkMethodRule rule, string name)
    {
        if (rule.Methods.Count == 0)
        {
            return true;
        }

        foreach (var method in rule.Methods)
        {
            if (method == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(List<INamedTypeSymbol> types, INamedTypeSymbol type)
    {
        foreach (var candidate in types)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InNamespaces(INamedTypeSymbol type, IReadOnlyList<string> namespaces)
    {
        if (namespaces.Count == 0)
        {
            return false;
        }

        foreach (var ns in namespaces)
        {
            if (IsWithin(type.ContainingNamespace, ns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="symbol"/> is the namespace <paramref name="name"/> (dotted) or nested in it, compared
    /// part by part without building the namespace's name: asked for every SDK type the code uses.
    /// </summary>
    private static bool IsWithin(INamespaceSymbol? symbol, string name)
    {
        // Skip the namespaces nested deeper than the name has parts.
        var parts = 1;
        foreach (var c in name)
        {
            parts += c == '.' ? 1 : 0;
        }

        var depth = 0;
        for (var current = symbol; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            depth++;
        }

        if (depth < parts)
        {
            return false;
        }

        var outer = symbol;
        for (; depth > parts; depth--)
        {
            outer = outer!.ContainingNamespace;
        }

        // outer has as many parts as the name: compare them from the last.
        var end = name.Length;
        for (var current = outer; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            var start = name.LastIndexOf('.', end - 1) + 1;
            var part = current.Name;
            if (part.Length != end - start || string.CompareOrdinal(part, 0, name, start, part.Length) != 0)
            {
                return false;
            }

            end = start - 1;
        }

        return true;
    }

    private void AddTypes(IReadOnlyList<string> names, List<INamedTypeSymbol> into)
    {
        foreach (var name in names)
        {
            if (Type(name) is { } type)
            {
                into.Add(type);
            }
        }
    }

    private void AddRules(IReadOnlyList<SdkMethodRule> rules, List<KeyValuePair<INamedTypeSymbol, SdkMethodRule>> into, Func<SdkMethodRule, string?> typeName)
    {
        foreach (var rule in rules)
        {
            if (typeName(rule) is { } name && Type(name) is { } type)
            {
                into.Add(new KeyValuePair<INamedTypeSymbol, SdkMethodRule>(type, rule));
            }
        }
    }

    /// <summary>A type by metadata name: from the family's own assemblies first, then from the whole compilation.</summary>
    private INamedTypeSymbol? Type(string metadataName)
    {
        foreach (var assembly in Assemblies)
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                return type;
            }
        }

        return _compilation.GetTypeByMetadataName(metadataName);
    }

    private sealed class MemberRuleSymbols
    {
        public MemberRuleSymbols(INamedTypeSymbol owner, INamedTypeSymbol? memberType, SdkMemberRule rule)
        {
            Owner = owner;
            MemberType = memberType;
            Rule = rule;
        }

        public INamedTypeSymbol Owner { get; }

        public INamedTypeSymbol? MemberType { get; }

        public SdkMemberRule Rule { get; }
    }
}
