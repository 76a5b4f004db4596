namespace SovereignAnalyzers.Cli.Loading;

/// <summary>What an audit tells the person waiting for it.</summary>
internal interface IAuditProgress
{
    void Stage(string description);

    void ProjectsFound(int count);

    void ProjectDone(string name);
}
