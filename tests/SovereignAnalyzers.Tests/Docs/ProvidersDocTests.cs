using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Docs;

public class ProvidersDocTests
{
    [Fact]
    public void Providers_doc_is_generated_from_the_catalog()
        => GoldenFile.Check(
            RepositoryPaths.Get("docs", "providers.md"),
            ProvidersDocGenerator.Generate(ProviderCatalog.BuiltIn),
            "SOVEREIGN_UPDATE_DOCS=1 dotnet test tests/SovereignAnalyzers.Tests --filter ProvidersDoc");
}
