using System;
using System.Threading;
using System.Threading.Tasks;
using SovereignAnalyzers.Cli.Loading;
using Spectre.Console;

namespace SovereignAnalyzers.Cli.CommandLine;

/// <summary>A Spectre.Console progress display on standard error, or nothing when it is redirected or in CI.</summary>
internal sealed class ConsoleProgress : IAuditProgress
{
    private ProgressTask? _task;
    private int _total;

    private ConsoleProgress()
    {
    }

    public static async Task<T> RunAsync<T>(Func<IAuditProgress, Task<T>> work)
    {
        if (!Output.Interactive)
        {
            return await work(new Silent()).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var progress = new ConsoleProgress();
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                progress._task = context.AddTask(Markup.Escape("…"), maxValue: 1);
                progress._task.IsIndeterminate = true;
                return await work(progress).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    public void Stage(string description)
    {
        if (_task is not null)
        {
            _task.Description = Markup.Escape(description);
        }
    }

    public void ProjectsFound(int count)
    {
        _total = Math.Max(1, count);
        if (_task is not null)
        {
            _task.MaxValue = _total;
            _task.IsIndeterminate = false;
        }
    }

    public void ProjectDone(string name)
    {
        _task?.Increment(1);
    }

    private sealed class Silent : IAuditProgress
    {
        public void Stage(string description)
        {
        }

        public void ProjectsFound(int count)
        {
        }

        public void ProjectDone(string name)
        {
        }
    }
}
