using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

/// <summary>A qualification held (or applied for) by a provider, possibly limited to services and regions.</summary>
internal sealed class QualificationGrant
{
    public QualificationGrant(string qualificationId, QualificationState state, IReadOnlyList<string> serviceKinds, IReadOnlyList<string> regions, string? date, FactSource source)
    {
        QualificationId = qualificationId;
        State = state;
        ServiceKinds = serviceKinds;
        Regions = regions;
        Date = date;
        Source = source;
    }

    public string QualificationId { get; }

    public QualificationState State { get; }

    /// <summary>Service kinds covered; empty means the whole provider.</summary>
    public IReadOnlyList<string> ServiceKinds { get; }

    /// <summary>Regions covered; empty means every region.</summary>
    public IReadOnlyList<string> Regions { get; }

    public string? Date { get; }

    public FactSource Source { get; }

    /// <summary>
    /// Whether the grant covers an endpoint of <paramref name="serviceKind"/> in <paramref name="region"/>.
    /// An unknown service or region is covered only by a grant that is not limited to services or regions:
    /// a qualification is never assumed.
    /// </summary>
    public bool Covers(string? serviceKind, string? region)
    {
        if (State != QualificationState.Qualified)
        {
            return false;
        }

        if (ServiceKinds.Count > 0 && (serviceKind is null || !Contains(ServiceKinds, serviceKind)))
        {
            return false;
        }

        return Regions.Count == 0 || (region is not null && Contains(Regions, region));
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
