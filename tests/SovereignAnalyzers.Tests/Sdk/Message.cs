using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>Expected SOV0002/SOV0003 message arguments, built from the catalog the analyzer uses (so the tests do not restate catalog text).</summary>
internal static class Message
{
    private static PolicyEvaluation Evaluation => PolicyEvaluation.Default;

    /// <param name="serviceHost">A host of the service the client speaks (sdks.json <c>serviceHosts</c>), when the catalog names one.</param>
    public static object DefaultTarget(string providerId, string? region = null, string? serviceHost = null)
        => LocalizedText.Format(nameof(Strings.SdkDefaultTarget), FindingText.DescribeTarget(Evaluation, TargetOf(providerId, serviceHost, region)));

    public static object ProviderOnly(string providerId) => FindingText.DescribeTarget(Evaluation, TargetOf(providerId, null, null));

    public static object AnyRegion(string providerId, string? serviceHost = null)
        => LocalizedText.Format(nameof(Strings.SdkAnyRegionTarget), FindingText.DescribeTarget(Evaluation, TargetOf(providerId, serviceHost, null)));

    public static object NoDefault => LocalizedText.Format(nameof(Strings.SdkNoDefaultTarget));

    public static object Describe(string providerId, string? host = null, string? region = null)
        => FindingText.DescribeTarget(Evaluation, TargetOf(providerId, host, region));

    public static object Explain(string providerId, string? host = null, string? region = null)
    {
        var target = TargetOf(providerId, host, region);
        var verdict = Evaluation.Evaluate(target);
        return FindingText.Explain(Evaluation, target, verdict, Evaluation.AlternativesFor(target.Service?.Kind));
    }

    private static Target TargetOf(string providerId, string? host, string? region)
    {
        if (host is not null && Evaluation.Hosts.Classify(new EndpointCandidate(EndpointForm.BareHost, host, 0, host.Length)) is { } match)
        {
            Assert.Equal(providerId, match.Provider.Id);
            return new Target(match.Provider, match.Service, match.Region ?? region);
        }

        var provider = Evaluation.FindProvider(providerId);
        Assert.NotNull(provider);
        return new Target(provider!, null, region);
    }
}
