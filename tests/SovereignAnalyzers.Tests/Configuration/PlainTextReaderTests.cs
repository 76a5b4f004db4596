using SovereignAnalyzers.Configuration;

namespace SovereignAnalyzers.Tests.Configuration;

public class PlainTextReaderTests
{
    private static void Reads(string text, params string[] expected)
        => ReaderAssert.Equal(text, PlainTextReader.Read(text), expected);

    [Fact]
    public void Reads_yaml_ini_and_bare_lines()
        => Reads(
            """
            # backup target
            storage:
              host: s3.eu-west-3.amazonaws.com
              url: "https://s3.amazonaws.com/b"
              mirrors:
                - 'mirror.example.org'
            [sentry]
            dsn = https://k@o1.ingest.sentry.io/1
            ; old = x
            // note
            https://plain.example/path
            C:\data\file.txt
            """,
            "host | s3.eu-west-3.amazonaws.com | s3.eu-west-3.amazonaws.com",
            "url | https://s3.amazonaws.com/b | https://s3.amazonaws.com/b",
            "- | mirror.example.org | mirror.example.org",
            "- | [sentry] | [sentry]",
            "dsn | https://k@o1.ingest.sentry.io/1 | https://k@o1.ingest.sentry.io/1",
            "- | https://plain.example/path | https://plain.example/path",
            "- | C:\\data\\file.txt | C:\\data\\file.txt");

    [Fact]
    public void Handles_crlf_and_quoted_keys()
        => Reads("\"quoted key\": v1\r\n'k2' = v2\r\n", "quoted key | v1 | v1", "k2 | v2 | v2");
}
