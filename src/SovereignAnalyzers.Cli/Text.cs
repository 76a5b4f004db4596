using System.Globalization;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli;

/// <summary>The tool's messages, in the user's language (English, or French when the UI culture is French).</summary>
internal static class Text
{
    /// <summary>The language messages are shown in (diagnostic messages included).</summary>
    public static CultureInfo Language => CultureInfo.CurrentUICulture;

    /// <summary>A number as the user's culture writes it.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.CurrentCulture);

    public static string Get(string name)
        => CliStrings.ResourceManager.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    public static string Format(string name, params object?[] args)
        => string.Format(CultureInfo.CurrentCulture, Get(name), args);
}
