namespace SanXiang.Plugins;

public enum CreditRecordForm
{
    Licensing,
    PenaltyLegalPerson,
    PenaltyNaturalPerson,
}
