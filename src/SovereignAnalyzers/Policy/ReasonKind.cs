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
