using System;
using System.Collections.Generic;
using System.IO;
using SovereignAnalyzers.Configuration;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>
/// The files the NuGet package's build targets hand to the analyzers, found the same way on disk: the
/// nearest <c>sovereignty.json</c> at or above the project folder and the bases it <c>extends</c>
/// (transitively), and the project's configuration files (appsettings*.json, local.settings.json,
/// *.config, .env files; not bin/, obj/, node_modules/ or hidden folders).
/// </summary>
internal static class PolicyFiles
{
    private static readonly HashSet<string> ExcludedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    /// <summary>The nearest sovereignty.json at or above <paramref name="folder"/>, or null (the built-in default applies).</summary>
    public static string? FindPolicy(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, PolicyReader.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The policy and every base it extends, nearest first (a missing base ends the chain; the analyzers report it).</summary>
    public static IReadOnlyList<string> Chain(string policyPath)
    {
        var root = Open(Path.GetFullPath(policyPath));
        if (root is null)
        {
            return Array.Empty<string>();
        }

        var chain = PolicyChain.Resolve(root, Open);
        var paths = new List<string>();
        foreach (var file in chain.Files)
        {
            paths.Add(file.Path);
        }

        return paths;
    }

    /// <summary>The configuration files under <paramref name="projectFolder"/> that the analyzers scan (SOV0004).</summary>
    public static IReadOnlyList<string> ConfigurationFiles(string projectFolder)
    {
        var files = new List<string>();
        Collect(new DirectoryInfo(projectFolder), files, depth: 0);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Collect(DirectoryInfo folder, List<string> files, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = folder.EnumerateFileSystemInfos();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo child)
            {
                if (!ExcludedFolders.Contains(child.Name) && !child.Name.StartsWith('.') && !child.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    Collect(child, files, depth + 1);
                }
            }
            else if (ConfigurationFile.FormatOf(entry.FullName, null) != ConfigurationFormat.None)
            {
                files.Add(entry.FullName);
            }
        }
    }

    private static PolicyFile? Open(string path)
    {
        var native = path.Replace('/', Path.DirectorySeparatorChar);
        if (!File.Exists(native))
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(native);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return null;
        }

        return new PolicyFile(Path.GetFullPath(native), PolicyReader.Parse(text));
    }
}
