using SanXiang.Domain.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Officers;
using SanXiang.Web.Components.Text;
using SanXiang.Web.Officers;

namespace SanXiang.Web.Onboarding;

/// <summary>
/// Judges a whole onboarding file against the directory before anything is written: every row of every sheet is checked
/// and every problem reported, so the clerk fixes the file in one go. Agencies are placed under the importing department
/// (上级机关 left empty) or under an agency of the file or of the department's subtree, never elsewhere; a credit code
/// already used, or used twice in the file, is a row's problem. The agencies come back parents first.
/// </summary>
public static class OnboardingCheck
{
    public static (IReadOnlyList<NewAgency> Agencies, IReadOnlyList<OnboardingError> Errors) Run(
        OnboardingSheets sheets, AgencyProfile department, IReadOnlyList<AgencyProfile> directory)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(directory);
        var errors = new List<OnboardingError>(sheets.Errors);
        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var known = new KnownAgencies(directory, department);
        var rows = AgencyRows(sheets, known, errors);
        var byKey = FileAgencies(rows);
        Place(rows, byKey, known, errors);
        var units = OrgUnits(sheets, byKey, errors);
        var groups = LeadingGroups(sheets, byKey, units, errors);
        var officers = Officers(sheets, byKey, errors);
        if (errors.Count > 0)
        {
            return ([], [.. errors.OrderBy(e => SheetOrder(e.Sheet)).ThenBy(e => e.Row)]);
        }

