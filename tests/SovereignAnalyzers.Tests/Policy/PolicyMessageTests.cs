using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>Policy diagnostics and policy reasons speak the IDE's language: English and French.</summary>
public class PolicyMessageTests
{
    private const string Code = """
        class C
        {
            string Scaleway = "https://my-bucket.s3.fr-par.scw.cloud";
            string Ovh = "https://s3.gra.io.cloud.ovh.net";
            string S3ns = "https://storage.s3nsapis.fr/storage/v1/b/b/o";
        }
        """;

    [Fact]
    public async Task Policy_reasons_are_in_the_ui_language()
    {
        var diagnostics = await RunAsync(
            Code,
            """{ "deny": ["scaleway"], "requiredQualifications": ["secnumcloud"], "allowLicensedTechnology": false, "allow": [] }""");

        Assert.Equal(
            new[]
            {
                "'my-bucket.s3.fr-par.scw.cloud' is an endpoint of Scaleway Object Storage (Scaleway, fr-par, FR): denied by policy; not SecNumCloud 3.2-qualified for this service and region. Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)",
                "'s3.gra.io.cloud.ovh.net' is an endpoint of OVHcloud Object Storage (OVHcloud, gra, FR): not SecNumCloud 3.2-qualified for this service and region. Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)",
                "'storage.s3nsapis.fr' is an endpoint of Cloud Storage (S3NS) (S3NS (Cloud de Confiance), FR): not SecNumCloud 3.2-qualified for this service and region; runs licensed technology from United States",
            },
            InCulture("en", diagnostics));
        Assert.Equal(
            new[]
            {
                "«\u00A0my-bucket.s3.fr-par.scw.cloud\u00A0» pointe vers Scaleway Object Storage (Scaleway, fr-par, FR)\u00A0: refusé par la politique\u202F; non qualifié SecNumCloud 3.2 pour ce service et cette région. Alternatives autorisées par la politique\u00A0: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)",
                "«\u00A0s3.gra.io.cloud.ovh.net\u00A0» pointe vers OVHcloud Object Storage (OVHcloud, gra, FR)\u00A0: non qualifié SecNumCloud 3.2 pour ce service et cette région. Alternatives autorisées par la politique\u00A0: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)",
                "«\u00A0storage.s3nsapis.fr\u00A0» pointe vers Cloud Storage (S3NS) (S3NS (Cloud de Confiance), FR)\u00A0: non qualifié SecNumCloud 3.2 pour ce service et cette région\u202F; exploite une technologie sous licence provenant de\u00A0: United States",
            },
            InCulture("fr-FR", diagnostics));
    }

    [Fact]
    public async Task Policy_errors_and_expired_exceptions_are_in_the_ui_language()
    {
        var diagnostics = await RunAsync(
            "class C { }",
            """{ "alow": [] }""");
        Assert.Equal(
            "Unknown key 'alow' in the policy: did you mean 'allow'? The built-in default policy applies until this is fixed.",
            Assert.Single(InCulture("en", diagnostics)));
        Assert.Equal(
            "Clé inconnue 'alow' dans la politique\u00A0: vouliez-vous dire 'allow'\u202F? La politique par défaut intégrée s'applique tant que ce n'est pas corrigé.",
            Assert.Single(InCulture("fr-FR", diagnostics)));

        diagnostics = await RunAsync(
            "class C { }",
            """{ "exceptions": [ { "provider": "aws", "justification": "x", "expires": "2026-01-31" } ] }""");
        Assert.Equal(
            "L'exception pour aws (responsable\u00A0: aucun) a expiré le 2026-01-31. Elle ne s'applique plus\u00A0: renouvelez-la avec une date 'expires' ultérieure ou supprimez-la",
            Assert.Single(InCulture("fr-FR", diagnostics)));
        Assert.Equal("Une exception de la politique a expiré", InCulture("fr-FR", () => diagnostics[0].Descriptor.Title.ToString()));
    }

    [Fact]
    public async Task Json_syntax_errors_are_in_the_ui_language_too()
    {
        var diagnostics = await RunAsync("class C { }", """{ "allow": ["aws"] "deny": [] }""");
        Assert.Equal(
            "La politique n'est pas du JSON valide\u00A0: «\u00A0,\u00A0» ou «\u00A0}\u00A0» est attendu dans l'objet\u202F; trouvé\u00A0: '\"'. La politique par défaut intégrée s'applique tant que ce n'est pas corrigé.",
            Assert.Single(InCulture("fr-FR", diagnostics)));
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string code, string policy)
        => await AnalyzerRunner.RunAsync(await AnalyzerRunner.CompileAsync(code), AllAnalyzers.Create(), new InMemoryAdditionalText("sovereignty.json", policy));

    /// <summary>The messages as an IDE set to <paramref name="culture"/> shows them (through the current UI culture).</summary>
    private static string[] InCulture(string culture, ImmutableArray<Diagnostic> diagnostics)
        => InCulture(culture, () => diagnostics.Select(d => d.GetMessage()).ToArray());

    private static T InCulture<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
