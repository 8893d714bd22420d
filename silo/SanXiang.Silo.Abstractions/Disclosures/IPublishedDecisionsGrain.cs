namespace SanXiang.Silo.Disclosures;

/// <summary>
/// The portal's search of published decisions (处罚决定公示), anonymous, across agencies or in one: only published and
/// withdrawn records inside their display period, from the read model alone, newest publication first. A stateless
/// worker under <see cref="GrainKeys.Platform"/>, since a search may span every agency; the rows it reads are public.
/// </summary>
public interface IPublishedDecisionsGrain : IGrainWithStringKey
{
    Task<PublicDecisionPage> SearchAsync(PublishedDecisionQuery query, int first, string? after);
}
