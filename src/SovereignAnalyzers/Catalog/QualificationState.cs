namespace SovereignAnalyzers.Catalog;

internal enum QualificationState
{
    Qualified,
    InProcess,
}
