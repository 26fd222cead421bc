using FluentValidation;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Application.Applications.ListMyApplications;

public sealed class ListMyApplicationsValidator : AbstractValidator<ListMyApplicationsQuery>
{
    public ListMyApplicationsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
