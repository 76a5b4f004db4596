namespace SovereignAnalyzers.Tests.Configuration;

/// <summary>Deterministic garbage for robustness tests: binary bytes, and text made of the formats' own punctuation.</summary>
internal static class Junk
{
    private const string Punctuation = "{}[]\",:/\\*<>!?-=#'`&;$|\r\n\t .abc01xX";

    private static readonly string[] Fragments =
    {
        "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "<!DOCTYPE", "&amp;", "&#x", "\\u00", "//", "/*", "*/",
        "export ", "=\"", "\":", "xmlns=", "https://", "example.org", "\uFEFF", "\uD800", "\r\n",
    };

    /// <summary>A few binary blobs (with NUL bytes) and punctuation soups, always the same for a seed.</summary>
    public static IEnumerable<string> Samples(Random random)
    {
        for (var i = 0; i < 3; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            yield return new string(bytes.Select(b => (char)b).ToArray());
        }

        for (var i = 0; i < 5; i++)
        {
            yield return Soup(random, random.Next(1, 2000));
        }
    }

    public static string Soup(Random random, int length)
    {
        var builder = new System.Text.StringBuilder(length);
        while (builder.Length < length)
        {
            if (random.Next(4) == 0)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }
            else
            {
                builder.Append(Punctuation[random.Next(Punctuation.Length)]);
            }
        }

        return builder.ToString();
    }
}
