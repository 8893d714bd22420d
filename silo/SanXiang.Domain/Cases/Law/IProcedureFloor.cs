using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// A national rule a sector's procedure may tighten and never loosen or leave out (ARCHITECTURE.md principle 5).
/// The contract kit fails a plugin that breaks one, the host refuses to load it, and the engine applies the
/// rule to every case whatever the plugin says.
/// </summary>
public interface IProcedureFloor
{
    /// <summary>The article, e.g. 《中华人民共和国行政处罚法》第四十二条.</summary>
    string Article { get; }

    IEnumerable<FloorViolation> Check(Procedure procedure);
}
