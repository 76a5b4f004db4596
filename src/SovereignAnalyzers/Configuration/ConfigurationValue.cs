namespace SovereignAnalyzers.Configuration;

/// <summary>
/// A value read from a configuration file: its text as the application will see it (JSON escapes and
/// XML entities decoded, quotes removed), where it is written in the file, and the name of the setting
/// that holds it when the format says so.
/// </summary>
internal readonly struct ConfigurationValue
{
    public ConfigurationValue(string text, int start, int length, string? setting)
    {
        Text = text;
        Start = start;
        Length = length;
        Setting = setting;
    }

    /// <summary>The decoded value.</summary>
    public string Text { get; }

    /// <summary>
    /// Offset in the file of the value as written: a JSON string token or a quoted XML attribute value or
    /// .env value with its quotes, element text or an unquoted value without surrounding blanks.
    /// </summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>
    /// The setting's name: a JSON configuration key (<c>ConnectionStrings:Storage</c>, as ASP.NET Core
    /// names it), an XML <c>key</c>/<c>name</c> attribute or element/attribute name, a .env variable;
    /// null when the file does not name it.
    /// </summary>
    public string? Setting { get; }

    public override string ToString() => (Setting ?? "?") + "=" + Text + " @" + Start + "+" + Length;
}
