using SanXiang.Domain.Agencies;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>Checks that span files: unique ids, parents that exist, no loops, a child inside its parent's region.</summary>
internal static class CatalogTree
{
    public static void Check(IReadOnlyList<AgencyDraft> drafts, CatalogProblems problems)
    {
        var byId = new Dictionary<string, AgencyDraft>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            if (!byId.TryAdd(draft.Profile.Id, draft))
            {
                draft.Report("id", $"机关编号“{draft.Profile.Id}”重复：{byId[draft.Profile.Id].Json.Source.File} 已使用。");
            }
        }

        foreach (var draft in drafts)
        {
            if (draft.Profile.ParentId is not { } parentId)
            {
                continue;
            }

            if (!byId.TryGetValue(parentId, out var parent))
            {
                if (problems.SeenIds.Contains(parentId))
                {
                    // The parent's own file has errors, reported there.
                    continue;
                }

                draft.Report("parentId", $"上级机关“{parentId}”不存在：它应在 departments.json 中，或有自己的机关文件夹。");
            }
            else if (!RegionCode.Contains(parent.Profile.RegionCode, draft.Profile.RegionCode))
            {
                draft.Report("regionCode", $"行政区划代码“{draft.Profile.RegionCode}”不在上级机关“{parentId}”的区划“{parent.Profile.RegionCode}”之内。");
            }
            else if (LeadsBackTo(draft.Profile.Id, parentId, byId))
            {
                draft.Report("parentId", $"上级关系成环：“{draft.Profile.Id}”经“{parentId}”又回到自身。");
            }
        }
    }

    private static bool LeadsBackTo(string id, string parentId, Dictionary<string, AgencyDraft> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = parentId; current is not null && seen.Add(current); current = byId.GetValueOrDefault(current)?.Profile.ParentId)
        {
            if (current == id)
            {
                return true;
            }
        }

        return false;
    }
}
