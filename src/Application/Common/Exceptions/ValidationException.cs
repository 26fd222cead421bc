using FluentValidation.Results;

namespace TalentMatch.Application.Common.Exceptions;

/// <summary>Input that breaks a validation rule; errors by property name, already in the user's language.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException(IEnumerable<ValidationFailure> failures)
        : base("One or more validation failures have occurred.")
    {
        Errors = failures
            .GroupBy(f => f.PropertyName, f => f.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public ValidationException(string propertyName, string message)
        : this([new ValidationFailure(propertyName, message)])
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
