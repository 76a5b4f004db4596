using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>One member of <c>alternatives</c>: a service kind and the providers preferred for it, in order.</summary>
internal sealed class AlternativesEntry
{
    public AlternativesEntry(Located<string> kind, IReadOnlyList<AlternativeEntry> providers)
    {
        Kind = kind;
        Providers = providers;
    }

    public Located<string> Kind { get; }

    public IReadOnlyList<AlternativeEntry> Providers { get; }
}
