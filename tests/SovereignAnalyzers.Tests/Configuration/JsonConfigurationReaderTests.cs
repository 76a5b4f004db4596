using SovereignAnalyzers.Configuration;

namespace SovereignAnalyzers.Tests.Configuration;

public class JsonConfigurationReaderTests
{
    private static void Reads(string json, params string[] expected)
        => ReaderAssert.Equal(json, JsonConfigurationReader.Read(json), expected);

    [Fact]
    public void Reads_string_values_with_their_configuration_keys_and_never_property_names()
        => Reads(
            """
            {
              "AzureStorage": { "ServiceUrl": "https://s3.amazonaws.com", "Retries": 3, "Enabled": true },
              "https://s3.amazonaws.com": null,
              "AllowedHosts": [ "a.example", { "Name": "b" } ]
            }
            """,
            "AzureStorage:ServiceUrl | https://s3.amazonaws.com | \"https://s3.amazonaws.com\"",
            "AllowedHosts:0 | a.example | \"a.example\"",
            "AllowedHosts:1:Name | b | \"b\"");

    [Fact]
    public void Accepts_comments_trailing_commas_and_a_bom_as_aspnet_core_does()
        => Reads(
            "\uFEFF{\r\n  // \"Commented\": \"https://old.example\",\r\n  /* \"Block\": \"x\" */\r\n  \"A\": \"v\",\r\n  \"L\": [ \"w\", ],\r\n}\r\n",
            "A | v | \"v\"",
            "L:0 | w | \"w\"");

    [Fact]
    public void Decodes_escapes_and_locates_the_whole_string_token()
        => Reads(
            """{ "Url": "https:\/\/s3\u002eamazonaws.com" }""",
            "Url | https://s3.amazonaws.com | \"https:\\/\\/s3\\u002eamazonaws.com\"");

    [Fact]
    public void Reads_a_document_that_is_only_a_string()
        => Reads("\"https://s3.amazonaws.com\"", "- | https://s3.amazonaws.com | \"https://s3.amazonaws.com\"");

    [Fact]
    public void Keeps_reading_the_values_of_a_truncated_document()
        => Reads(
            """
            {
              "Storage": { "Url": "https://s3.amazonaws.com", "Bucket": "exports" },
              "Logging": { "Endpoint": "https://logs.example
            """,
            "Storage:Url | https://s3.amazonaws.com | \"https://s3.amazonaws.com\"",
            "Storage:Bucket | exports | \"exports\"");

    [Fact]
    public void Does_not_take_property_names_for_values_in_a_broken_document()
        => Reads(
            """
            {
              "https://s3.amazonaws.com" : "x",
              "Broken": ,, "y" "z"
              "Arr": [ "a", "b" "Bad\q": 1
            """,
            "https://s3.amazonaws.com | x | \"x\"",
            "- | y | \"y\"",
            "- | z | \"z\"",
            "Arr:0 | a | \"a\"",
            "Arr:1 | b | \"b\"");

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\": \"unterminated")]
    [InlineData("/* never closed \"x\"")]
    [InlineData("]]]}}}\"")]
    [InlineData("{\"a\":\n\"broken\nline\"}")]
    public void Reads_nothing_from_text_without_a_complete_value(string json)
        => Assert.Empty(JsonConfigurationReader.Read(json));

    [Fact]
    public void Reads_deep_nesting_to_its_end_naming_the_first_levels()
    {
        var json = new string('[', 100_000) + "\"x\"" + new string(']', 100_000) + "\"after\"";
        ReaderAssert.Equal(
            json,
            JsonConfigurationReader.Read(json),
            string.Join(":", Enumerable.Repeat("0", 128)) + " | x | \"x\"",
            "- | after | \"after\"");
        var unbalanced = new string('{', 100_000);
        Assert.Empty(JsonConfigurationReader.Read(unbalanced));
    }
}
