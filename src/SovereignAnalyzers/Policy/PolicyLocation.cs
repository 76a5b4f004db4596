namespace SovereignAnalyzers.Policy;

/// <summary>A span in a policy file.</summary>
internal readonly struct PolicyLocation
{
    public PolicyLocation(string path, int start, int length)
    {
        Path = path;
        Start = start;
        Length = length;
    }

    public string Path { get; }

    public int Start { get; }

    public int Length { get; }
}
