using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Tests.Endpoints;

/// <summary>Which texts and hosts designate the developer's own machine.</summary>
public class LoopbackHostTests
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:4566")]
    [InlineData("localhost/bucket")]
    [InlineData("http://localhost")]
    [InlineData("http://localhost:4566")]
    [InlineData("https://localhost/path")]
    [InlineData("Server=localhost;Port=5432")]
    [InlineData("Endpoint=localhost:9000")]
    [InlineData("redis://user@localhost:6379")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1")]
    [InlineData("DefaultEndpointsProtocol=http;BlobEndpoint=127.0.0.1:10000")]
    [InlineData("http://[::1]:8080")]
    [InlineData("http://0.0.0.0:9000")]
    public void Texts_naming_the_local_machine(string text)
        => Assert.True(LoopbackHost.IsNamedIn(text));

    [Theory]
    [InlineData("localhostile.example.com")]
    [InlineData("https://localhost.evil.example")]
    [InlineData("https://s3.eu-west-3.amazonaws.com")]
    [InlineData("https://my127.example.com")]
    [InlineData("AccountName=devstoreaccount1;AccountKey=abc")]
    [InlineData("")]
    public void Texts_not_naming_the_local_machine(string text)
        => Assert.False(LoopbackHost.IsNamedIn(text));

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("minio.localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.10.0.3", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("host.docker.internal", true)]
    [InlineData("localhost.example.com", false)]
    [InlineData("mylocalhost", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("s3.amazonaws.com", false)]
    [InlineData("host.docker.internal.example.com", false)]
    public void Hosts_of_the_local_machine(string host, bool expected)
        => Assert.Equal(expected, LoopbackHost.Is(host));
}
