using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Sdk;

/// <summary>A referenced assembly of an SDK family.</summary>
internal readonly struct ReferencedSdkAssembly
{
    public ReferencedSdkAssembly(IAssemblySymbol assembly, SdkFamily family)
    {
        Assembly = assembly;
        Family = family;
    }

    public IAssemblySymbol Assembly { get; }

    public SdkFamily Family { get; }
}
