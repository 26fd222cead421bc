using Microsoft.AspNetCore.Mvc.ModelBinding;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Puts a use case's field errors on the form fields of the page's <c>Input</c> model.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ValidationException exception,
        IReadOnlyDictionary<string, string>? fieldMap = null, string prefix = "Input")
    {
        foreach (var (property, messages) in exception.Errors)
        {
            var field = fieldMap?.GetValueOrDefault(property) ?? property;
            foreach (var message in messages)
            {
                modelState.AddModelError(string.IsNullOrEmpty(field) ? string.Empty : $"{prefix}.{field}", message);
            }
        }
    }

    public static void AddError(this ModelStateDictionary modelState, BusinessRuleException exception,
        string? field = null, string prefix = "Input") =>
        modelState.AddModelError(field is null ? string.Empty : $"{prefix}.{field}", ErrorTexts.ForRule(exception.BrokenRule));
}
