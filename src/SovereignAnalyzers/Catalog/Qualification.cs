using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

/// <summary>A certification or qualification scheme (e.g. <c>secnumcloud</c>, <c>hds</c>).</summary>
internal sealed class Qualification
{
    public Qualification(string id, string name, string issuer, bool requiresImmunity, FactSource source)
    {
        Id = id;
        Name = name;
        Issuer = issuer;
        RequiresImmunity = requiresImmunity;
        Source = source;
    }

    public string Id { get; }

    public string Name { get; }

    public string Issuer { get; }

    /// <summary>True when the scheme itself has criteria on immunity from non-EU law (SecNumCloud 3.2 §19.6).</summary>
    public bool RequiresImmunity { get; }

    public FactSource Source { get; }
}

internal enum QualificationState
{
    Qualified,
    InProcess,
}

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
