using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace SovereignAnalyzers.Findings;

/// <summary>
/// The properties every sovereignty diagnostic carries (the findings contract, docs/findings.md). Code fixes,
/// the command line and SARIF consumers read these instead of analysing again; in a SARIF log they make a
/// per-project sovereignty inventory.
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

    /// <summary>The path of the policy in force; empty for the built-in default policy.</summary>
    public const string PolicyFile = "policyFile";

    /// <summary>Where the host is written, in characters from the start of the diagnostic's span (absent when it is not written there literally).</summary>
    public const string HostStart = "hostStart";
    public const string HostLength = "hostLength";

    /// <summary>The API the target's service speaks (<c>s3</c>, <c>azure-blob</c>, <c>gcs</c>); empty when the catalog does not say.</summary>
    public const string Api = "api";

    /// <summary><c>providerId|region|endpoint|api</c> per allowed alternative, <c>;</c>-separated.</summary>
    public const string AlternativeEndpoints = "alternativeEndpoints";

    /// <summary>SOV0002/SOV0003: <c>literal</c>, <c>region</c>, <c>default</c>, <c>universeDomain</c>, <c>connectionString</c> or <c>runtime</c>.</summary>
    public const string DecidedBy = "decidedBy";

    /// <summary>SDK findings: the SDK family (sdks.json id) and the client, e.g. <c>AmazonS3Client</c>.</summary>
    public const string SdkFamily = "sdkFamily";
    public const string Client = "client";
    public const string Assembly = "assembly";

    /// <summary>The configuration setting that holds the endpoint (SOV0004), e.g. <c>ConnectionStrings:Storage</c>.</summary>
    public const string Setting = "setting";

    /// <summary>The properties of <paramref name="finding"/>.</summary>
    public static ImmutableDictionary<string, string?> Of(Finding finding)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        var target = finding.Target;
        var provider = target?.Provider;
        builder[ProviderId] = provider?.Id;
        builder[ProviderName] = provider?.Name;
        builder[Jurisdiction] = provider?.Entity.Jurisdiction;
        builder[Laws] = provider is null ? string.Empty : Join(provider.Laws, law => law.LawId);
        builder[ServiceKind] = target?.Service?.Kind;
        builder[Region] = target?.Region;
        builder[Host] = finding.Host;
        builder[Reasons] = Join(finding.Verdict.Reasons, reason => reason.Code);
        builder[Alternatives] = Join(finding.Alternatives, alternative => alternative.Provider.Id);
        builder[CatalogVersion] = finding.CatalogVersion;
        builder[PolicyFile] = finding.PolicyFile;
        builder[Api] = target?.Service?.Api ?? string.Empty;
        builder[AlternativeEndpoints] = AlternativeEndpointsOf(finding);
        if (finding.HostPosition is { } position)
        {
            builder[HostStart] = position.Start.ToString(CultureInfo.InvariantCulture);
            builder[HostLength] = position.Length.ToString(CultureInfo.InvariantCulture);
        }

        if (finding.DecidedBy is { } decidedBy)
        {
            builder[DecidedBy] = Code(decidedBy);
        }

        switch (finding.Kind)
        {
            case FindingKind.SdkClientTarget:
            case FindingKind.SdkRuntimeEndpoint:
                builder[SdkFamily] = finding.SdkFamily;
                builder[Client] = finding.Client;
                break;
            case FindingKind.SdkReference:
                builder[SdkFamily] = finding.SdkFamily;
                builder[Assembly] = finding.Assembly;
                break;
            case FindingKind.ConfigurationEndpoint:
                builder[Setting] = finding.Setting;
                break;
        }

        return builder.ToImmutable();
    }

    /// <summary>The <c>decidedBy</c> value of a decision.</summary>
    public static string Code(TargetDecision decision) => decision switch
    {
        TargetDecision.Literal => "literal",
        TargetDecision.Region => "region",
        TargetDecision.Default => "default",
        TargetDecision.UniverseDomain => "universeDomain",
        TargetDecision.ConnectionString => "connectionString",
        _ => "runtime",
    };

    private static string AlternativeEndpointsOf(Finding finding)
    {
        var builder = new StringBuilder();
        foreach (var alternative in finding.AlternativeEndpoints)
        {
            builder.Append(builder.Length == 0 ? string.Empty : ";")
                .Append(alternative.ProviderId).Append('|')
                .Append(alternative.Region).Append('|')
                .Append(alternative.Endpoint).Append('|')
                .Append(alternative.Api);
        }

        return builder.ToString();
    }

    private static string Join<T>(IReadOnlyList<T> items, System.Func<T, string> value)
    {
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            builder.Append(builder.Length == 0 ? string.Empty : ",").Append(value(item));
        }

        return builder.ToString();
    }
}
