using System;
using System.Collections.Generic;
using SovereignAnalyzers.Findings;

namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>
/// One diagnostic of the analyzers, as the reports show it. Everything about the dependency comes from the
/// diagnostic's properties (the findings contract, docs/findings.md); nothing is analysed again here.
/// </summary>
internal sealed class Finding
{
    public Finding(string ruleId, string severity, string message, string helpUri, FindingLocation? location, IReadOnlyDictionary<string, string> properties)
    {
        RuleId = ruleId;
        Severity = severity;
        Message = message;
        HelpUri = helpUri;
        Location = location;
        Properties = properties;
        Readiness = ReadinessClassifier.Classify(properties);
    }

    public string RuleId { get; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>: the severity in force in the project.</summary>
    public string Severity { get; }

    public string Message { get; }

    public string HelpUri { get; }

    public FindingLocation? Location { get; }

    public IReadOnlyDictionary<string, string> Properties { get; }

    public Readiness Readiness { get; }

    /// <summary>Set by the report: stable across line moves (see <see cref="Reports.Fingerprints"/>).</summary>
    public string Fingerprint { get; set; } = string.Empty;

    public string Property(string key) => Properties.TryGetValue(key, out var value) ? value : string.Empty;

    public string ProviderId => Property("providerId");

    public string ProviderName => Property("providerName") is { Length: > 0 } name ? name : ProviderId;

    public string Jurisdiction => Property("jurisdiction");

    public IReadOnlyList<string> Laws => List(Property("laws"), ',');

    public IReadOnlyList<string> Alternatives => List(Property("alternatives"), ',');

    public IReadOnlyList<AlternativeEndpointEntry> AlternativeEndpoints => AlternativeEndpointEntry.ParseList(Property("alternativeEndpoints"));

    /// <summary>Whether this is a dependency on a provider (SOV0001–SOV0005), rather than a note about the policy or a file.</summary>
    public bool IsDependency => ProviderId.Length > 0;

    /// <summary>Whether the finding is in C# code (not in a configuration file, SOV0004): what <c>dotnet format</c> fixes.</summary>
    public bool IsInSource => RuleId != "SOV0004";

    public static IReadOnlyList<string> List(string value, char separator)
        => value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
