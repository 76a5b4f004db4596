using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>
/// Completes a project's additional files the way the package's build targets do: a project that imports
/// them already passes its policy (marked) and configuration files; for one that does not, the nearest
/// policy, its bases and the configuration files are added and the policy is marked.
/// </summary>
internal static class AnalysisInputs
{
    public static (ImmutableArray<AdditionalText> Files, AnalyzerConfigOptionsProvider Options) Complete(
        string projectFolder,
        IEnumerable<AdditionalText> projectFiles,
        AnalyzerConfigOptionsProvider? projectOptions)
    {
        var files = projectFiles.ToList();
        if (projectOptions is not null && PolicyMarkingOptionsProvider.MarksPolicy(projectOptions, files))
        {
            return (files.ToImmutableArray(), projectOptions);
        }

        var known = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        var policy = PolicyFiles.FindPolicy(projectFolder);
        var wanted = new List<string>();
        if (policy is not null)
        {
            wanted.AddRange(PolicyFiles.Chain(policy));
        }

        wanted.AddRange(PolicyFiles.ConfigurationFiles(projectFolder));
        foreach (var path in wanted)
        {
            if (known.Add(path))
            {
                files.Add(new FileAdditionalText(path));
            }
        }

        return (files.ToImmutableArray(), new PolicyMarkingOptionsProvider(projectOptions, policy is null ? null : Path.GetFullPath(policy)));
    }
}
