using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>
/// Opens the target as <c>dotnet format</c> does (MSBuildWorkspace, design-time builds out of process) and
/// analyses its projects in parallel. A project's compilation is dropped from the solution as soon as
/// neither it nor a project still to be analysed needs it, so memory follows the projects in flight, not
/// the solution. Nothing that fails to load passes as clean: such projects are scanned syntax-only and
/// the report says why.
/// </summary>
internal static class WorkspaceAudit
{
    /// <summary>The name of the (empty) global analyzer config added to every project; see <see cref="Detach"/>.</summary>
    private const string AuditConfigName = ".sovereign-audit.globalconfig";

    public static async Task<AuditOutcome> RunAsync(AuditTarget target, bool restore, IAuditProgress progress, CancellationToken cancellationToken)
    {
        var restoreFailures = new Dictionary<string, string>(StringComparer.Ordinal);
        if (restore)
        {
            progress.Stage(Text.Format(nameof(CliStrings.ProgressRestoring), target.DisplayName));
            foreach (var item in target.Solution is { } solutionPath ? new[] { solutionPath } : target.Projects)
            {
                if (await Restore.RunAsync(item, cancellationToken).ConfigureAwait(false) is { } failure)
                {
                    restoreFailures[item] = failure;
                }
            }
        }

        progress.Stage(Text.Format(nameof(CliStrings.ProgressLoading), target.DisplayName));
        using var workspace = MSBuildWorkspace.Create();
        var loadMessages = new ConcurrentQueue<WorkspaceDiagnostic>();
        using var subscription = workspace.RegisterWorkspaceFailedHandler(e => loadMessages.Enqueue(e.Diagnostic));

        var generalNotes = new List<string>();
        var loadErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        var wanted = new List<string>(target.Projects);
        if (target.Solution is { } solution)
        {
            try
            {
                await workspace.OpenSolutionAsync(solution, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                generalNotes.Add(Text.Format(nameof(CliStrings.NoteSolutionNotLoaded), e.Message));
            }

            wanted.AddRange(workspace.CurrentSolution.Projects.Select(p => p.FilePath).OfType<string>().Distinct(StringComparer.Ordinal));
            wanted.AddRange(SolutionProjectsNotLoaded(solution, wanted));
        }
        else
        {
            foreach (var projectPath in target.Projects)
            {
                if (FindProject(workspace.CurrentSolution, projectPath) is not null)
                {
                    continue;
                }

                try
                {
                    await workspace.OpenProjectAsync(projectPath, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    loadErrors[projectPath] = e.Message;
                }
            }
        }

        var messages = loadMessages.ToList();
        progress.ProjectsFound(wanted.Count);

        var semantic = new List<(ProjectId Id, string Path, List<string> Notes)>();
        var syntaxOnly = new List<(string Path, List<string> Notes)>();
        foreach (var projectPath in wanted)
        {
            var notes = MessagesAbout(projectPath, messages);
            var project = FindProject(workspace.CurrentSolution, projectPath);
            if (restoreFailures.TryGetValue(projectPath, out var restoreFailure) || (target.Solution is { } s && restoreFailures.TryGetValue(s, out restoreFailure)))
            {
                notes.Insert(0, Text.Format(nameof(CliStrings.NoteRestoreFailed), FirstLines(restoreFailure)));
            }

            // MSBuild failures about the project (its file unreadable, an import missing) leave an empty or
            // partial project behind: it is not analysed as if it were complete.
            if (project is null || notes.Count > 0)
            {
                var reason = loadErrors.TryGetValue(projectPath, out var error) ? error : notes.Count > 0 ? notes[0] : Text.Get(nameof(CliStrings.NoteNoReason));
                notes.Remove(reason);
                notes.Insert(0, Text.Format(nameof(CliStrings.NoteNotLoaded), reason));
                syntaxOnly.Add((projectPath, notes));
            }
            else if (!IsRestored(projectPath))
            {
                notes.Insert(0, Text.Format(nameof(CliStrings.NoteNotRestored), "obj/project.assets.json"));
                syntaxOnly.Add((projectPath, notes));
            }
            else
            {
                foreach (var unresolved in project.AnalyzerReferences.OfType<UnresolvedAnalyzerReference>())
                {
                    notes.Add(Text.Format(nameof(CliStrings.NoteUnresolvedAnalyzer), unresolved.Display ?? unresolved.FullPath));
                }

                semantic.Add((project.Id, projectPath, notes));
            }
        }

        foreach (var message in messages.Where(m => m.Kind == WorkspaceDiagnosticKind.Failure && !wanted.Any(p => Mentions(m.Message, p))))
        {
            generalNotes.Add(message.Message);
        }

        var results = new ConcurrentBag<ProjectResult>();
        var current = Detach(workspace.CurrentSolution);
        var audited = new HashSet<ProjectId>(semantic.Select(p => p.Id));
        var done = new HashSet<ProjectId>();
        var gate = new object();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken };

        progress.Stage(Text.Format(nameof(CliStrings.ProgressAnalysing), target.DisplayName));
        await Parallel.ForEachAsync(TopologicalOrder(current, semantic), parallel, async (item, ct) =>
        {
            Solution snapshot;
            lock (gate)
            {
                snapshot = current;
            }

            var project = snapshot.GetProject(item.Id)!;
            var compilation = await project.GetCompilationAsync(ct).ConfigureAwait(false);
            ProjectResult result;
            if (compilation is null)
            {
                item.Notes.Insert(0, Text.Format(nameof(CliStrings.NoteNotLoaded), Text.Get(nameof(CliStrings.NoteNoReason))));
                result = await ProjectAnalysis.RunAsync(project.Name, item.Path, target.RootFolder, AnalysisKind.SyntaxOnly, SyntaxOnlyInput.Create(item.Path, item.Notes, ct), ct).ConfigureAwait(false);
            }
            else
            {
                var (files, options) = AnalysisInputs.Complete(Path.GetDirectoryName(item.Path)!, project.AnalyzerOptions.AdditionalFiles, project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
                result = await ProjectAnalysis.RunAsync(ProjectName(project), item.Path, target.RootFolder, AnalysisKind.Semantic, new ProjectInput(compilation, files, options, item.Notes), ct).ConfigureAwait(false);
            }

            compilation = null;
            results.Add(result);
            progress.ProjectDone(result.Name);
            lock (gate)
            {
                done.Add(item.Id);
                current = Release(current, audited, done);
            }
        }).ConfigureAwait(false);

        await Parallel.ForEachAsync(syntaxOnly, parallel, async (item, ct) =>
        {
            var input = SyntaxOnlyInput.Create(item.Path, item.Notes, ct);
            var result = await ProjectAnalysis.RunAsync(Path.GetFileNameWithoutExtension(item.Path), item.Path, target.RootFolder, AnalysisKind.SyntaxOnly, input, ct).ConfigureAwait(false);
            results.Add(result);
            progress.ProjectDone(result.Name);
        }).ConfigureAwait(false);

        var buildHostFailed = messages.Any(m => m.Kind == WorkspaceDiagnosticKind.Failure && m.Message.Contains("BuildHost", StringComparison.Ordinal))
                              || loadErrors.Values.Any(e => e.Contains("BuildHost", StringComparison.Ordinal));
        return new AuditOutcome(results.OrderBy(r => r.Path, StringComparer.Ordinal).ToList(), generalNotes, buildHostFailed);
    }

    /// <summary>
    /// A copy of the loaded solution in which every project has changed (an empty global analyzer config is
    /// added), so that compilations computed from it are cached in it alone, never in the workspace's own
    /// solution, and leave memory when their project is removed from the copy.
    /// </summary>
    private static Solution Detach(Solution solution)
    {
        foreach (var project in solution.Projects.ToList())
        {
            var folder = project.FilePath is { } path ? Path.GetDirectoryName(path)! : Path.GetTempPath();
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(project.Id, AuditConfigName),
                AuditConfigName,
                SourceText.From("is_global = true\n"),
                filePath: Path.Combine(folder, AuditConfigName));
        }

        return solution;
    }

    /// <summary>The solution without the projects no remaining analysis needs (audited ones done, and what only they referenced).</summary>
    private static Solution Release(Solution solution, HashSet<ProjectId> audited, HashSet<ProjectId> done)
    {
        var graph = solution.GetProjectDependencyGraph();
        var needed = new HashSet<ProjectId>();
        foreach (var id in audited)
        {
            if (!done.Contains(id))
            {
                needed.Add(id);
                needed.UnionWith(graph.GetProjectsThatThisProjectTransitivelyDependsOn(id));
            }
        }

        foreach (var project in solution.ProjectIds.ToList())
        {
            if (!needed.Contains(project))
            {
                solution = solution.RemoveProject(project);
            }
        }

        return solution;
    }

    private static List<(ProjectId Id, string Path, List<string> Notes)> TopologicalOrder(Solution solution, List<(ProjectId Id, string Path, List<string> Notes)> projects)
    {
        var order = solution.GetProjectDependencyGraph().GetTopologicallySortedProjects().Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return projects.OrderBy(p => order.TryGetValue(p.Id, out var index) ? index : int.MaxValue).ToList();
    }

    /// <summary>A multi-targeted project appears once per target framework; the first one loaded is analysed.</summary>
    private static Project? FindProject(Solution solution, string path)
        => solution.Projects.FirstOrDefault(p => string.Equals(p.FilePath, path, StringComparison.Ordinal) && p.Language == LanguageNames.CSharp);

    private static string ProjectName(Project project)
    {
        var paren = project.Name.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? project.Name[..paren] : project.Name;
    }

    private static bool IsRestored(string projectPath)
    {
        var folder = Path.GetDirectoryName(projectPath)!;
        string text;
        try
        {
            text = File.ReadAllText(projectPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        // Only SDK-style projects are restored into obj/project.assets.json; old-style ones have nothing to check.
        return !text.Contains("Sdk=", StringComparison.OrdinalIgnoreCase) || File.Exists(Path.Combine(folder, "obj", "project.assets.json"));
    }

    private static IEnumerable<string> SolutionProjectsNotLoaded(string solution, List<string> loaded)
    {
        // A project the solution lists but the workspace could not open still counts: found in the
        // solution text (.sln: Project(...) = "name", "path"; .slnx: <Project Path="path" />).
        string text;
        try
        {
            text = File.ReadAllText(solution);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        var folder = Path.GetDirectoryName(solution)!;
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, @"[""']([^""'<>]+\.csproj)[""']"))
        {
            var path = Path.GetFullPath(Path.Combine(folder, match.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar)));
            if (!loaded.Contains(path, StringComparer.Ordinal))
            {
                loaded.Add(path);
                yield return path;
            }
        }
    }

    private static List<string> MessagesAbout(string projectPath, List<WorkspaceDiagnostic> messages)
        => messages.Where(m => Mentions(m.Message, projectPath) && m.Kind == WorkspaceDiagnosticKind.Failure).Select(m => m.Message).Distinct().ToList();

    private static bool Mentions(string message, string projectPath) => message.Contains(projectPath, StringComparison.Ordinal);

    private static string FirstLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" ", lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).DefaultIfEmpty(lines.FirstOrDefault() ?? string.Empty).Take(3));
    }
}
