using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>The policy that applies to a folder (nearest sovereignty.json and its bases), read outside a compilation.</summary>
internal sealed class PolicyInForce
{
    private PolicyInForce(string? path, PolicyEvaluation evaluation, IReadOnlyList<string> errors)
    {
        Path = path;
        Evaluation = evaluation;
        Errors = errors;
    }

    /// <summary>The policy file, or null when the built-in default applies.</summary>
    public string? Path { get; }

    public PolicyEvaluation Evaluation { get; }

    /// <summary>Why the policy could not be read (the built-in default is then used, as the analyzers do).</summary>
    public IReadOnlyList<string> Errors { get; }

    public static PolicyInForce Load(string? explicitPolicy, string folder)
    {
        var path = explicitPolicy is not null ? System.IO.Path.GetFullPath(explicitPolicy) : PolicyFiles.FindPolicy(folder);
        if (path is null)
        {
            return new PolicyInForce(null, PolicyEvaluation.Default, Array.Empty<string>());
        }

        if (!File.Exists(path))
        {
            return new PolicyInForce(path, PolicyEvaluation.Default, new[] { Text.Format(nameof(Resources.CliStrings.ErrorPathNotFound), path) });
        }

        var files = PolicyFiles.Chain(path).ToDictionary(p => PolicyPath.Normalize(p), p => new PolicyFile(p, PolicyReader.Parse(File.ReadAllText(p))), StringComparer.Ordinal);
        var root = files[PolicyPath.Normalize(System.IO.Path.GetFullPath(path))];
        var result = PolicyReader.Read(root, resolved => files.TryGetValue(resolved, out var file) ? file : null, ProviderCatalog.BuiltIn);
        if (result.Policy is null)
        {
            var errors = result.Errors.Select(e => $"{e.Location.Path}: {e.Message.ToString(Text.Language)}").ToList();
            return new PolicyInForce(path, PolicyEvaluation.Default, errors);
        }

        return new PolicyInForce(path, new PolicyEvaluation(ProviderCatalog.BuiltIn, result.Policy, PolicyClock.Today), Array.Empty<string>());
    }
}
