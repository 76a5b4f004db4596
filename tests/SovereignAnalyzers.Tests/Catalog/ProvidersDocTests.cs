using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Catalog;

public class ProvidersDocTests
{
    [Fact]
    public void Providers_doc_is_generated_from_the_catalog()
    {
        var path = RepositoryPaths.Get("docs", "providers.md");
        var expected = ProvidersDocGenerator.Generate(ProviderCatalog.BuiltIn);
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : string.Empty;
        if (actual != expected && RepositoryPaths.UpdateDocs)
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(actual == expected, "docs/providers.md is stale: run `SOVEREIGN_UPDATE_DOCS=1 dotnet test tests/SovereignAnalyzers.Tests --filter ProvidersDoc` and commit the result.");
    }
}
