using SovereignAnalyzers.CodeFixes.Providers;

namespace SovereignAnalyzers.Tests.CodeFixes;

/// <summary>SOV0002 on an Azure client moved to Bleu: the credential it is created with moves to Bleu's sign-in authority, compiled against the real Azure.Identity and Azure.Core.</summary>
public sealed class AzureCredentialFixContractTests
{
    private const string Header = """
        using System;
        using Azure.Core;
        using Azure.Identity;
        using Azure.Storage.Blobs;

        """;

    private static Dictionary<string, string?> Finding() => new()
    {
        ["providerId"] = "azure",
        ["serviceKind"] = "object-storage",
        ["api"] = "azure-blob",
        ["sdkFamily"] = "azure-sdk",
        ["client"] = "BlobServiceClient",
        ["decidedBy"] = "literal",
        ["alternativeEndpoints"] = "bleu||https://{account}.blob.core.sovcloud-api.fr|azure-blob",
    };

    [Theory]
    // Options written in place: the authority is replaced, the other settings stay.
    [InlineData(
        "new DefaultAzureCredential(new DefaultAzureCredentialOptions { TenantId = \"t\", AuthorityHost = AzureAuthorityHosts.AzurePublicCloud })",
        "new DefaultAzureCredential(new DefaultAzureCredentialOptions\n    {\n        TenantId = \"t\",\n        AuthorityHost = AzureAuthorityHosts.AzureBleuCloud,\n    })")]
    // The overload with the same arguments and the credential's options last.
    [InlineData(
        "new ClientSecretCredential(\"tenant\", \"id\", \"secret\")",
        "new ClientSecretCredential(\"tenant\", \"id\", \"secret\", new ClientSecretCredentialOptions\n    {\n        AuthorityHost = AzureAuthorityHosts.AzureBleuCloud,\n    })")]
    // A credential built elsewhere is not the fix's to change: the host moves, the credential is left as written.
    [InlineData("credential", "credential")]
    public async Task The_credential_moves_to_Bleus_authority_with_the_client(string credential, string expected)
    {
        var source = Header + "static class C\n{\n    static BlobServiceClient Create(TokenCredential credential) => new BlobServiceClient(new Uri(\"https://archive.blob.core.windows.net\"), " + credential + ");\n}\n";
        var harness = await ContractFixHarness.WithCloudSdksAsync(("C.cs", source));
        Assert.Empty(await harness.CompilerErrorsAsync(harness.Solution));
        var client = "new BlobServiceClient(new Uri(\"https://archive.blob.core.windows.net\"), " + credential + ")";
        var diagnostic = await harness.DiagnosticAsync("SOV0002", "C.cs", client, "archive.blob.core.windows.net", Finding());

        var actions = await harness.ActionsAsync(new SdkClientCodeFixProvider(), diagnostic);
        Assert.Equal(new[] { "SOV0002:bleu:", "SOV0002:exception" }, actions.Select(a => a.EquivalenceKey));
        var fixedSolution = await ContractFixHarness.ApplyAsync(actions[0]);

        var expectedSource = source.Replace(credential + ");", expected + ");", StringComparison.Ordinal).Replace("windows.net", "sovcloud-api.fr", StringComparison.Ordinal);
        Assert.Equal(expectedSource, await ContractFixHarness.TextAsync(fixedSolution, "C.cs"));
        Assert.Empty(await harness.CompilerErrorsAsync(fixedSolution));
    }
}
