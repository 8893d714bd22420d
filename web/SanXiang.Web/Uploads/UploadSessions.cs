using System.Collections.Concurrent;

namespace SanXiang.Web.Uploads;

/// <summary>Sessions of the unfinished uploads this process has touched; a finished or terminated upload leaves.</summary>
internal sealed class UploadSessions
{
    private readonly ConcurrentDictionary<string, UploadSession> sessions = new(StringComparer.Ordinal);

    public UploadSession For(string id) => sessions.GetOrAdd(id, _ => new UploadSession());

    public void Remove(string id) => sessions.TryRemove(id, out _);
}
