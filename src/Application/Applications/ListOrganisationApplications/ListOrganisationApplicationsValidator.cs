using FluentValidation;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Application.Applications.ListOrganisationApplications;

public sealed class ListOrganisationApplicationsValidator : AbstractValidator<ListOrganisationApplicationsQuery>
{
    public ListOrganisationApplicationsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
