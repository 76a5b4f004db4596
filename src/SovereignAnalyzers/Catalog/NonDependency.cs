namespace SovereignAnalyzers.Catalog;

/// <summary>Host names that are never endpoints (XML namespaces, schemas, documentation sites, loopback).</summary>
internal sealed class NonDependency
{
    public NonDependency(string host, string reason)
    {
        Host = host;
        Reason = reason;
    }

    public string Host { get; }

    public string Reason { get; }
}
