namespace SovereignAnalyzers.Catalog;

/// <summary>
/// A constructor or factory overload that targets another provider than the family's default: e.g. the
/// key-only <c>OpenAIClient(string openAIApiKey)</c> of Azure.AI.OpenAI 1.0 talks to OpenAI, not to Azure.
/// Matched by declaring type and by a parameter name only that overload has.
/// </summary>
internal sealed class SdkOverloadRule
{
    public SdkOverloadRule(string type, string parameter, string providerId)
    {
        Type = type;
        Parameter = parameter;
        ProviderId = providerId;
    }

    /// <summary>Metadata name of the client (constructor) or of the type declaring the factory.</summary>
    public string Type { get; }

    /// <summary>The name of a parameter that selects the overload.</summary>
    public string Parameter { get; }

    /// <summary>The provider the overload targets when nothing else sets the endpoint.</summary>
    public string ProviderId { get; }
}
