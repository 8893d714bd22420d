using SanXiang.Domain.Supervision;
using SanXiang.Silo.Supervision;

namespace SanXiang.Web.Supervision;

/// <summary>A finding turned into a rectification task: the finding as now recorded, the inspection holding the task, and the task.</summary>
public sealed record ConvertedFinding(Finding Finding, InspectionStanding Standing, Rectification Task);
