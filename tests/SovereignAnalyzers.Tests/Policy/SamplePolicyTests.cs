using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>SovereignApp's policy requires SecNumCloud; OVHcloud's object storage passes only by its documented exception.</summary>
public class SamplePolicyTests
{
    [Fact]
    public void SovereignApp_meets_secnumcloud_except_for_its_documented_backup()
    {
        var path = RepositoryPaths.Get("samples", "SovereignApp", "sovereignty.json");
        var result = PolicyReader.Read(File.ReadAllText(path), path, ProviderCatalog.BuiltIn);
        Assert.Empty(result.Errors);
        var evaluation = new PolicyEvaluation(ProviderCatalog.BuiltIn, result.Policy!, TestEnvironment.Today);

        var archive = Match(evaluation, "https://oos.cloudgouv-eu-west-1.outscale.com");
        Assert.True(evaluation.Evaluate(new Target(archive.Provider, archive.Service, archive.Region)).IsAllowed);

        var backup = Match(evaluation, "https://s3.gra.io.cloud.ovh.net");
        var verdict = evaluation.Evaluate(new Target(backup.Provider, backup.Service, backup.Region));
        Assert.Equal("not-qualified:secnumcloud", Assert.Single(verdict.Reasons).Code);
        Assert.True(evaluation.IsExcepted(backup, RepositoryPaths.Get("samples", "SovereignApp", "ExportTargets.cs")));
        Assert.Empty(evaluation.ExpiredExceptions);
    }

    private static EndpointMatch Match(PolicyEvaluation evaluation, string url)
        => EndpointExtractor.Extract(url).Select(evaluation.Hosts.Classify).Single(m => m is not null)!;
}
