using System.Reflection;
using System.Runtime.InteropServices;

namespace SovereignAnalyzers.Testing;

/// <summary>
/// The assemblies of some packages and everything they reference, less the running runtime's own (a
/// reference pack stands for those): what source code using those packages compiles against. Shared by the
/// tests and the benchmarks.
/// </summary>
internal static class AssemblyClosure
{
    public static IReadOnlyList<Assembly> Of(IEnumerable<Assembly> anchors)
    {
        var runtimeDirectory = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());
        var seen = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<Assembly>(anchors);
        while (queue.Count > 0)
        {
            var assembly = queue.Dequeue();
            var name = assembly.GetName().Name!;
            if (seen.ContainsKey(name) || string.IsNullOrEmpty(assembly.Location)
                || Path.GetFullPath(assembly.Location).StartsWith(runtimeDirectory, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            seen.Add(name, assembly);
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                try
                {
                    queue.Enqueue(Assembly.Load(reference));
                }
                catch (FileNotFoundException)
                {
                    // An optional dependency the package does not need at compile time.
                }
            }
        }

        return seen.Values.OrderBy(a => a.GetName().Name, StringComparer.Ordinal).ToList();
    }
}
