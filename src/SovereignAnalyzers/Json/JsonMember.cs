namespace SovereignAnalyzers.Json;

/// <summary>One <c>"name": value</c> pair of an object, with the position of its name.</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, int nameStart, int nameLength, JsonValue value)
    {
        Name = name;
        NameStart = nameStart;
        NameLength = nameLength;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameLength { get; }

    public JsonValue Value { get; }
}
