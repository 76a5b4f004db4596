using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

/// <summary>Which types of a family are clients.</summary>
internal sealed class SdkClientRule
{
    public SdkClientRule(IReadOnlyList<string> baseTypes, IReadOnlyList<string> types, string? nameSuffix, IReadOnlyList<string> suffixNamespaces, IReadOnlyList<string> excludeNamespaces)
    {
        BaseTypes = baseTypes;
        Types = types;
        NameSuffix = nameSuffix;
        SuffixNamespaces = suffixNamespaces;
        ExcludeNamespaces = excludeNamespaces;
    }

    public IReadOnlyList<string> BaseTypes { get; }

    public IReadOnlyList<string> Types { get; }

    /// <summary>Types of <see cref="SuffixNamespaces"/> whose name ends with this are clients too.</summary>
    public string? NameSuffix { get; }

    public IReadOnlyList<string> SuffixNamespaces { get; }

    public IReadOnlyList<string> ExcludeNamespaces { get; }
}
