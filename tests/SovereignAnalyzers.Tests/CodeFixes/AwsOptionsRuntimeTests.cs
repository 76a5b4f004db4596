using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.DependencyInjection;

namespace SovereignAnalyzers.Tests.CodeFixes;

/// <summary>
/// What the registration fix writes, run through the real AWSSDK.Extensions.NETCore.Setup: the package has no
/// typed property for S3's own settings in <c>DefaultClientConfig</c>, and the fix relies on it applying
/// <c>ServiceSpecificSettings</c> by name to the service's config.
/// </summary>
public sealed class AwsOptionsRuntimeTests
{
    [Fact]
    public void The_options_the_fix_writes_give_an_s3_client_with_the_endpoint_path_style_and_checksum_settings()
    {
        var services = new ServiceCollection();
        services.AddAWSService<IAmazonS3>(new AWSOptions
        {
            Credentials = new BasicAWSCredentials("id", "secret"),
            DefaultClientConfig =
            {
                ServiceURL = "https://oos.cloudgouv-eu-west-1.outscale.com",
                ServiceSpecificSettings =
                {
                    ["ForcePathStyle"] = "true",
                    ["RequestChecksumCalculation"] = "WHEN_REQUIRED",
                    ["ResponseChecksumValidation"] = "WHEN_REQUIRED",
                },
            },
        });

        using var provider = services.BuildServiceProvider();
        var config = Assert.IsType<AmazonS3Config>(provider.GetRequiredService<IAmazonS3>().Config);

        Assert.Equal("https://oos.cloudgouv-eu-west-1.outscale.com/", config.ServiceURL);
        Assert.True(config.ForcePathStyle);
        Assert.Equal(RequestChecksumCalculation.WHEN_REQUIRED, config.RequestChecksumCalculation);
        Assert.Equal(ResponseChecksumValidation.WHEN_REQUIRED, config.ResponseChecksumValidation);
        Assert.Null(config.RegionEndpoint);
    }
}
