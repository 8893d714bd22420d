namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// How far an agency's review reaches beyond its catalog's rows. Xuchang's plan asks that general-procedure
/// penalties be reviewed too and, where possible, every decision (DOMAIN.md §3); a catalog may set either,
/// and an agency inherits the widest scope of the departments above it.
/// </summary>
public enum ReviewScope
{
    /// <summary>Only decisions the catalog's rows (and the law) make major.</summary>
    MajorDecisions,

    /// <summary>Also every penalty decided under the general procedure (一般程序).</summary>
    GeneralProcedurePenalties,

    /// <summary>Every enforcement decision.</summary>
    AllDecisions,
}

public static class ReviewScopes
{
    /// <summary>The scope as a catalog states it.</summary>
    public static string Name(ReviewScope scope) => scope switch
    {
        ReviewScope.MajorDecisions => "重大执法决定须经法制审核",
        ReviewScope.GeneralProcedurePenalties => "重大执法决定及适用一般程序的行政处罚决定均须经法制审核",
        ReviewScope.AllDecisions => "所有行政执法决定均须经法制审核",
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };
}
