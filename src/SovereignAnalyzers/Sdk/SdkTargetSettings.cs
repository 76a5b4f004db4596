using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// What the code sets on one client, collected while its configuration is walked: the last endpoint
/// (or connection string), universe domain and region values, whether an emulator is selected, and the
/// first expression that may set the target in a way the analyzer cannot see.
/// </summary>
internal sealed class SdkTargetSettings
{
    /// <summary>The endpoint or connection string last set.</summary>
    public SdkValue? Endpoint { get; private set; }

    public SdkValue? UniverseDomain { get; private set; }

    public SdkValue? Region { get; private set; }

    /// <summary>An emulator member selects the local emulator, whatever else is set.</summary>
    public bool Emulator { get; private set; }

    /// <summary>The first expression that may set the target unseen (a configuration object, a delegate, a call receiving the options).</summary>
    public IOperation? Unknown { get; private set; }

    /// <summary>Records <paramref name="value"/> as the latest value of its kind.</summary>
    public void Set(SdkValueKind kind, SdkValue value)
    {
        if (kind == SdkValueKind.UniverseDomain)
        {
            UniverseDomain = value;
        }
        else if (kind == SdkValueKind.Region)
        {
            Region = value;
        }
        else
        {
            Endpoint = value;
        }
    }

    public void SelectEmulator() => Emulator = true;

    public void MarkUnknown(IOperation source) => Unknown ??= source;
}
