namespace SovereignAnalyzers.Sdk;

internal enum SdkDecisionKind
{
    Creation,
    Factory,
    Builder,
    Registration,
}
