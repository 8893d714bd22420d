using SanXiang.Silo.Agencies;
using SanXiang.Silo.Officers;

namespace SanXiang.Web.Onboarding;

/// <summary>An agency of the file, checked: its profile, sections and leading group, and its officers.</summary>
public sealed record NewAgency(Agency Agency, IReadOnlyList<Officer> Officers)
{
    public string Id => Agency.Profile.Id;
}
