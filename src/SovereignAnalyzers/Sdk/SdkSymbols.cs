using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// The SDK catalog bound to one compilation: the referenced SDK assemblies and, per family, its client,
/// factory, builder, registration, parameter and member rules resolved to symbols. Built once per
/// compilation (shared by every analyzer through a weak table) and null when the compilation references
/// no cloud SDK. Anything outside the SDK assemblies is rejected by reference; per-type and per-method answers are cached.
/// </summary>
internal sealed class SdkSymbols
{
    private static readonly ConditionalWeakTable<Compilation, Holder> Cache = new();

    private readonly HashSet<IAssemblySymbol> _sdkAssemblies = new(SymbolEqualityComparer.Default);
    private readonly IAssemblySymbol[] _sdkAssemblyList;
    private readonly ConcurrentDictionary<ITypeSymbol, ClientInfo> _clients = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, MethodInfo> _methods = new(SymbolEqualityComparer.Default);

    private SdkSymbols(Compilation compilation, List<SdkFamilySymbols> families, List<ReferencedSdkAssembly> referenced)
    {
        Compilation = compilation;
        Families = families;
        ReferencedAssemblies = referenced;
        foreach (var family in families)
        {
            _sdkAssemblies.UnionWith(family.Assemblies);
        }

        _sdkAssemblyList = new List<IAssemblySymbol>(_sdkAssemblies).ToArray();
    }

    public Compilation Compilation { get; }

    public IReadOnlyList<SdkFamilySymbols> Families { get; }

    /// <summary>Every referenced assembly that belongs to an SDK family, with its family.</summary>
    public IReadOnlyList<ReferencedSdkAssembly> ReferencedAssemblies { get; }

    /// <summary>The SDK symbols of <paramref name="compilation"/>, or null when it references no cloud SDK.</summary>
    public static SdkSymbols? For(Compilation compilation)
        => Cache.GetValue(compilation, c => new Holder(Create(c, SdkCatalog.BuiltIn))).Value;

    public static SdkSymbols? Create(Compilation compilation, SdkCatalog catalog)
    {
        List<SdkFamilySymbols>? families = null;
        List<ReferencedSdkAssembly>? referenced = null;
        var byFamily = new Dictionary<SdkFamily, List<IAssemblySymbol>>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            var name = assembly.Identity.Name;
            foreach (var family in catalog.Families)
            {
                if (!family.MatchesAssembly(name))
                {
                    continue;
                }

                if (!byFamily.TryGetValue(family, out var list))
                {
                    byFamily[family] = list = new List<IAssemblySymbol>();
                }

                list.Add(assembly);
                (referenced ??= new List<ReferencedSdkAssembly>()).Add(new ReferencedSdkAssembly(assembly, family));
            }
        }

        foreach (var family in catalog.Families)
        {
            if (byFamily.TryGetValue(family, out var assemblies))
            {
                (families ??= new List<SdkFamilySymbols>()).Add(new SdkFamilySymbols(family, compilation, assemblies));
            }
        }

        return families is null ? null : new SdkSymbols(compilation, families, referenced!);
    }

    /// <summary>
    /// The hot path of every invocation and object creation: is the symbol's assembly one of the few SDK
    /// assemblies, compared by reference (an assembly is one symbol object per compilation)?
    /// </summary>
    private bool IsInSdkAssembly(IAssemblySymbol? assembly)
    {
        foreach (var candidate in _sdkAssemblyList)
        {
            if (ReferenceEquals(candidate, assembly))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cheap first test for an invocation: is the method declared in an SDK assembly?</summary>
    public bool IsSdkAssembly(IAssemblySymbol? assembly) => assembly is not null && _sdkAssemblies.Contains(assembly);

    /// <summary>The family whose client <paramref name="type"/> is, or null.</summary>
    public SdkFamilySymbols? ClientFamily(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || type.TypeKind == TypeKind.Error)
        {
            return null;
        }

        if (!IsInSdkAssembly(named.ContainingAssembly))
        {
            return null; // the hot path (every object creation)
        }

        var key = named.OriginalDefinition;

        if (!_clients.TryGetValue(key, out var info))
        {
            info = new ClientInfo(FindClientFamily(key));
            _clients.TryAdd(key, info);
        }

        return info.Family;
    }

    /// <summary>The decision rule a method matches (factory, builder call or registration), or null.</summary>
    public SdkMethodMatch? MethodRule(IMethodSymbol method)
    {
        if (!IsInSdkAssembly(method.ContainingAssembly))
        {
            return null;
        }

        // The definition, not the constructed method (List<Order>.Add): a constructed one may be a new object at
        // each call site, and would miss the cache and grow it at each.
        var key = method.OriginalDefinition;
        if (!_methods.TryGetValue(key, out var info))
        {
            info = new MethodInfo(FindMethodRule(key));
            _methods.TryAdd(key, info);
        }

        return info.Match;
    }

    private SdkFamilySymbols? FindClientFamily(INamedTypeSymbol type)
    {
        if (!IsSdkAssembly(type.ContainingAssembly))
        {
            return null;
        }

        foreach (var family in Families)
        {
            if (family.IsClient(type))
            {
                return family;
            }
        }

        return null;
    }

    private SdkMethodMatch? FindMethodRule(IMethodSymbol method)
    {
        foreach (var family in Families)
        {
            if (!family.Assemblies.Contains(method.ContainingAssembly))
            {
                continue;
            }

            if (family.FindFactory(method, this) is { } factory)
            {
                return new SdkMethodMatch(family, SdkDecisionKind.Factory, factory);
            }

            if (family.FindBuilder(method) is { } builder)
            {
                return new SdkMethodMatch(family, SdkDecisionKind.Builder, builder);
            }

            if (family.FindRegistration(method) is { } registration)
            {
                return new SdkMethodMatch(family, SdkDecisionKind.Registration, registration);
            }
        }

        return null;
    }

    private sealed class Holder
    {
        public Holder(SdkSymbols? value) => Value = value;

        public SdkSymbols? Value { get; }
    }

    private sealed class ClientInfo
    {
        public ClientInfo(SdkFamilySymbols? family) => Family = family;

        public SdkFamilySymbols? Family { get; }
    }

    private sealed class MethodInfo
    {
        public MethodInfo(SdkMethodMatch? match) => Match = match;

        public SdkMethodMatch? Match { get; }
    }
}
