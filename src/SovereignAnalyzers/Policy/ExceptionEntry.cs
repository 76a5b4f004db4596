using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// An entry of <c>exceptions</c> as written in one policy file; <see cref="Start"/> is its opening brace.
/// <see cref="PolicyComposer"/> turns it into a <see cref="PolicyExceptionEntry"/> of the composed policy.
/// </summary>
internal sealed class ExceptionEntry
{
    public ExceptionEntry(int start, string? host, Located<string>? provider, IReadOnlyList<string> paths, string justification, string? owner, Located<System.DateTime>? expires)
    {
        Start = start;
        Host = host;
        Provider = provider;
        Paths = paths;
        Justification = justification;
        Owner = owner;
        Expires = expires;
    }

    public int Start { get; }

    /// <summary>Normalised host name, or null.</summary>
    public string? Host { get; }

    public Located<string>? Provider { get; }

    public IReadOnlyList<string> Paths { get; }

    public string Justification { get; }

    public string? Owner { get; }

    public Located<System.DateTime>? Expires { get; }
}
