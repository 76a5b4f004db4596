using SovereignAnalyzers.Configuration;

namespace SovereignAnalyzers.Tests.Configuration;

/// <summary>Renders what a reader found as "setting | decoded value | text at the value's span", in file order.</summary>
internal static class ReaderAssert
{
    public static string[] Render(string text, IEnumerable<ConfigurationValue> values)
        => values.Select(v => $"{v.Setting ?? "-"} | {v.Text} | {text.Substring(v.Start, v.Length)}").ToArray();

    public static void Equal(string text, IEnumerable<ConfigurationValue> values, params string[] expected)
        => Assert.Equal(expected, Render(text, values));
}
