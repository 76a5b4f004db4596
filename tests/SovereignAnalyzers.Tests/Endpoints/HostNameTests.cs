using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Tests.Endpoints;

public class HostNameTests
{
    [Theory]
    [InlineData("S3.AmazonAWS.COM", "s3.amazonaws.com")]
    [InlineData("s3.amazonaws.com.", "s3.amazonaws.com")]
    [InlineData("münchen.example", "xn--mnchen-3ya.example")]
    [InlineData("a\u3002example\u3002com", "a.example.com")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, HostName.Normalize(input));

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("a..b")]
    [InlineData("a b.com")]
    [InlineData("a/b.com")]
    public void Rejects_what_is_not_a_host(string input) => Assert.Null(HostName.Normalize(input));

    [Fact]
    public void Rejects_overlong_hosts_and_labels()
    {
        Assert.Null(HostName.Normalize(new string('a', 64) + ".com"));
        Assert.Null(HostName.Normalize(string.Join(".", Enumerable.Repeat("abcdefgh", 40))));
    }
}
