using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// Something wrong in a policy file (reported as SOV0900): where, and a message saying what is wrong and
/// what is expected, in the language chosen when it is displayed.
/// </summary>
internal sealed class PolicyError
{
    public PolicyError(PolicyLocation location, LocalizedText message)
    {
        Location = location;
        Message = message;
    }

    public PolicyLocation Location { get; }

    public LocalizedText Message { get; }

    public override string ToString()
        => Location.Path + "@" + Location.Start + ": " + Message.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
