namespace SanXiang.Domain.Cases.Review;

/// <summary>行政处罚法 第九条: the kinds of administrative penalty, as a proposed decision names them (<see cref="PenaltyKinds"/>).</summary>
public enum PenaltyKind
{
    Warning,
    Reprimand,
    Fine,
    ConfiscateIllegalGains,
    ConfiscateIllegalProperty,
    SuspendLicence,
    RevokeLicence,
    LowerQualification,
    RestrictProduction,
    SuspendBusiness,
    Closure,
    BarFromPractice,
    Detention,
}
