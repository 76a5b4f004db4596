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
    [InlineData("\uE000bücket.s3.amazonaws.com", "\uE000xn--bcket-kva.s3.amazonaws.com")]
    [InlineData("\uE000.Bücket\u3002Example\uFF0Ecom", "\uE000.xn--bcket-kva.example.com")]
    [InlineData("ab\uE000ü\uE000C.münchen.example", "ab\uE000xn--tda\uE000c.xn--mnchen-3ya.example")]
    public void Normalizes_non_ascii_hosts_with_unknown_parts_around_the_holes(string input, string expected)
        => Assert.Equal(expected, HostName.Normalize(input));

    [Theory]
    [InlineData("\uE000bü cket.example.com")]
    [InlineData("\uE000ü..example.com")]
    public void Rejects_non_ascii_hosts_with_unknown_parts_that_are_not_hosts(string input) => Assert.Null(HostName.Normalize(input));

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
