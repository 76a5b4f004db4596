using SovereignAnalyzers.Configuration;

namespace SovereignAnalyzers.Tests.Configuration;

public class EnvFileReaderTests
{
    private static void Reads(string env, params string[] expected)
        => ReaderAssert.Equal(env, EnvFileReader.Read(env), expected);

    [Fact]
    public void Reads_right_hand_sides_named_by_their_keys()
        => Reads(
            "\uFEFF# Storage\r\nS3_URL=https://s3.amazonaws.com\r\n\r\nexport SENTRY_DSN = https://k@o1.ingest.sentry.io/1   # prod\r\n  BUCKET=exports#not-a-comment\r\n",
            "S3_URL | https://s3.amazonaws.com | https://s3.amazonaws.com",
            "SENTRY_DSN | https://k@o1.ingest.sentry.io/1 | https://k@o1.ingest.sentry.io/1",
            "BUCKET | exports#not-a-comment | exports#not-a-comment");

    [Fact]
    public void Reads_quoted_values_with_their_quotes_as_the_location()
        => Reads(
            """
            A="https://s3.amazonaws.com/a\"b" # comment
            B='literal\n'
            C=`tick`
            D="multi
            line"
            E=after
            """,
            "A | https://s3.amazonaws.com/a\"b | \"https://s3.amazonaws.com/a\\\"b\"",
            "B | literal\\n | 'literal\\n'",
            "C | tick | `tick`",
            "D | multi\nline | \"multi\nline\"",
            "E | after | after");

    [Fact]
    public void Takes_the_rest_of_the_line_after_an_unterminated_quote()
        => Reads("A=\"https://s3.amazonaws.com\nB=x", "A | https://s3.amazonaws.com | https://s3.amazonaws.com", "B | x | x");

    [Theory]
    [InlineData("")]
    [InlineData("# S3_URL=https://s3.amazonaws.com")]
    [InlineData("   # indented comment")]
    [InlineData("just some prose about https://s3.amazonaws.com")]
    [InlineData("=value without key")]
    [InlineData("KEY=")]
    [InlineData("KEY=   # only a comment")]
    [InlineData("export")]
    public void Reads_nothing_from_lines_without_a_value(string env)
        => Assert.Empty(EnvFileReader.Read(env));
}
