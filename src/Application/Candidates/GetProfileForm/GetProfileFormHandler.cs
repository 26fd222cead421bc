using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Taxonomy;

namespace TalentMatch.Application.Candidates.GetProfileForm;

public sealed class GetProfileFormHandler(IApplicationDbContext db, ITaxonomy taxonomy)
    : IQueryHandler<GetProfileFormQuery, ProfileFormDto>
{
    public async ValueTask<ProfileFormDto> Handle(GetProfileFormQuery query, CancellationToken cancellationToken)
    {
        var language = ProfileLanguage.Of(query.Language);
        var certificates = await db.Certificates.AsNoTracking().ToListAsync(cancellationToken);
        return new ProfileFormDto(
            [.. certificates.Select(c => new CertificateDto(c.Code.Value, c.Name(language.Code)))
                .OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)],
            [.. query.Occupations.Distinct().Select(uri => taxonomy.Occupation(uri, language))],
            [.. query.Skills.Distinct().Select(uri => taxonomy.Skill(uri, language))]);
    }
}
