using System.Collections.Generic;
using System.Threading;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// Resolves the target of an <see cref="SdkDecision"/> from what the code says: constant arguments,
/// object initialisers, builder properties and fluent calls, configuration lambdas, and simple data
/// flow inside the method (a local initialised or assigned before the decision; a constant). What it
/// cannot see (a parameter, a field, a call, configuration) makes the target <see cref="SdkTargetOutcome.Runtime"/>,
/// never a guess. Runs only at decision points, which are rare.
/// </summary>
/// <remarks>
/// The work is split: <see cref="SdkConfigurationWalker"/> finds the settings, <see cref="SdkValueEvaluator"/>
/// reads each value (following locals through <see cref="LocalWrites"/>), and <see cref="SdkTargetClassifier"/>
/// decides the targets from the settings.
/// </remarks>
internal static class SdkTargetResolver
{
    /// <summary>The decision's target; several when the endpoint takes each value of a constant list (<c>foreach (var url in new[] { … })</c>).</summary>
    public static IReadOnlyList<SdkTarget> Resolve(SdkDecision decision, HostIndex hosts, CancellationToken cancellationToken)
    {
        var locals = new LocalWrites(decision.Operation);
        var settings = new SdkTargetSettings();
        var evaluator = new SdkValueEvaluator(decision.Family, locals, cancellationToken);
        new SdkConfigurationWalker(decision, evaluator, locals, settings, cancellationToken).Walk();
        return new SdkTargetClassifier(decision.Family.Family, decision.Family.ServicePrefix(decision.ClientType), hosts).Classify(settings);
    }
}
