using System.Security.Claims;

namespace SanXiang.Web.Transparency;

/// <summary>The console's view of the witness alerts: for each department the user supervises, the checkpoints it refused (<see cref="WitnessAlerts"/>).</summary>
public interface IWitnessAlertSource
{
    /// <summary>Only departments with alerts; nothing for a user who supervises none.</summary>
    Task<IReadOnlyList<DepartmentWitnessAlerts>> ForSupervisorAsync(ClaimsPrincipal user);
}
