// Compiled by MSBuild's RoslynCodeTaskFactory (see SovereignAnalyzers.targets): no task assembly ships.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Follows a sovereignty policy's <c>extends</c> chain so that MSBuild can hand every base policy to the
/// analyzers (which may not read files themselves). Only a regular file named <c>*.json</c>, at most
/// <see cref="MaximumLength"/> bytes, whose text starts a JSON object, is read and returned; anything else
/// ends the chain and is returned in <see cref="Rejected"/> with the reason, for the analyzer to report at the
/// <c>extends</c> value (SOV0900). The content of a rejected file is never read beyond its first
/// <see cref="MaximumLength"/> bytes, and never returned. The key is read by a single pass over the text that
/// skips strings and comments: only the root object's own <c>"extends"</c> counts.
/// </summary>
public sealed class SovereigntyFollowPolicyExtends : Microsoft.Build.Utilities.Task
{
    public const int MaximumLength = 1024 * 1024;

    /// <summary>Full path of the policy file the project uses.</summary>
    [Required]
    public string PolicyPath { get; set; } = string.Empty;

    /// <summary>The base policies, nearest first (full paths).</summary>
    [Output]
    public ITaskItem[] Bases { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The <c>extends</c> targets that are not policy files: <c>reason*fullpath</c> entries separated by '|'.</summary>
    [Output]
    public string Rejected { get; set; } = string.Empty;

    /// <summary>Why the policy file itself cannot be read, or empty.</summary>
    [Output]
    public string RootRejection { get; set; } = string.Empty;

    public override bool Execute()
    {
        var bases = new List<ITaskItem>();
        var rejected = new List<string>();
        RootRejection = Follow(PolicyPath, bases, rejected);
        Bases = bases.ToArray();
        Rejected = string.Join("|", rejected);
        return true;
    }

    /// <summary>
    /// Walks the chain from <paramref name="policyPath"/>; returns why the policy itself is not a policy file
    /// (empty when it is). A target that does not exist, or that is already in the chain, ends the chain
    /// silently: the analyzer reports it.
    /// </summary>
    public static string Follow(string policyPath, List<ITaskItem> bases, List<string> rejected)
    {
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var current = Path.GetFullPath(policyPath);
        var rootReason = Check(current, out var text);
        if (rootReason.Length > 0)
        {
            return rootReason;
        }

        visited.Add(current);
        while (text != null)
        {
            var extends = FindExtends(text);
            if (extends == null)
            {
                break;
            }

            string next;
            try
            {
                next = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current) ?? string.Empty, extends));
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                break;
            }

            if (!visited.Add(next) || !(File.Exists(next) || Directory.Exists(next)))
            {
                break;
            }

            var reason = Check(next, out text);
            if (reason.Length > 0)
            {
                if (next.IndexOf('|') < 0 && next.IndexOf('\n') < 0 && next.IndexOf('\r') < 0)
                {
                    rejected.Add(reason + "*" + next);
                }

                break;
            }

            bases.Add(new TaskItem(next));
            current = next;
        }

        return string.Empty;
    }

    /// <summary>
    /// Empty and the text when <paramref name="path"/> is a policy file; otherwise a reason code:
    /// folder, extension, notRegular, tooLarge, unreadable, notObject.
    /// </summary>
    public static string Check(string path, out string? text)
    {
        text = null;
        if (Directory.Exists(path))
        {
            return "folder";
        }

        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return "extension";
        }

        try
        {
            var info = new FileInfo(path);
            // Devices, pipes and sockets report no length: they are never opened (a read could block or never end).
            if ((info.Attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0 || info.Length == 0)
            {
                return "notRegular";
            }

            if (info.Length > MaximumLength)
            {
                return "tooLarge";
            }

            var buffer = new byte[MaximumLength + 1];
            var count = 0;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.SequentialScan))
            {
                int read;
                while (count < buffer.Length && (read = stream.Read(buffer, count, buffer.Length - count)) > 0)
                {
                    count += read;
                }
            }

            if (count > MaximumLength)
            {
                return "tooLarge";
            }

            var decoded = DecodeText(buffer, count);
            if (!StartsObject(decoded))
            {
                return "notObject";
            }

            text = decoded;
            return string.Empty;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException)
        {
            return "unreadable";
        }
    }

    /// <summary>UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark.</summary>
    private static string DecodeText(byte[] bytes, int count)
    {
        if (count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, count - 2);
        }

        if (count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, count - 2);
        }

        var start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, count - start);
    }

    private static bool StartsObject(string text)
    {
        var i = SkipTrivia(text, 0);
        return i < text.Length && text[i] == '{';
    }

    /// <summary>
    /// The string value of the root object's first <c>"extends"</c> member, or null (no such member, not a
    /// string, or the text breaks off first). One pass, no recursion: strings and comments are skipped as such.
    /// </summary>
    public static string? FindExtends(string text)
    {
        var depth = 0;
        var i = SkipTrivia(text, 0);
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                var end = ReadString(text, i, out var value);
                if (end < 0)
                {
                    return null;
                }

                if (depth == 1 && value == "extends")
                {
                    var colon = SkipTrivia(text, end);
                    if (colon < text.Length && text[colon] == ':')
                    {
                        var start = SkipTrivia(text, colon + 1);
                        if (start < text.Length && text[start] == '"' && ReadString(text, start, out var target) >= 0)
                        {
                            return target;
                        }

                        return null;
                    }
                }

                i = end;
            }
            else if (c == '{' || c == '[')
            {
                depth++;
                i++;
            }
            else if (c == '}' || c == ']')
            {
                depth--;
                if (depth <= 0)
                {
                    return null; // the root object is over
                }

                i++;
            }
            else if (c == '/')
            {
                var next = SkipTrivia(text, i);
                if (next == i)
                {
                    i++;
                }
                else
                {
                    i = next;
                }
            }
            else
            {
                i++;
            }
        }

        return null;
    }

    /// <summary>Past whitespace and // or /* */ comments.</summary>
    private static int SkipTrivia(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF')
            {
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i + 2);
                i = end < 0 ? text.Length : end + 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The string starting at the quote <paramref name="start"/>, unescaped; the index past it, or -1 when it never ends.</summary>
    private static int ReadString(string text, int start, out string value)
    {
        var builder = new StringBuilder();
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                value = builder.ToString();
                return i + 1;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (c != '\\')
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                break;
            }

            var e = text[i + 1];
            i += 2;
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (i + 4 <= text.Length && int.TryParse(text.Substring(i, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
                    {
                        builder.Append((char)code);
                        i += 4;
                        break;
                    }

                    value = string.Empty;
                    return -1;
                default:
                    value = string.Empty;
                    return -1;
            }
        }

        value = string.Empty;
        return -1;
    }
}
