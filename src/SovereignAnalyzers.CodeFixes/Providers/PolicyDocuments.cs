using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.CodeFixes.PolicyEditing;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>
/// Finds the policy in force among a project's additional documents (the contract's <c>policyFile</c>)
/// and edits it; creates <c>sovereignty.json</c> beside the project when the built-in default policy
/// applies. (Hosts that drop new additional documents, such as <c>dotnet format</c>, then change nothing.)
/// </summary>
internal static class PolicyDocuments
{
    public const string FileName = "sovereignty.json";

    /// <summary>Whether adding <paramref name="request"/> would change the project's policy (no action otherwise).</summary>
    public static async Task<bool> WouldChangeAsync(Project project, string policyFile, ExceptionRequest request, CancellationToken cancellationToken)
    {
        var document = Find(project, policyFile);
        if (document is null)
        {
            return policyFile.Length == 0; // created beside the project
        }

        var text = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
        var edited = PolicyExceptionEditor.AddExceptions(text, new[] { request }, DateTime.UtcNow);
        return edited is not null && !string.Equals(edited, text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Adds the exceptions each project's findings asked for. Projects sharing one policy file get one
    /// edit with all their requests, applied to every additional document that is that file.
    /// </summary>
    public static async Task<Solution> AddExceptionsAsync(Solution solution, IEnumerable<(ProjectId Project, string PolicyFile, ExceptionRequest Request)> requests, CancellationToken cancellationToken)
    {
        var today = DateTime.UtcNow;
        var byFile = new Dictionary<string, (List<ProjectId> Projects, List<ExceptionRequest> Requests, string PolicyFile)>(StringComparer.Ordinal);
        foreach (var (projectId, policyFile, request) in requests)
        {
            var project = solution.GetProject(projectId);
            if (project is null)
            {
                continue;
            }

            var key = Find(project, policyFile)?.FilePath ?? (policyFile.Length > 0 ? policyFile : "new:" + projectId.Id);
            if (!byFile.TryGetValue(key, out var entry))
            {
                entry = (new List<ProjectId>(), new List<ExceptionRequest>(), policyFile);
                byFile[key] = entry;
            }

            if (!entry.Projects.Contains(projectId))
            {
                entry.Projects.Add(projectId);
            }

            entry.Requests.Add(request);
        }

        foreach (var entry in byFile.Values)
        {
            var first = solution.GetProject(entry.Projects[0])!;
            var existing = Find(first, entry.PolicyFile);
            if (existing is null)
            {
                if (entry.PolicyFile.Length > 0)
                {
                    continue; // the policy in force is not part of the project: nothing to edit safely
                }

                var created = PolicyExceptionEditor.AddExceptions(null, entry.Requests, today)!;
                var directory = first.FilePath is null ? null : Path.GetDirectoryName(first.FilePath);
                solution = solution.AddAdditionalDocument(
                    DocumentId.CreateNewId(first.Id, FileName),
                    FileName,
                    SourceText.From(created),
                    filePath: directory is null ? null : Path.Combine(directory, FileName));
                continue;
            }

            var text = (await existing.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            var edited = PolicyExceptionEditor.AddExceptions(text, entry.Requests, today);
            if (edited is null || string.Equals(edited, text, StringComparison.Ordinal))
            {
                continue;
            }

            var newText = SourceText.From(edited);
            foreach (var project in solution.Projects)
            {
                foreach (var document in project.AdditionalDocuments)
                {
                    if (document.Id == existing.Id || (existing.FilePath is not null && SamePath(document.FilePath, existing.FilePath)))
                    {
                        solution = solution.WithAdditionalDocumentText(document.Id, newText);
                    }
                }
            }
        }

        return solution;
    }

    /// <summary>The additional document that is the policy in force; with no policy file, one named sovereignty.json beside the project.</summary>
    private static TextDocument? Find(Project project, string policyFile)
    {
        if (policyFile.Length > 0)
        {
            return project.AdditionalDocuments.FirstOrDefault(d => SamePath(d.FilePath, policyFile));
        }

        var directory = project.FilePath is null ? null : Path.GetDirectoryName(project.FilePath);
        return project.AdditionalDocuments.FirstOrDefault(d =>
            string.Equals(d.Name, FileName, StringComparison.OrdinalIgnoreCase)
            && (directory is null || d.FilePath is null || SamePath(Path.GetDirectoryName(d.FilePath), directory)));
    }

    private static bool SamePath(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        try
        {
            return string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return string.Equals(a, b, StringComparison.Ordinal);
        }
    }
}
