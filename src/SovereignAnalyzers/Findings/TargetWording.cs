namespace SovereignAnalyzers.Findings;

/// <summary>How SOV0002's message names the target.</summary>
internal enum TargetWording
{
    /// <summary>As the catalog describes it.</summary>
    AsDescribed,

    /// <summary>As the SDK's default target: nothing in the code sets the endpoint.</summary>
    SdkDefault,

    /// <summary>As the target of any region: the region is only known at run time, every one of them reaches the provider.</summary>
    AnyRegion,
}
