namespace SovereignAnalyzers.Catalog;

/// <summary>A catalog sample: a text that must (or must not) be attributed to a provider.</summary>
internal sealed class ProviderSample
{
    public ProviderSample(string text, string? serviceKind, string? region)
    {
        Text = text;
        ServiceKind = serviceKind;
        Region = region;
    }

    public string Text { get; }

    public string? ServiceKind { get; }

    public string? Region { get; }
}
