using FluentValidation;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Candidates.Rules;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Application.Candidates.UpdateMyProfile;

public sealed partial class UpdateMyProfileValidator
{
    /// <summary>Recognition status and body: the domain's own rules decide whether the pair fits.</summary>
    private void AddRecognitionRules()
    {
        RuleFor(c => c.RecognitionStatus).ValidChoice(typeof(RecognitionStatus));
        RuleFor(c => c.RecognitionBody).ValidChoice(typeof(RecognitionBody));
        RuleFor(c => c.RecognitionBody)
            .Must((c, _) => !new RecognitionBodyOnlyWhenEvaluated(Status(c), Body(c)).IsBroken())
            .WithMessage(_ => ProfileMessages.RecognitionBodyWithoutStatus)
            .Must((c, _) => !new RecognitionBodyRequiredWhenEvaluated(Status(c), Body(c)).IsBroken())
            .WithMessage(_ => ProfileMessages.RecognitionBodyMissing)
            .When(c => ProfileEnums.IsNameOrEmpty<RecognitionStatus>(c.RecognitionStatus)
                && ProfileEnums.IsNameOrEmpty<RecognitionBody>(c.RecognitionBody));
    }

    /// <summary>Hours (both or neither, 1 to 40, 16 at most for students), home place with commute (1 to 200 km).</summary>
    private void AddWorkPreferenceRules()
    {
        RuleFor(c => c.HoursPerWeekMin).NotNull().When(c => c.HoursPerWeekMax is not null).WithMessage(_ => ProfileMessages.HoursBoth)
            .InclusiveBetween(WeeklyHours.Lowest, WeeklyHours.Highest).WithName(_ => ProfileMessages.HoursPerWeekMin)
            .LessThanOrEqualTo(c => c.HoursPerWeekMax).When(c => c.HoursPerWeekMax is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => ProfileMessages.HoursMinAboveMax);
        RuleFor(c => c.HoursPerWeekMax).NotNull().When(c => c.HoursPerWeekMin is not null).WithMessage(_ => ProfileMessages.HoursBoth)
            .InclusiveBetween(WeeklyHours.Lowest, WeeklyHours.Highest).WithName(_ => ProfileMessages.HoursPerWeekMax)
            .LessThanOrEqualTo(WorkAuthorisations.StudentMaxHoursPerWeek).WithMessage(_ => ProfileMessages.StudentHoursLimit)
            .When(IsStudent, ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.HomePlace).MaximumLength(HomeLocation.PlaceNameMaxLength).WithName(_ => ProfileMessages.HomePlace)
            .NotEmpty().When(c => c.MaxCommuteKm is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => ProfileMessages.HomePlaceRequired);
        RuleFor(c => c.MaxCommuteKm).NotNull().When(c => !string.IsNullOrWhiteSpace(c.HomePlace))
            .WithMessage(_ => ProfileMessages.CommuteRequired)
            .InclusiveBetween(HomeLocation.MinCommuteKm, HomeLocation.MaxCommuteKmLimit)
            .WithMessage(_ => ProfileMessages.CommuteRange);
    }

    private static bool IsStudent(UpdateMyProfileCommand c) =>
        ProfileEnums.IsNameOrEmpty<WorkAuthorisation>(c.WorkAuthorisation)
        && ProfileEnums.Parse<WorkAuthorisation>(c.WorkAuthorisation) == WorkAuthorisation.StudentWithHoursLimit;

    private static RecognitionStatus Status(UpdateMyProfileCommand c) =>
        ProfileEnums.ParseOr(c.RecognitionStatus, RecognitionStatus.None);

    private static RecognitionBody Body(UpdateMyProfileCommand c) =>
        ProfileEnums.ParseOr(c.RecognitionBody, RecognitionBody.None);
}
