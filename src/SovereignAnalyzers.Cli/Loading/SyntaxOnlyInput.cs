using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>
/// A project that could not be loaded: its C# files parsed without references (endpoint strings are
/// still found; SDK clients, which need the SDK's types, are not) and its configuration files and policy.
/// </summary>
internal static class SyntaxOnlyInput
{
    private static readonly HashSet<string> ExcludedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static ProjectInput Create(string projectPath, IReadOnlyList<string> notes, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = new List<SyntaxTree>();
        foreach (var file in SourceFiles(new DirectoryInfo(folder), isRoot: true))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SourceText text;
            try
            {
                using var stream = File.OpenRead(file);
                text = SourceText.From(stream, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, file, cancellationToken));
        }

        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(projectPath),
            trees,
            references: null,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var (files, options) = AnalysisInputs.Complete(folder, Enumerable.Empty<AdditionalText>(), null);
        return new ProjectInput(compilation, files, options, notes);
    }

    /// <summary>The project's .cs files: its folder and subfolders, except build output and other projects' folders.</summary>
    private static IEnumerable<string> SourceFiles(DirectoryInfo folder, bool isRoot)
    {
        if (!isRoot && folder.EnumerateFiles("*.csproj").Any())
        {
            yield break;
        }

        foreach (var file in folder.EnumerateFiles("*.cs"))
        {
            yield return file.FullName;
        }

        foreach (var child in folder.EnumerateDirectories())
        {
            if (ExcludedFolders.Contains(child.Name) || child.Name.StartsWith('.'))
            {
                continue;
            }

            foreach (var file in SourceFiles(child, isRoot: false))
            {
                yield return file;
            }
        }
    }
}
