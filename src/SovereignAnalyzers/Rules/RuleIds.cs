namespace SovereignAnalyzers.Rules;

/// <summary>Diagnostic ids. Each has a page docs/rules/&lt;id&gt;.md.</summary>
internal static class RuleIds
{
    public const string EndpointLiteral = "SOV0001";
    public const string SdkClientTarget = "SOV0002";
    public const string SdkRuntimeEndpoint = "SOV0003";
    public const string SdkReference = "SOV0005";
    public const string ConfigurationEndpoint = "SOV0004";
    public const string ConfigurationFileTooLarge = "SOV0006";
    public const string InvalidPolicy = "SOV0900";
    public const string ExpiredPolicyException = "SOV0901";
}
