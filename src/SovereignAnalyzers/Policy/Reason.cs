namespace SovereignAnalyzers.Policy;

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
