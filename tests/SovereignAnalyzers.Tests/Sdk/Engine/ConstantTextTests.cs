using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Sdk;

namespace SovereignAnalyzers.Tests.Sdk.Engine;

/// <summary>Folding string expressions into the text they stand for, with a hole per run-time part.</summary>
public class ConstantTextTests
{
    private const string Source = """
        class C
        {
            const string Domain = "amazonaws.com";

            void M(string bucket, int port)
            {
                var constant = "https://s3.eu-west-3." + Domain;
                var concatenated = "https://" + bucket + ".s3." + Domain + "/key";
                var interpolated = $"https://{bucket}.s3.{Domain}:{port}";
                var nothingConstant = bucket + bucket;
                var onlyHoles = $"{bucket}{port}";
            }
        }
        """;

    private static readonly Lazy<Task<EngineSource>> Compiled = new(() => EngineSource.CompileAsync(Source));

    [Theory]
    [InlineData("constant", "https://s3.eu-west-3.amazonaws.com")]
    [InlineData("concatenated", "https://\uE000.s3.amazonaws.com/key")]
    [InlineData("interpolated", "https://\uE000.s3.amazonaws.com:\uE000")]
    public async Task Constant_parts_are_kept_and_run_time_parts_become_holes(string local, string expected)
    {
        var source = await Compiled.Value;
        Assert.True(ConstantText.TryFold(source.InitialValue(local), out var text));
        Assert.Equal(expected.Replace('\uE000', HostName.Hole), text);
    }

    [Theory]
    [InlineData("nothingConstant", "\uE000\uE000")]
    [InlineData("onlyHoles", "\uE000\uE000")]
    public async Task An_expression_without_constant_part_does_not_fold(string local, string holes)
    {
        var source = await Compiled.Value;
        Assert.False(ConstantText.TryFold(source.InitialValue(local), out var text));
        Assert.Equal(holes.Replace('\uE000', HostName.Hole), text);
    }
}
