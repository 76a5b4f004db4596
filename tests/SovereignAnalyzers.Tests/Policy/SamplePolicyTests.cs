using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>SovereignApp's policy requires SecNumCloud; what does not meet it passes only by a documented exception.</summary>
public class SamplePolicyTests
{
    [Theory]
    [InlineData("https://oos.cloudgouv-eu-west-1.outscale.com", "ExportTargets.cs", false)]
    [InlineData("https://s3.gra.io.cloud.ovh.net", "ExportTargets.cs", true)]
    [InlineData("postgresql-7f3c1a2b-o4d5e6f7.database.cloud.ovh.net", "appsettings.json", true)]
    [InlineData("ssl0.ovh.net", "appsettings.json", true)]
    [InlineData("https://s3.fr-par.scw.cloud", "appsettings.json", true)]
    public void SovereignApp_meets_secnumcloud_or_says_why_not(string endpoint, string file, bool byException)
    {
        var folder = RepositoryPaths.Get("samples", "SovereignApp");
        var path = Path.Combine(folder, "sovereignty.json");
        var result = PolicyReader.Read(File.ReadAllText(path), path, ProviderCatalog.BuiltIn);
        Assert.Empty(result.Errors);
        var evaluation = new PolicyEvaluation(ProviderCatalog.BuiltIn, result.Policy!, TestEnvironment.Today);
        Assert.Empty(evaluation.ExpiredExceptions);

        var match = Match(evaluation, endpoint);
        var verdict = evaluation.Evaluate(new Target(match.Provider, match.Service, match.Region));
        Assert.Equal(byException ? "not-qualified:secnumcloud" : string.Empty, string.Join(",", verdict.Reasons.Select(r => r.Code)));
        Assert.Equal(byException, evaluation.IsExcepted(match, Path.Combine(folder, file)));
    }

    private static EndpointMatch Match(PolicyEvaluation evaluation, string url)
        => EndpointExtractor.Extract(url).Select(c => evaluation.Hosts.Classify(c)).Single(m => m is not null)!;
}
