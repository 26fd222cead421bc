using FluentValidation;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Places;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Employers.UpdateMyOrganisation;

public sealed class UpdateMyOrganisationValidator : AbstractValidator<UpdateMyOrganisationCommand>
{
    public UpdateMyOrganisationValidator(IPlaceDirectory places, TimeProvider clock)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Employer.NameMaxLength).WithName(_ => Messages.OrganisationName);
        RuleForEach(c => c.Sectors).Must(s => Sector.FromCode(s) is not null)
            .WithMessage(_ => Messages.Get("OptionUnknown"));
        RuleFor(c => c.Locations).Must(l => l is null || l.Count <= Employer.MaxLocations)
            .WithMessage(_ => Messages.Format("TooMany", Employer.MaxLocations));
        RuleForEach(c => c.Locations).Must(p => !string.IsNullOrWhiteSpace(p) && places.Find(p) is not null)
            .WithMessage(_ => Messages.Get("PlaceUnknown"));
        RuleFor(c => c.SponsorCheckedOn).NotNull().When(c => c.IsRecognisedSponsor)
            .WithMessage(_ => Messages.Get("SponsorCheckDateRequired"));
        RuleFor(c => c.SponsorCheckedOn).Must(d => d is null || d <= clock.Today())
            .WithMessage(_ => Messages.Get("DateInFuture"));
    }
}
