namespace SanXiang.Plugins;

[GenerateSerializer]
public enum CreditRecordForm
{
    Licensing,
    PenaltyLegalPerson,
    PenaltyNaturalPerson,
}
