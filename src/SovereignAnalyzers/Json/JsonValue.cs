using System.Collections.Generic;

namespace SovereignAnalyzers.Json;

/// <summary>A parsed JSON value that remembers where it stands in its text (for located diagnostics).</summary>
internal sealed class JsonValue
{
    private static readonly IReadOnlyList<JsonValue> NoItems = System.Array.Empty<JsonValue>();
    private static readonly IReadOnlyList<JsonMember> NoMembers = System.Array.Empty<JsonMember>();

    private JsonValue(JsonKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    public JsonKind Kind { get; }

    /// <summary>Offset of the value's first character in the source text.</summary>
    public int Start { get; }

    public int Length { get; private set; }

    public string? StringValue { get; private set; }

    public double NumberValue { get; private set; }

    public bool BooleanValue { get; private set; }

    public IReadOnlyList<JsonValue> Items { get; private set; } = NoItems;

    /// <summary>Members in source order; duplicates are kept so that callers can report them.</summary>
    public IReadOnlyList<JsonMember> Members { get; private set; } = NoMembers;

    public static JsonValue Null(int start, int length) => new(JsonKind.Null, start, length);

    public static JsonValue Boolean(bool value, int start, int length) => new(JsonKind.Boolean, start, length) { BooleanValue = value };

    public static JsonValue Number(double value, int start, int length) => new(JsonKind.Number, start, length) { NumberValue = value };

    public static JsonValue String(string value, int start, int length) => new(JsonKind.String, start, length) { StringValue = value };

    public static JsonValue Array(IReadOnlyList<JsonValue> items, int start, int length) => new(JsonKind.Array, start, length) { Items = items };

    public static JsonValue Object(IReadOnlyList<JsonMember> members, int start, int length) => new(JsonKind.Object, start, length) { Members = members };

    /// <summary>The last member with that name (JSON's usual "last one wins"), or null.</summary>
    public JsonMember? GetMember(string name)
    {
        for (var i = Members.Count - 1; i >= 0; i--)
        {
            if (Members[i].Name == name)
            {
                return Members[i];
            }
        }

        return null;
    }

    public JsonValue? Get(string name) => GetMember(name)?.Value;

    public string? GetString(string name)
    {
        var value = Get(name);
        return value is { Kind: JsonKind.String } ? value.StringValue : null;
    }

    public bool? GetBoolean(string name)
    {
        var value = Get(name);
        return value is { Kind: JsonKind.Boolean } ? value.BooleanValue : null;
    }
}
