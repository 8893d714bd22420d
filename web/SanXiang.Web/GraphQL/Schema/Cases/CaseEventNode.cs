using GraphQL;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>One stored event of the case's hash chain. Field names are relied on by other tools: keep them.</summary>
[Name("CaseEvent")]
public sealed class CaseEventNode(CaseEventView e)
{
    public int Seq => checked((int)e.Seq);

    /// <summary>case.opened, step.completed, document.issued …</summary>
    public string Kind => e.Kind;

    public string At => IsoTime.Format(e.At);

    public string Actor => e.Actor;

    /// <summary>The event's JSON exactly as stored.</summary>
    public string Payload => e.Payload;

    public IEnumerable<string> FileHashes => e.FileHashes;

    public string PrevHash => e.PrevHash;

    /// <summary>Lower-case hex.</summary>
    public string Hash => e.Hash;
}
