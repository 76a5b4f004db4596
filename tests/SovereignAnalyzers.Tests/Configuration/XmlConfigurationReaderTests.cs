using SovereignAnalyzers.Configuration;

namespace SovereignAnalyzers.Tests.Configuration;

public class XmlConfigurationReaderTests
{
    private static void Reads(string xml, params string[] expected)
        => ReaderAssert.Equal(xml, XmlConfigurationReader.Read(xml), expected);

    [Fact]
    public void Reads_attribute_values_named_by_their_key_or_name_attribute_which_is_no_value()
        => Reads(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="ExportUrl" value="https://s3.amazonaws.com/exports" />
              </appSettings>
              <connectionStrings>
                <add connectionString='Server=db.example;Database=x' name="Main" />
              </connectionStrings>
              <system.serviceModel><client><endpoint address="https://svc.example/api" /></client></system.serviceModel>
            </configuration>
            """,
            "ExportUrl | https://s3.amazonaws.com/exports | \"https://s3.amazonaws.com/exports\"",
            "Main | Server=db.example;Database=x | 'Server=db.example;Database=x'",
            "endpoint/@address | https://svc.example/api | \"https://svc.example/api\"");

    [Fact]
    public void Reads_a_name_alone_on_its_element_as_a_value()
        => Reads(
            """<hosts><host name="s3.amazonaws.com" /><host key="a.example">text</host></hosts>""",
            "host/@name | s3.amazonaws.com | \"s3.amazonaws.com\"",
            "host/@key | a.example | \"a.example\"",
            "a.example | text | text");

    [Fact]
    public void Reads_element_text_and_cdata_named_by_the_element_or_its_parent_key()
        => Reads(
            """
            <configuration>
              <applicationSettings><App.Properties.Settings>
                <setting name="Export" serializeAs="String">
                  <value>  https://s3.amazonaws.com  </value>
                </setting>
              </App.Properties.Settings></applicationSettings>
              <endpoint><![CDATA[Endpoint=https://a.example/?x=1&y=2]]></endpoint>
            </configuration>
            """,
            "Export | String | \"String\"",
            "Export | https://s3.amazonaws.com | https://s3.amazonaws.com",
            "endpoint | Endpoint=https://a.example/?x=1&y=2 | Endpoint=https://a.example/?x=1&y=2");

    [Fact]
    public void Decodes_entities_and_locates_the_value_as_written()
        => Reads(
            """<add key="K" value="Server=db&#x2E;example;Password=a&amp;b&unknown;" /><v>s3&#46;amazonaws.com &lt;x&gt;</v>""",
            "K | Server=db.example;Password=a&b&unknown; | \"Server=db&#x2E;example;Password=a&amp;b&unknown;\"",
            "v | s3.amazonaws.com <x> | s3&#46;amazonaws.com &lt;x&gt;");

    [Fact]
    public void Never_reads_comments_names_declarations_namespaces_or_schema_locations()
        => Reads(
            """
            <?xml-stylesheet href="https://s3.amazonaws.com/style.xsl"?>
            <!DOCTYPE configuration [ <!ENTITY e "https://s3.amazonaws.com"> ]>
            <configuration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"
                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                           xsi:schemaLocation="http://s3.amazonaws.com/doc https://s3.amazonaws.com/doc.xsd"
                           xsi:noNamespaceSchemaLocation="https://s3.amazonaws.com/x.xsd">
              <!-- <add key="Old" value="https://s3.amazonaws.com" /> -->
              <s3.amazonaws.com s3.amazonaws.com="v" />
            </configuration>
            """,
            "s3.amazonaws.com/@s3.amazonaws.com | v | \"v\"");

    [Fact]
    public void Keeps_the_rest_of_a_broken_file()
        => Reads(
            """
            <configuration>
              <add key="Broken" value="https://never.example />
              <add key="Good" value="https://s3.amazonaws.com" />
              <add key="Open" value='x' <add key="Next" value="y"/>
              </wrong></configuration>
              text after the root
            """,
            "Good | https://s3.amazonaws.com | \"https://s3.amazonaws.com\"",
            "Next | y | \"y\"",
            "- | text after the root | text after the root");

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<a")]
    [InlineData("<a b=\"c")]
    [InlineData("<!-- never closed <a b=\"c\"/>")]
    [InlineData("<![CDATA[ never closed")]
    [InlineData("<?pi never closed <a b=\"c\"/>")]
    [InlineData("<!DOCTYPE x [ <a b=\"c\"/>")]
    public void Reads_nothing_from_text_without_a_complete_value(string xml)
        => Assert.Empty(XmlConfigurationReader.Read(xml));

    [Fact]
    public void Stays_linear_on_hostile_nesting()
    {
        var xml = string.Concat(Enumerable.Repeat("<a>", 50_000)) + string.Concat(Enumerable.Repeat("</b>", 50_000)) + "<c d=\"e\"/>";
        ReaderAssert.Equal(xml, XmlConfigurationReader.Read(xml), "c/@d | e | \"e\"");
    }
}
