using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Findings;

/// <summary>
/// The message arguments of a finding, in the order its rule's message (Strings.resx) expects them. The
/// language is chosen when the message is displayed.
/// </summary>
internal static class FindingMessage
{
    public static object[] Arguments(Finding finding)
    {
        switch (finding.Kind)
        {
            case FindingKind.EndpointLiteral:
                return new object[] { FindingText.ShownHost(finding.Host), Relation(finding), Explain(finding) };
            case FindingKind.ConfigurationEndpoint:
                return new object[] { FindingText.ShownHost(finding.Host), finding.Setting ?? finding.FileName ?? string.Empty, Relation(finding), Explain(finding) };
            case FindingKind.SdkClientTarget:
                var described = Describe(finding);
                return new object[]
                {
                    finding.Client ?? string.Empty,
                    finding.Wording switch
                    {
                        TargetWording.SdkDefault => LocalizedText.Format(nameof(Strings.SdkDefaultTarget), described),
                        TargetWording.AnyRegion => LocalizedText.Format(nameof(Strings.SdkAnyRegionTarget), described),
                        _ => described,
                    },
                    Explain(finding),
                };
            case FindingKind.SdkRuntimeEndpoint:
                return new object[]
                {
                    finding.Client ?? string.Empty,
                    finding.RuntimeSource ?? string.Empty,
                    finding.Target is null ? LocalizedText.Format(nameof(Strings.SdkNoDefaultTarget)) : Describe(finding),
                };
            default:
                return new object[] { finding.Assembly ?? string.Empty, finding.SdkFamilyName ?? string.Empty, Describe(finding), Explain(finding) };
        }
    }

    private static LocalizedText Relation(Finding finding) => FindingText.Relation(finding.Evaluation, finding.Target!.Value, finding.NamesService);

    private static string Describe(Finding finding) => FindingText.DescribeTarget(finding.Evaluation, finding.Target!.Value);

    private static LocalizedText Explain(Finding finding) => FindingText.Explain(finding.Evaluation, finding.Target!.Value, finding.Verdict, finding.Alternatives);
}
