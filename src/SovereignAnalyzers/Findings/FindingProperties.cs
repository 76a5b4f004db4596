using System.Collections.Immutable;
using System.Text;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Rules;

/// <summary>
/// The properties every sovereignty diagnostic carries. Code fixes and SARIF consumers read these
/// instead of analysing again; in a SARIF log they make a per-project sovereignty inventory.
/// </summary>
internal static class FindingProperties
{
    public const string ProviderId = "providerId";
    public const string ProviderName = "providerName";
    public const string Jurisdiction = "jurisdiction";
    public const string Laws = "laws";
    public const string ServiceKind = "serviceKind";
    public const string Region = "region";
    public const string Host = "host";
    public const string Reasons = "reasons";
    public const string Alternatives = "alternatives";
    public const string CatalogVersion = "catalogVersion";

    /// <summary>SDK findings: the SDK family (sdks.json id) and the client, e.g. <c>AmazonS3Client</c>.</summary>
    public const string SdkFamily = "sdkFamily";
    public const string Client = "client";
    public const string Assembly = "assembly";
    /// <summary>The configuration setting that holds the endpoint (SOV0004), e.g. <c>ConnectionStrings:Storage</c>.</summary>
    public const string Setting = "setting";

    public static ImmutableDictionary<string, string?> Create(PolicyEvaluation evaluation, Target target, string? host, Verdict verdict, System.Collections.Generic.IReadOnlyList<Target> alternatives)
    {
        var provider = target.Provider;
        var laws = new StringBuilder();
        foreach (var law in provider.Laws)
        {
            laws.Append(laws.Length == 0 ? string.Empty : ",").Append(law.LawId);
        }

        var reasons = new StringBuilder();
        foreach (var reason in verdict.Reasons)
        {
            reasons.Append(reasons.Length == 0 ? string.Empty : ",").Append(reason.Code);
        }

        var alternativeIds = new StringBuilder();
        foreach (var alternative in alternatives)
        {
            alternativeIds.Append(alternativeIds.Length == 0 ? string.Empty : ",").Append(alternative.Provider.Id);
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder[ProviderId] = provider.Id;
        builder[ProviderName] = provider.Name;
        builder[Jurisdiction] = provider.Entity.Jurisdiction;
        builder[Laws] = laws.ToString();
        builder[ServiceKind] = target.Service?.Kind;
        builder[Region] = target.Region;
        builder[Host] = host;
        builder[Reasons] = reasons.ToString();
        builder[Alternatives] = alternativeIds.ToString();
        builder[CatalogVersion] = evaluation.Catalog.Version;
        return builder.ToImmutable();
    }
}
