using SovereignAnalyzers.Configuration;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Tests.Configuration;

/// <summary>
/// Every reader, on garbage and on every prefix of real files: no exception, every span inside the text,
/// and the endpoint extractor survives whatever value comes out.
/// </summary>
public class ReaderRobustnessTests
{
    public static TheoryData<string> Formats => new()
    {
        nameof(ConfigurationFormat.Json), nameof(ConfigurationFormat.Xml), nameof(ConfigurationFormat.Env), nameof(ConfigurationFormat.PlainText),
    };

    private const string AppSettings = """
        {
          // comment
          "ConnectionStrings": { "Db": "Server=tcp:x.database.windows.net,1433;Password=a\"b" },
          "Urls": [ "https:\/\/s3.amazonaws.com", { "Nested": "v" }, ],
          /* block */ "Flag": true, "N": -1.5e3
        }
        """;

    private const string WebConfig = """
        <?xml version="1.0"?>
        <!DOCTYPE c [ <!ENTITY e "x"> ]>
        <configuration xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="a b">
          <!-- <add key="x" value="y" /> -->
          <add key="K" value='https://s3.amazonaws.com/?a=1&amp;b=&#x32;' />
          <v><![CDATA[ raw & text ]]> text &lt; more </v>
        </configuration>
        """;

    private const string Env = """
        # comment
        export A="quoted \" value" # trailing
        B='single'
        C=plain value # comment
        D="multi
        line"
        """;

    private static void AssertSane(string text, ConfigurationFormat format)
    {
        foreach (var value in ConfigurationFile.ReadValues(format, text))
        {
            Assert.InRange(value.Start, 0, text.Length);
            Assert.InRange(value.Length, 1, text.Length - value.Start);
            _ = EndpointExtractor.Extract(value.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_prefix_of_a_real_file_reads_without_error(string formatName)
    {
        var format = Enum.Parse<ConfigurationFormat>(formatName);
        foreach (var file in new[] { AppSettings, WebConfig, Env, AppSettings.Replace("\n", "\r\n", StringComparison.Ordinal) })
        {
            for (var length = 0; length <= file.Length; length++)
            {
                AssertSane(file.Substring(0, length), format);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Random_text_and_binary_read_without_error(string formatName)
    {
        var format = Enum.Parse<ConfigurationFormat>(formatName);
        var random = new Random(20261128 + (int)format);
        for (var i = 0; i < 400; i++)
        {
            AssertSane(Junk.Soup(random, random.Next(0, 300)), format);
        }

        foreach (var sample in Junk.Samples(random))
        {
            AssertSane(sample, format);
        }
    }
}
