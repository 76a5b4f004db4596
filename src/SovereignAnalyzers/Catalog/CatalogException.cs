using System;

namespace SovereignAnalyzers.Catalog;

/// <summary>Raised when the catalog data is inconsistent; <see cref="Position"/> is an offset in its text.</summary>
internal sealed class CatalogException : Exception
{
    public CatalogException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    public int Position { get; }
}
