using Orleans.Concurrency;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Documents;

namespace SanXiang.Silo.Grains.Cases;

[StatelessWorker]
public sealed class CaseFilingGrain(CaseInputs inputs) : Grain, ICaseFilingGrain
{
    /// <summary>The case register's sequence kind: numbers per agency and year, like a document kind's.</summary>
    public const string SequenceKind = "case";

    private string TenantId => this.GetPrimaryKeyString();

    public async Task<CaseView> OpenAsync(OpenCaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);

        // The engine's whole check, before a number is taken; the case grain runs it again when it appends.
        var procedure = await inputs.ProcedureForNewCaseAsync(TenantId, command.Category);
        var engine = await inputs.EngineAsync(TenantId, procedure, command.Simplified);
        var named = command with { OfficerIds = CaseInputs.OfficerIds(command.OfficerIds) };
        engine.Open(named, await inputs.RosterAsync(TenantId, named.OfficerIds), (await inputs.CalendarAsync()).Calendar);

        var year = CaseDates.ChinaDate(command.At).Year;
        var request = Guid.NewGuid().ToString("N");
        var number = await GrainFactory.GetGrain<ISequenceGrain>(SequenceKeys.For(TenantId, SequenceKind, year)).TakeAsync("立案", request);
        var caseId = $"{year}-{number:0000}";
        return await GrainFactory.GetGrain<ICaseGrain>(GrainKeys.For(TenantId, caseId)).OpenAsync(command);
    }
}
