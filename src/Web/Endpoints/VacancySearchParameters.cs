using System.Globalization;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Vacancies.SearchVacancies;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// The query string of <c>GET /api/v1/vacancies</c>. A filter may repeat (<c>sector=education&amp;sector=healthcare</c>)
/// or list values with commas. Dates are yyyy-MM-dd. Numbers, yes/no and dates arrive as text and are read here, so
/// <c>hoursMin=abc</c> is a field error in the ProblemDetails (as every other bad value is), not a bare 400.
/// </summary>
public sealed record VacancySearchParameters(
    string? Q, string[]? Sector, string[]? Occupation, string[]? OccupationGroup, string? Near, string? RadiusKm,
    string? HoursMin, string? HoursMax, string[]? Contract, string[]? Language, string? SalaryMin, string? SponsorsVisa,
    string? Housing, string? PostedSince, string? Sort, string? Page, string? PageSize)
{
    public SearchVacanciesQuery ToQuery(IStringLocalizer<SharedResource> texts)
    {
        var errors = new List<ValidationFailure>();
        var query = new SearchVacanciesQuery(Q, Split(Sector), Split(Occupation), Split(OccupationGroup), Near,
            Number(RadiusKm, "radiusKm", errors, texts), Whole(HoursMin, "hoursMin", errors, texts),
            Whole(HoursMax, "hoursMax", errors, texts), Split(Contract), Split(Language),
            Whole(SalaryMin, "salaryMin", errors, texts), YesNo(SponsorsVisa, "sponsorsVisa", errors),
            YesNo(Housing, "housing", errors), Date(PostedSince, "postedSince", errors), Sort,
            Whole(Page, "page", errors, texts), Whole(PageSize, "pageSize", errors, texts));
        ThrowIfAny(errors);
        return query;
    }

    /// <summary>Repeated and comma-separated values alike; ESCO URIs contain no commas.</summary>
    public static IReadOnlyList<string>? Split(string[]? values) =>
        values is null ? null : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>A whole number, or null when blank; anything else adds a field error.</summary>
    public static int? Whole(string? value, string field, List<ValidationFailure> errors, IStringLocalizer texts)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(new ValidationFailure(field, texts["Enter a whole number."].Value));
        return null;
    }

    /// <summary>A finite number with a decimal point, or null when blank; anything else adds a field error.</summary>
    public static double? Number(string? value, string field, List<ValidationFailure> errors, IStringLocalizer texts)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
        {
            return number;
        }

        errors.Add(new ValidationFailure(field, texts["Enter a whole number."].Value));
        return null;
    }

    public static void ThrowIfAny(List<ValidationFailure> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static bool? YesNo(string? value, string field, List<ValidationFailure> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (bool.TryParse(value.Trim(), out var yes))
        {
            return yes;
        }

        errors.Add(new ValidationFailure(field, Messages.Get("OptionUnknown")));
        return null;
    }

    private static DateOnly? Date(string? value, string field, List<ValidationFailure> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new ValidationFailure(field, Messages.Get("DateNotValid")));
        return null;
    }
}
