using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Docs;

/// <summary>Every SDK rule has its page, its README row, and the format of sdks.json is documented.</summary>
public class SdkDocsTests
{
    public static TheoryData<string> Rules => new() { RuleIds.SdkClientTarget, RuleIds.SdkRuntimeEndpoint, RuleIds.SdkReference };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_has_a_page_and_a_readme_row(string id)
    {
        var descriptor = new DiagnosticDescriptor[] { Descriptors.SdkClientTarget, Descriptors.SdkRuntimeEndpoint, Descriptors.SdkReference }.Single(d => d.Id == id);
        Assert.EndsWith("docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var page = File.ReadAllText(RepositoryPaths.Get("docs", "rules", id + ".md"));
        Assert.StartsWith("# " + id + ": " + descriptor.Title, page, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic." + id + ".severity", page, StringComparison.Ordinal);
        Assert.Contains("[" + id + "](docs/rules/" + id + ".md)", File.ReadAllText(RepositoryPaths.Get("README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sdks_json_format_is_documented()
    {
        var doc = File.ReadAllText(RepositoryPaths.Get("docs", "catalog-format.md"));
        Assert.Contains("## sdks.json", doc, StringComparison.Ordinal);
        foreach (var key in new[] { "`provider`", "`publisher`", "`source`", "`assemblies`", "`supportAssemblies`", "`clients`", "`factories`", "`builders`", "`registrations`", "`parameters`", "`members`", "`regions`", "`services`", "`emulators`", "defaultsFrom", "clientStatic", "returnType", "hostTemplate", "partitions", "suffixNamespaces", "memberType" })
        {
            Assert.Contains(key, doc, StringComparison.Ordinal);
        }
    }
}
