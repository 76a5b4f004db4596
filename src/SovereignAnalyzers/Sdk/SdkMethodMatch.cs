using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Sdk;

/// <summary>A method that decides a client's target, and the rule it matched.</summary>
internal sealed class SdkMethodMatch
{
    public SdkMethodMatch(SdkFamilySymbols family, SdkDecisionKind kind, SdkMethodRule rule)
    {
        Family = family;
        Kind = kind;
        Rule = rule;
    }

    public SdkFamilySymbols Family { get; }

    public SdkDecisionKind Kind { get; }

    public SdkMethodRule Rule { get; }
}
