using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// What a compilation's references say about cloud SDKs, read from the assembly names in their metadata
/// without binding the compilation: a compilation-start action that asked for symbols would wait for the
/// compiler to bind every reference and declare every type.
/// </summary>
internal static class SdkReferenceNames
{
    // Per reference, what its name says. References outlive compilations (the compiler server and the IDE
    // reuse them), so each is read once.
    private static readonly ConditionalWeakTable<MetadataReference, ReferenceKind> Kinds = new();

    private static readonly ConditionalWeakTable<Compilation, ICollection<string>> Providers = new();

    /// <summary>
    /// Whether <paramref name="compilation"/> may reference a cloud SDK. False only when no reference is an
    /// SDK assembly; a reference whose name cannot be read counts as one.
    /// </summary>
    public static bool MayReferenceSdk(Compilation compilation)
    {
        foreach (var reference in ReferencesOf(compilation))
        {
            if (KindOf(reference).MayBeSdk)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The providers whose SDK <paramref name="compilation"/> references (an assembly of one of their SDK
    /// families): what makes an <c>s3://</c> URI designate AWS rather than any S3-compatible store.
    /// </summary>
    public static ICollection<string> ProvidersWithSdk(Compilation compilation)
        => Providers.GetValue(compilation, ReadProviders);

    private static ICollection<string> ReadProviders(Compilation compilation)
    {
        var providers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in ReferencesOf(compilation))
        {
            providers.UnionWith(KindOf(reference).Providers);
        }

        return providers;
    }

    /// <summary>
    /// The compilation's references without binding them: <see cref="Compilation.References"/> adds the <c>#r</c>
    /// references of scripts, which only the compiler's reference manager knows, so asking for it makes it
    /// resolve and load every reference (about 13 ms on a 200-reference project) before the analyzer goes on.
    /// A regular compilation has no <c>#r</c>; a script's are read the expensive way.
    /// </summary>
    private static IEnumerable<MetadataReference> ReferencesOf(Compilation compilation)
    {
        if (compilation.ScriptCompilationInfo is not null)
        {
            return compilation.References;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.Options.Kind != SourceCodeKind.Regular)
            {
                return compilation.References;
            }
        }

        return compilation.ExternalReferences;
    }

    private static ReferenceKind KindOf(MetadataReference reference) => Kinds.GetValue(reference, Classify);

    private static ReferenceKind Classify(MetadataReference reference)
    {
        if (ReadName(reference) is not { } name)
        {
            return ReferenceKind.Unreadable;
        }

        List<string>? providers = null;
        var isSdk = false;
        foreach (var family in SdkCatalog.BuiltIn.Families)
        {
            if (family.MatchesAssembly(name))
            {
                isSdk = true;
                if (family.ProviderId is { } provider)
                {
                    (providers ??= new List<string>()).Add(provider);
                }
            }
        }

        return isSdk ? new ReferenceKind(true, providers ?? (IReadOnlyList<string>)Array.Empty<string>()) : ReferenceKind.NotSdk;
    }

    private static string? ReadName(MetadataReference reference)
    {
        switch (reference)
        {
            case CompilationReference compilationReference:
                return compilationReference.Compilation.AssemblyName;
            case PortableExecutableReference executable:
                try
                {
                    if (executable.GetMetadata() is AssemblyMetadata assembly && assembly.GetModules() is { Length: > 0 } modules)
                    {
                        var reader = modules[0].GetMetadataReader();
                        return reader.IsAssembly ? reader.GetString(reader.GetAssemblyDefinition().Name) : null;
                    }
                }
                catch (Exception e) when (e is BadImageFormatException or System.IO.IOException or NotSupportedException)
                {
                    // Unreadable: the compiler reports it; here it only means "cannot tell".
                }

                return null;
            default:
                return null;
        }
    }

    private sealed class ReferenceKind
    {
        public static readonly ReferenceKind NotSdk = new(false, Array.Empty<string>());

        public static readonly ReferenceKind Unreadable = new(true, Array.Empty<string>());

        public ReferenceKind(bool mayBeSdk, IReadOnlyList<string> providers)
        {
            MayBeSdk = mayBeSdk;
            Providers = providers;
        }

        public bool MayBeSdk { get; }

        /// <summary>The providers of the SDK families the assembly belongs to.</summary>
        public IReadOnlyList<string> Providers { get; }
    }
}
