namespace SanXiang.Web.Uploads;

/// <summary>How a PATCH body went: bytes written to the part file, and whether the body ran past the room left.</summary>
internal readonly record struct ChunkReceipt(long Written, bool TooLong);
