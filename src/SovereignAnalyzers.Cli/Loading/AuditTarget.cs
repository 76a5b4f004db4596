using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>What <c>sovereign audit PATH</c> names: a solution, a project, or a folder (every project under it).</summary>
internal sealed class AuditTarget
{
    private static readonly HashSet<string> ExcludedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    private AuditTarget(string displayName, string rootFolder, string? solution, IReadOnlyList<string> projects)
    {
        DisplayName = displayName;
        RootFolder = rootFolder;
        Solution = solution;
        Projects = projects;
    }

    public string DisplayName { get; }

    /// <summary>The folder report paths are relative to.</summary>
    public string RootFolder { get; }

    public string? Solution { get; }

    /// <summary>The project files (full paths); empty for a solution until it is opened.</summary>
    public IReadOnlyList<string> Projects { get; }

    /// <summary>The target, or null with an error message when PATH names nothing that can be audited.</summary>
    public static AuditTarget? Resolve(string path, out string? error)
    {
        error = null;
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var extension = Path.GetExtension(full).ToLowerInvariant();
            var folder = Path.GetDirectoryName(full)!;
            switch (extension)
            {
                case ".sln":
                case ".slnx":
                case ".slnf":
                    return new AuditTarget(Path.GetFileName(full), folder, full, Array.Empty<string>());
                case ".csproj":
                    return new AuditTarget(Path.GetFileNameWithoutExtension(full), folder, null, new[] { full });
                default:
                    error = Text.Format(nameof(Resources.CliStrings.ErrorNotAuditable), path);
                    return null;
            }
        }

        if (!Directory.Exists(full))
        {
            error = Text.Format(nameof(Resources.CliStrings.ErrorPathNotFound), path);
            return null;
        }

        var projects = new List<string>();
        Collect(new DirectoryInfo(full), projects);
        projects.Sort(StringComparer.Ordinal);
        if (projects.Count == 0)
        {
            error = Text.Format(nameof(Resources.CliStrings.ErrorNoProject), path);
            return null;
        }

        var name = new DirectoryInfo(full).Name;
        return new AuditTarget(name, full, null, projects);
    }

    private static void Collect(DirectoryInfo folder, List<string> projects)
    {
        IEnumerable<DirectoryInfo> children;
        try
        {
            projects.AddRange(folder.EnumerateFiles("*.csproj").Select(f => f.FullName));
            children = folder.EnumerateDirectories().ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return;
        }

        foreach (var child in children)
        {
            if (!ExcludedFolders.Contains(child.Name) && !child.Name.StartsWith('.') && !child.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                Collect(child, projects);
            }
        }
    }
}
