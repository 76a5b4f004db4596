using System.Collections.Generic;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Policy;

internal enum ReasonKind
{
    /// <summary>The provider's id is in the policy's <c>deny</c> list.</summary>
    Denied,

    /// <summary>The provider is exposed to a forbidden law (argument: the law).</summary>
    ForbiddenLaw,

    /// <summary>The provider holds none of the required qualifications for this service and region.</summary>
    NotQualified,

    /// <summary>The provider runs foreign technology under licence and the policy refuses that.</summary>
    LicensedTechnology,
}

/// <summary>One reason why a provider is not allowed.</summary>
internal sealed class Reason
{
    public Reason(ReasonKind kind, string argument)
    {
        Kind = kind;
        Argument = argument;
    }

    public ReasonKind Kind { get; }

    /// <summary>Law id, qualification ids, or licensed technology origin, depending on <see cref="Kind"/>.</summary>
    public string Argument { get; }

    /// <summary>A stable machine-readable code, e.g. <c>law:us-cloud-act</c>, for SARIF and code fixes.</summary>
    public string Code => Kind switch
    {
        ReasonKind.Denied => "denied",
        ReasonKind.ForbiddenLaw => "law:" + Argument,
        ReasonKind.NotQualified => "not-qualified:" + Argument,
        _ => "licensed-technology:" + Argument,
    };
}

/// <summary>Whether a provider is allowed under the active policy, and if not, why.</summary>
internal sealed class Verdict
{
    public static readonly Verdict Allowed = new(System.Array.Empty<Reason>());

    public Verdict(IReadOnlyList<Reason> reasons)
    {
        Reasons = reasons;
    }

    public bool IsAllowed => Reasons.Count == 0;

    public IReadOnlyList<Reason> Reasons { get; }
}

/// <summary>A provider, service and region as the policy sees them.</summary>
internal readonly struct Target
{
    public Target(Provider provider, CloudService? service, string? region)
    {
        // A region run by another entity is judged as that entity's: its jurisdiction, its laws, no inherited qualification.
        Provider = provider.OperatorFor(region);
        Service = service;
        Region = region;
    }

    public Provider Provider { get; }

    public CloudService? Service { get; }

    public string? Region { get; }
}
