using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Onboarding;

/// <summary>
/// What an import did: <c>imported</c> is true when every agency of the file was created (never on a dry run); with
/// <c>errors</c>, nothing was written and every problem of every row is listed. <c>agencies</c>: the file's agencies,
/// created or (dry run) ready to be.
/// </summary>
[Name("ImportAgenciesPayload")]
public sealed record ImportAgenciesPayload(bool Imported, bool DryRun, int Officers, IEnumerable<OnboardedAgencyNode> Agencies, IEnumerable<AgencyImportErrorNode> Errors);