        return ([.. ParentsFirst(rows).Select(r => new NewAgency(
            new Agency(r.Profile!, units.GetValueOrDefault(r) ?? [], groups.GetValueOrDefault(r), null),
            officers.GetValueOrDefault(r) ?? []))], []);
    }

    private static List<AgencyRow> AgencyRows(OnboardingSheets sheets, KnownAgencies known, List<OnboardingError> errors)
    {
        var table = SheetTable.Open(OnboardingColumns.AgencySheet, sheets[OnboardingColumns.AgencySheet], [OnboardingColumns.Name, OnboardingColumns.CreditCode, OnboardingColumns.RegionCode, OnboardingColumns.Level, OnboardingColumns.Sector], errors);
        var result = new List<AgencyRow>();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table?.Rows ?? [])
        {
            var rowErrors = new List<OnboardingError>();
            var name = row.Text(OnboardingColumns.Name, TextFields.AgencyName, required: true, rowErrors);
            var code = row[OnboardingColumns.CreditCode].ToUpperInvariant();
            if (code.Length == 0)
            {
                rowErrors.Add(row.Error(OnboardingColumns.CreditCode, ErrorCodes.ImportRowInvalid, "统一社会信用代码为空：导入的机关须有统一社会信用代码。"));
            }
            else if (known.ByCreditCode(code) is { } existing)
            {
                rowErrors.Add(row.Error(OnboardingColumns.CreditCode, ErrorCodes.ImportDuplicate, $"统一社会信用代码“{code}”已由“{existing.Name}”使用。"));
            }
            else if (!codes.TryAdd(code, row.Row))
            {
                rowErrors.Add(row.Error(OnboardingColumns.CreditCode, ErrorCodes.ImportDuplicate, $"统一社会信用代码“{code}”与第 {codes[code]} 行重复。"));
            }

            var level = Level(row, rowErrors);
            var sector = Sector(row, rowErrors);
            var region = row[OnboardingColumns.RegionCode];
            var documentCode = row.Text(OnboardingColumns.DocumentCode, TextFields.DocumentCode, required: false, rowErrors);
            AgencyProfile? profile = null;
            if (name is not null && code.Length > 0 && level is not null && sector is not null)
            {
                var draft = new AgencyProfile(AgencyIds.FromCreditCode(code), name, level.Value, sector, region, null, code, Onboarded: true, Source: null, documentCode);
                var problems = AgencyProfileRules.Problems(draft);
                rowErrors.AddRange(problems.Select(p => row.Error(ColumnOf(p.Field), p.Code == ErrorCodes.ValidationFailed ? ErrorCodes.ImportRowInvalid : p.Code, p.Message)));
                profile = problems.Count == 0 ? AgencyProfileRules.Normalised(draft) : null;
            }

            errors.AddRange(rowErrors);
            result.Add(new AgencyRow(row, code, rowErrors.Count == 0 ? profile : null));
        }

        return result;
    }

    // A row names its agency by credit code or by name; a name two rows share names neither.
    private static Dictionary<string, AgencyRow?> FileAgencies(List<AgencyRow> rows)
    {
        var byKey = new Dictionary<string, AgencyRow?>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.CreditCode.Length > 0)
            {
                byKey.TryAdd(row.CreditCode, row);
            }

            var name = row.Row[OnboardingColumns.Name];
            if (name.Length > 0 && !byKey.TryAdd(name, row) && byKey[name] != row)
            {
                byKey[name] = null;
            }
        }

        return byKey;
    }

    private static void Place(List<AgencyRow> rows, Dictionary<string, AgencyRow?> byKey, KnownAgencies known, List<OnboardingError> errors)
    {
        foreach (var row in rows)
        {
            var parentText = row.Row[OnboardingColumns.Parent];
            string parentRegion;
            if (parentText.Length == 0)
            {
                row.Parent = known.Department;
                parentRegion = known.Department.RegionCode;
            }
            else if (byKey.TryGetValue(parentText.ToUpperInvariant(), out var inFile) || byKey.TryGetValue(parentText, out inFile))
            {
                if (inFile is null)
                {
                    errors.Add(row.Row.Error(OnboardingColumns.Parent, ErrorCodes.ImportRowInvalid, $"文件中有多个名为“{parentText}”的机关，请填写上级机关的统一社会信用代码。"));
                    continue;
                }

                row.ParentRow = inFile;
                parentRegion = inFile.Row[OnboardingColumns.RegionCode];
            }
            else
            {
                var (parent, problem) = known.Find(parentText);
                if (parent is null)
                {
                    errors.Add(row.Row.Error(OnboardingColumns.Parent, problem == KnownAgencies.Outside ? ErrorCodes.ImportParentOutsideSubtree : problem == KnownAgencies.Ambiguous ? ErrorCodes.ImportRowInvalid : ErrorCodes.ImportUnknownAgency, problem switch
                    {
                        KnownAgencies.Outside => $"上级机关“{parentText}”不在“{known.Department.Name}”所辖范围内：只能在本机关及其下级机关之下导入。",
                        KnownAgencies.Ambiguous => $"有多个名为“{parentText}”的机关，请填写上级机关的统一社会信用代码。",
                        _ => $"上级机关“{parentText}”既不在本文件中，也不是已有的机关。",
                    }));
                    continue;
                }

                row.Parent = parent;
                parentRegion = parent.RegionCode;
            }

            var region = row.Row[OnboardingColumns.RegionCode];
            if (row.Profile is not null && !RegionCode.Contains(parentRegion, region))
            {
                errors.Add(row.Row.Error(OnboardingColumns.RegionCode, ErrorCodes.ImportRowInvalid, $"行政区划代码“{region}”不在上级机关的区划“{parentRegion}”之内。"));
            }
        }

        foreach (var row in rows.Where(LeadsBackToItself))
        {
            errors.Add(row.Row.Error(OnboardingColumns.Parent, ErrorCodes.ImportRowInvalid, "上级关系成环：沿上级机关又回到本行的机关。"));
        }

        foreach (var row in rows.Where(r => r.Profile is not null))
        {
            row.Profile = row.Profile! with { ParentId = row.ParentRow?.Profile?.Id ?? row.Parent?.Id };
        }
    }

    private static bool LeadsBackToItself(AgencyRow row)
    {
        var seen = new HashSet<AgencyRow>();
        for (var current = row.ParentRow; current is not null && seen.Add(current); current = current.ParentRow)
        {
            if (current == row)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<AgencyRow, List<OrgUnit>> OrgUnits(OnboardingSheets sheets, Dictionary<string, AgencyRow?> byKey, List<OnboardingError> errors)
    {
        var table = SheetTable.Open(OnboardingColumns.OrgUnitSheet, sheets[OnboardingColumns.OrgUnitSheet], OnboardingColumns.OrgUnitColumns.Take(2).ToList(), errors);
        var result = new Dictionary<AgencyRow, List<OrgUnit>>();
        foreach (var row in table?.Rows ?? [])
        {
            var agency = AgencyOf(row, byKey, errors);
            var name = row.Text(OnboardingColumns.OrgUnitName, TextFields.OrgUnitName, required: true, errors);
            var duties = row.Text(OnboardingColumns.Duties, TextFields.OrgUnitDuties, required: false, errors);
            if (agency is null || name is null)
            {
                continue;
            }

            var units = result.TryGetValue(agency, out var list) ? list : result[agency] = [];
            if (units.Any(u => u.Name == name))
            {
                errors.Add(row.Error(OnboardingColumns.OrgUnitName, ErrorCodes.ImportDuplicate, $"“{agency.Row[OnboardingColumns.Name]}”已有名为“{name}”的内设机构。"));
                continue;
            }

            units.Add(new OrgUnit(name, duties));
        }

        return result;
    }

    private static Dictionary<AgencyRow, LeadingGroup> LeadingGroups(
        OnboardingSheets sheets, Dictionary<string, AgencyRow?> byKey, Dictionary<AgencyRow, List<OrgUnit>> units, List<OnboardingError> errors)
    {
        var table = SheetTable.Open(OnboardingColumns.LeadingGroupSheet, sheets[OnboardingColumns.LeadingGroupSheet], [OnboardingColumns.Agency, OnboardingColumns.GroupName, OnboardingColumns.Role], errors);
        var groups = new Dictionary<AgencyRow, (LeadingGroup Group, SheetRow First)>();
        foreach (var row in table?.Rows ?? [])
        {
            var agency = AgencyOf(row, byKey, errors);
            var name = row.Text(OnboardingColumns.GroupName, TextFields.LeadingGroupName, required: agency is null || !groups.ContainsKey(agency), errors);
            var office = row.Text(OnboardingColumns.Office, TextFields.OrgUnitName, required: false, errors);
            var role = Role(row, errors);
            var person = row.Text(OnboardingColumns.MemberName, TextFields.OfficerName, required: false, errors);
            var title = row.Text(OnboardingColumns.Title, TextFields.OfficerPosition, required: false, errors);
            if (person is null && title is null && row[OnboardingColumns.MemberName].Length == 0 && row[OnboardingColumns.Title].Length == 0)
            {
                errors.Add(row.Error(OnboardingColumns.MemberName, ErrorCodes.ImportRowInvalid, "姓名和职务不能都为空（只写职务时如“由局长任组长”，填职务）。"));
                continue;
            }

            if (agency is null || role is null)
            {
                continue;
            }

            if (office is not null && !(units.GetValueOrDefault(agency) ?? []).Any(u => u.Name == office))
            {
                errors.Add(row.Error(OnboardingColumns.Office, ErrorCodes.ImportRowInvalid, $"领导小组办公室“{office}”不是“{agency.Row[OnboardingColumns.Name]}”在内设机构表中的机构。"));
            }

            var member = new LeadingGroupMember(role.Value, person, title);
            if (!groups.TryGetValue(agency, out var held))
            {
                groups[agency] = (new LeadingGroup(name ?? string.Empty, office, [member]), row);
                continue;
            }

            if ((name is not null && name != held.Group.Name) || (office is not null && office != held.Group.Office))
            {
                errors.Add(row.Error(OnboardingColumns.GroupName, ErrorCodes.ImportRowInvalid, $"与第 {held.First.Row} 行的领导小组名称或办公室不一致：一个机关只有一个领导小组。"));
            }

            groups[agency] = (held.Group with { Office = held.Group.Office ?? office, Members = [.. held.Group.Members, member] }, held.First);
        }

        // One 组长, the first responsible person (第一责任人), as the catalog requires of the seeds.
        foreach (var (agency, (group, first)) in groups)
        {
            var heads = group.Members.Count(m => m.Role == LeadingGroupRole.Head);
            if (heads != 1)
            {
                errors.Add(first.Error(OnboardingColumns.Role, ErrorCodes.ImportRowInvalid, $"“{agency.Row[OnboardingColumns.Name]}”的领导小组应有且只有一名组长，现有 {heads} 名。"));
            }
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.Group);
    }

    private static Dictionary<AgencyRow, List<Officer>> Officers(OnboardingSheets sheets, Dictionary<string, AgencyRow?> byKey, List<OnboardingError> errors)
    {
        var rows = sheets[OnboardingColumns.OfficerSheet];
        var result = new Dictionary<AgencyRow, List<Officer>>();
        var table = SheetTable.Open(OnboardingColumns.OfficerSheet, rows, [OnboardingColumns.Agency], errors);
        if (table is null || table.Rows.Count == 0)
        {
            return result;
        }

        // The officer list's own reading and rules (OfficerTable, OfficerValidation), with the file's row numbers.
        var sheet = OfficerTable.Parse(rows);
        errors.AddRange(sheet.Errors.Select(e => new OnboardingError(
            OnboardingColumns.OfficerSheet, e.Row, null,
            e.Row == 0 ? ErrorCodes.ImportFileInvalid : e.Message.Contains("重复", StringComparison.Ordinal) ? ErrorCodes.ImportDuplicate : ErrorCodes.ImportRowInvalid,
            e.Message)));
        var parsed = sheet.Rows.ToDictionary(r => r.Row);
        foreach (var row in table.Rows)
        {
            if (AgencyOf(row, byKey, errors) is { } agency && parsed.TryGetValue(row.Row, out var officer))
            {
                (result.TryGetValue(agency, out var list) ? list : result[agency] = []).Add(OfficerImporter.ToOfficer(officer));
            }
        }

        return result;
    }

    private static AgencyRow? AgencyOf(SheetRow row, Dictionary<string, AgencyRow?> byKey, List<OnboardingError> errors)
    {
        var key = row[OnboardingColumns.Agency];
        if (key.Length == 0)
        {
            errors.Add(row.Error(OnboardingColumns.Agency, ErrorCodes.ImportRowInvalid, "所属机关为空：填“机关”表中该机关的统一社会信用代码或名称。"));
            return null;
        }

        if (byKey.TryGetValue(key.ToUpperInvariant(), out var agency) || byKey.TryGetValue(key, out agency))
        {
            if (agency is null)
            {
                errors.Add(row.Error(OnboardingColumns.Agency, ErrorCodes.ImportRowInvalid, $"“机关”表中有多个名为“{key}”的机关，请填写统一社会信用代码。"));
            }

            return agency;
        }

        errors.Add(row.Error(OnboardingColumns.Agency, ErrorCodes.ImportUnknownAgency, $"所属机关“{key}”不在“机关”表中。"));
        return null;
    }

    private static AgencyLevel? Level(SheetRow row, List<OnboardingError> errors)
    {
        var text = row[OnboardingColumns.Level];
        var level = Enum.GetValues<AgencyLevel>().Select(l => (AgencyLevel?)l).FirstOrDefault(l => LevelNames.Chinese(l!.Value) == text || LevelNames.Chinese(l.Value) + "级" == text);
        if (level is null)
        {
            errors.Add(row.Error(OnboardingColumns.Level, ErrorCodes.ImportRowInvalid, text.Length == 0 ? "层级为空。" : $"层级“{text}”无效，应为省级、市级、县级或乡镇级。"));
        }

        return level;
    }

    private static string? Sector(SheetRow row, List<OnboardingError> errors)
    {
        var text = row[OnboardingColumns.Sector];
        var sector = SectorNames.Ids.FirstOrDefault(id => SectorNames.Chinese(id) == text || string.Equals(id, text, StringComparison.OrdinalIgnoreCase));
        if (sector is null)
        {
            errors.Add(row.Error(OnboardingColumns.Sector, ErrorCodes.ImportRowInvalid, text.Length == 0 ? "行业为空。" : $"行业“{text}”无效，应为{string.Join("、", SectorNames.Ids.Select(SectorNames.Chinese))}之一。"));
        }

        return sector;
    }

    private static LeadingGroupRole? Role(SheetRow row, List<OnboardingError> errors)
    {
        var text = row[OnboardingColumns.Role];
        var role = Enum.GetValues<LeadingGroupRole>().Select(r => (LeadingGroupRole?)r).FirstOrDefault(r => LeadingGroupRoleNames.Chinese(r!.Value) == text);
        if (role is null)
        {
            errors.Add(row.Error(OnboardingColumns.Role, ErrorCodes.ImportRowInvalid, $"小组职务“{text}”无效，应为组长、副组长、成员或办公室主任。"));
        }

        return role;
    }

    private static IEnumerable<AgencyRow> ParentsFirst(List<AgencyRow> rows)
    {
        var placed = new HashSet<AgencyRow>();
        var order = new List<AgencyRow>();
        void Visit(AgencyRow row)
        {
            if (row.ParentRow is { } parent && !placed.Contains(parent))
            {
                Visit(parent);
            }

            if (placed.Add(row))
            {
                order.Add(row);
            }
        }

        rows.ForEach(Visit);
        return order;
    }

    private static string? ColumnOf(string field) => field switch
    {
        "name" => OnboardingColumns.Name,
        "regionCode" => OnboardingColumns.RegionCode,
        "level" => OnboardingColumns.Level,
        "creditCode" => OnboardingColumns.CreditCode,
        _ => null,
    };

    private static int SheetOrder(string sheet) => OnboardingColumns.Sheets.Select(s => s.Sheet).ToList().IndexOf(sheet);

    private sealed class AgencyRow(SheetRow row, string creditCode, AgencyProfile? profile)
    {
        public SheetRow Row => row;

        public string CreditCode => creditCode;

        public AgencyProfile? Profile { get; set; } = profile;

        public AgencyProfile? Parent { get; set; }

        public AgencyRow? ParentRow { get; set; }
    }
}
