using System.Globalization;
using TalentMatch.Application.Candidates.GetMyProfile;
using TalentMatch.Application.Candidates.UpdateMyProfile;

namespace TalentMatch.Web.Pages.Candidate;

/// <summary>Between the profile form and the use cases: fill the form from a profile, turn it into the command.</summary>
public static class ProfileInputMapping
{
    public static ProfileInput ToInput(this MyProfileDto p) => new()
    {
        Occupations = [.. p.DesiredOccupations.Select(o => o.Uri)],
        Skills = [.. p.Skills.Select(s => s.Uri)],
        Languages = [.. p.Languages.Select(l => new LanguageRow { Language = l.Language, Level = l.Level })],
        EducationLevel = p.EducationLevel ?? string.Empty,
        RecognitionStatus = p.RecognitionStatus,
        RecognitionBody = p.RecognitionBody == "None" ? string.Empty : p.RecognitionBody,
        BigRegistration = p.BigRegistration,
        Certificates = [.. p.Certificates.Select(c => c.Code)],
        WorkAuthorisation = p.WorkAuthorisation ?? string.Empty,
        AvailableFrom = p.AvailableFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        HoursPerWeekMin = Text(p.HoursPerWeekMin),
        HoursPerWeekMax = Text(p.HoursPerWeekMax),
        HomePlace = p.HomePlace ?? string.Empty,
        MaxCommuteKm = Text(p.MaxCommuteKm),
        WillingToRelocate = p.WillingToRelocate,
        HousingNeed = p.HousingNeed,
        VisibleToEmployers = p.VisibleToEmployers,
        ConsentToStatistics = p.ConsentToStatistics,
        Group = p.Group ?? string.Empty,
    };

    /// <summary>The command, or null with <paramref name="typos"/> (field → English message key) when a number or date is unreadable.</summary>
    public static UpdateMyProfileCommand? ToCommand(this ProfileInput i, out Dictionary<string, string> typos)
    {
        typos = [];
        var from = Date(i.AvailableFrom, nameof(i.AvailableFrom), typos);
        var min = Number(i.HoursPerWeekMin, nameof(i.HoursPerWeekMin), typos);
        var max = Number(i.HoursPerWeekMax, nameof(i.HoursPerWeekMax), typos);
        var commute = Number(i.MaxCommuteKm, nameof(i.MaxCommuteKm), typos);
        return typos.Count > 0 ? null : new UpdateMyProfileCommand(
            i.Occupations, i.Skills, [.. i.Languages.Where(l => !l.IsEmpty).Select(l => new LanguageSkillInput(l.Language, l.Level))],
            i.EducationLevel, i.RecognitionStatus, i.RecognitionBody, i.BigRegistration, i.Certificates, i.WorkAuthorisation,
            from, min, max, i.HomePlace.Trim(), commute, i.WillingToRelocate, i.HousingNeed, i.VisibleToEmployers,
            i.ConsentToStatistics, i.Group);
    }

    /// <summary>Where the use case's field names (<c>DesiredOccupations[2]</c>, <c>Languages[0].Level</c>) are on the form.</summary>
    public static IReadOnlyDictionary<string, string> FieldMap(this ProfileInput i)
    {
        var map = new Dictionary<string, string> { ["DesiredOccupations"] = nameof(i.Occupations) };
        var rows = i.Languages.Select((row, index) => (row, index)).Where(x => !x.row.IsEmpty).Select(x => x.index).ToList();
        var longest = new[] { rows.Count, i.Occupations.Count, i.Skills.Count, i.Certificates.Count }.Max();
        for (var k = 0; k < longest; k++)
        {
            map[$"DesiredOccupations[{k}]"] = nameof(i.Occupations);
            map[$"Skills[{k}]"] = nameof(i.Skills);
            map[$"Certificates[{k}]"] = nameof(i.Certificates);
            if (k < rows.Count)
            {
                map[$"Languages[{k}]"] = $"Languages[{rows[k]}].Language";
                map[$"Languages[{k}].Language"] = $"Languages[{rows[k]}].Language";
                map[$"Languages[{k}].Level"] = $"Languages[{rows[k]}].Level";
            }
        }

        return map;
    }

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static int? Number(string text, string field, Dictionary<string, string> typos)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        typos[field] = "Enter a whole number.";
        return null;
    }

    private static DateOnly? Date(string text, string field, Dictionary<string, string> typos)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Browsers send yyyy-MM-dd; without a date picker people type their own way (31-1-2027 in Dutch).
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParse(text.Trim(), CultureInfo.CurrentCulture, DateTimeStyles.None, out date))
        {
            return date;
        }

        typos[field] = "Enter a date as year-month-day, for example 2027-01-31.";
        return null;
    }
}
