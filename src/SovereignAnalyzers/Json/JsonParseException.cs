using System;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Json;

/// <summary>Raised for text that is not JSON; <see cref="Position"/> is the offset of the offending character.</summary>
internal sealed class JsonParseException : Exception
{
    public JsonParseException(LocalizedText message, int position)
        : base(message.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Text = message;
        Position = position;
    }

    /// <summary>The message, in the language chosen when it is displayed.</summary>
    public LocalizedText Text { get; }

    public int Position { get; }
}
