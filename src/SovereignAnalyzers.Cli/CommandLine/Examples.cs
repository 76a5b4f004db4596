using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace SovereignAnalyzers.Cli.CommandLine;

/// <summary>Examples printed after each command's <c>--help</c>.</summary>
internal static class Examples
{
    private static readonly ConditionalWeakTable<Command, string[]> ByCommand = new();

    public static void Add(Command command, params string[] examples) => ByCommand.AddOrUpdate(command, examples);

    /// <summary>Makes the root's help option print the examples of the command it describes after the usual help.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help && help.Action is HelpAction inner)
            {
                help.Action = new WithExamples(inner);
            }
        }
    }

    private sealed class WithExamples : SynchronousCommandLineAction
    {
        private readonly HelpAction _inner;

        public WithExamples(HelpAction inner) => _inner = inner;

        public override int Invoke(ParseResult parseResult)
        {
            var result = _inner.Invoke(parseResult);
            if (ByCommand.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine(Text.Get(nameof(Resources.CliStrings.HelpExamples)));
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return result;
        }
    }
}
