using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>Whether a provider is allowed under the active policy, and if not, why.</summary>
internal sealed class Verdict
{
    public static readonly Verdict Allowed = new(System.Array.Empty<Reason>());

    public Verdict(IReadOnlyList<Reason> reasons)
    {
        Reasons = reasons;
    }

    public bool IsAllowed => Reasons.Count == 0;

    public IReadOnlyList<Reason> Reasons { get; }
}
