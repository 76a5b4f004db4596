namespace SovereignAnalyzers.Policy;

/// <summary>A value read from a policy file, with its span in that file's text (for located diagnostics).</summary>
internal readonly struct Located<T>
{
    public Located(T value, int start, int length)
    {
        Value = value;
        Start = start;
        Length = length;
    }

    public T Value { get; }

    /// <summary>Offset of the value's first character in its file's text.</summary>
    public int Start { get; }

    public int Length { get; }
}
