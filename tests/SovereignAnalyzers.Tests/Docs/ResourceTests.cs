using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Docs;

/// <summary>
/// Every message exists in English (Strings.resx, and the code fixes' FixStrings.resx) and French
/// (*.fr.resx), with the same placeholders.
/// </summary>
public partial class ResourceTests
{
    [Theory]
    [InlineData("SovereignAnalyzers/Resources/Strings")]
    [InlineData("SovereignAnalyzers.CodeFixes/Resources/FixStrings")]
    public void English_and_French_have_the_same_resource_names(string resources)
    {
        var english = Load(resources + ".resx");
        var french = Load(resources + ".fr.resx");

        Assert.Empty(english.Keys.Except(french.Keys).Select(k => $"{k} has no French text"));
        Assert.Empty(french.Keys.Except(english.Keys).Select(k => $"{k} exists only in French"));
    }

    [Theory]
    [InlineData("SovereignAnalyzers/Resources/Strings")]
    [InlineData("SovereignAnalyzers.CodeFixes/Resources/FixStrings")]
    public void English_and_French_texts_use_the_same_placeholders(string resources)
    {
        var english = Load(resources + ".resx");
        var french = Load(resources + ".fr.resx");

        var mismatches = english.Keys.Intersect(french.Keys)
            .Where(k => !Placeholders(english[k]).SetEquals(Placeholders(french[k])))
            .Select(k => $"{k}: en {{{string.Join("}, {", Placeholders(english[k]).Order())}}} vs fr {{{string.Join("}, {", Placeholders(french[k]).Order())}}}")
            .ToList();
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("SovereignAnalyzers/Resources/Strings")]
    [InlineData("SovereignAnalyzers.CodeFixes/Resources/FixStrings")]
    public void No_text_is_empty(string resources)
    {
        foreach (var file in new[] { resources + ".resx", resources + ".fr.resx" })
        {
            Assert.Empty(Load(file).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{file}: {e.Key} is empty"));
        }
    }

    /// <summary>Descriptors name their texts after the rule id (<c>SOV0001Title</c>, …): a rule without them would show an empty title.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Every_rule_has_a_title_a_message_and_a_description(string language)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo(language);
        Assert.NotEmpty(AllAnalyzers.Descriptors);
        foreach (var descriptor in AllAnalyzers.Descriptors)
        {
            foreach (var (part, text) in new[] { ("Title", descriptor.Title), ("Message", descriptor.MessageFormat), ("Description", descriptor.Description) })
            {
                Assert.True(
                    SovereignAnalyzers.Resources.Strings.ResourceManager.GetString(descriptor.Id + part, culture) is { Length: > 0 } expected && text.ToString(culture) == expected,
                    $"{descriptor.Id}: no {language} {part} ({descriptor.Id}{part} in Strings.resx)");
            }
        }
    }

    [Theory]
    [InlineData("'{0}' is {1}: {2}", new[] { 0, 1, 2 })]
    [InlineData("{1:yyyy-MM-dd} and {0,5} but not {{2}}", new[] { 0, 1 })]
    [InlineData("no placeholder", new int[0])]
    public void Placeholders_are_read_with_their_format_and_without_escaped_braces(string text, int[] expected)
        => Assert.Equal(expected, Placeholders(text).Order());

    private static Dictionary<string, string> Load(string file)
        => XDocument.Load(RepositoryPaths.Get(["src", .. file.Split('/')])).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<int> Placeholders(string text)
        => PlaceholderPattern().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();

    [GeneratedRegex(@"\{(\d+)(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}

/// <summary>French texts follow French typography: a no-break space before ';', ':', '!', '?' and inside guillemets.</summary>
public class FrenchTypographyTests
{
    [Fact]
    public void French_texts_put_a_no_break_space_before_high_punctuation()
    {
        var french = XDocument.Load(Path.Combine(RepositoryPaths.Get("src", "SovereignAnalyzers", "Resources"), "Strings.fr.resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);

        var wrong = french
            .Where(e => Regex.IsMatch(e.Value, @"( [;:!?])|(« )|( »)|([^\s\u00A0\u202F«'""\(\[{/\\][;!?](\s|$))"))
            .Select(e => $"{e.Key}: {e.Value}")
            .ToList();
        Assert.Empty(wrong);
    }
}
