namespace SovereignAnalyzers.Rules;

/// <summary>Diagnostic ids. Each has a page docs/rules/&lt;id&gt;.md.</summary>
internal static class RuleIds
{
    public const string EndpointLiteral = "SOV0001";
    public const string ConfigurationEndpoint = "SOV0004";
    public const string ConfigurationFileTooLarge = "SOV0006";
}
