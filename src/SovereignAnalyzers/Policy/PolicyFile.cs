namespace SovereignAnalyzers.Policy;

/// <summary>A policy file: its path (as the compilation names it) and its parsed content.</summary>
internal sealed class PolicyFile
{
    public PolicyFile(string path, PolicyDocument document)
    {
        Path = path;
        Document = document;
    }

    public string Path { get; }

    public PolicyDocument Document { get; }
}
