using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>Where a decision point sends its client.</summary>
internal sealed class SdkTarget
{
    public SdkTarget(SdkTargetOutcome outcome, EndpointMatch? match, string? region, IOperation? source, ISymbol? member = null, bool isBranch = false, SdkValueKind? decidedBy = null, string? text = null)
    {
        DecidedBy = decidedBy;
        Text = text;
        Outcome = outcome;
        Match = match;
        Region = region;
        Source = source;
        Member = member;
        IsBranch = isBranch;
    }

    public SdkTargetOutcome Outcome { get; }

    /// <summary>For <see cref="SdkTargetOutcome.Resolved"/>: the classified host.</summary>
    public EndpointMatch? Match { get; }

    /// <summary>The region, when the code names one.</summary>
    public string? Region { get; }

    /// <summary>The value that decided (a constant, or for <see cref="SdkTargetOutcome.Runtime"/> the unresolvable expression).</summary>
    public IOperation? Source { get; }

    /// <summary>The constant, field or property declared in source whose value decided, when one did.</summary>
    public ISymbol? Member { get; }

    /// <summary>
    /// True when the decision has several targets of which one is taken at run time (the branches of
    /// <c>?:</c>, <c>switch</c> or <c>if</c>/<c>else</c>); false when each is used (a loop over a list).
    /// </summary>
    public bool IsBranch { get; }

    /// <summary>What kind of value decided (endpoint, connection string, universe domain, region); null when nothing did or for a run-time value.</summary>
    public SdkValueKind? DecidedBy { get; }

    /// <summary>The text the deciding value stands for, in which <see cref="Match"/>'s candidate was found; null when the host was built from a region.</summary>
    public string? Text { get; }
}
