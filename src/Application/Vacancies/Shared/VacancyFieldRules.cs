using FluentValidation;
using TalentMatch.Application.Common.Localization;

namespace TalentMatch.Application.Vacancies.Shared;

public static class VacancyFieldRules
{
    /// <summary>Runs <see cref="VacancyFieldsValidator"/> on a command's fields, keeping the field names unprefixed.</summary>
    public static void ValidFields<T>(this IRuleBuilderInitial<T, VacancyFields> rule, IValidator<VacancyFields> fields) =>
        rule.CustomAsync(async (value, context, ct) =>
        {
            if (value is null)
            {
                context.AddFailure(nameof(VacancyFields.Title), Messages.Get("Required"));
                return;
            }

            foreach (var failure in (await fields.ValidateAsync(value, ct)).Errors)
            {
                context.AddFailure(failure);
            }
        });
}
