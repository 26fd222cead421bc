using FluentValidation.Results;
using Mediator;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.AddMySkills;

public sealed class AddMySkillsHandler(IApplicationDbContext db, ICurrentUser user, ITaxonomy taxonomy,
    TimeProvider clock) : ICommandHandler<AddMySkillsCommand, int>
{
    public async ValueTask<int> Handle(AddMySkillsCommand command, CancellationToken cancellationToken)
    {
        var skills = command.Skills.Select(SkillUri.Create).ToList();
        var unknown = skills.Select((skill, i) => (skill, i)).Where(x => taxonomy.FindSkill(x.skill) is null)
            .Select(x => new ValidationFailure($"{nameof(command.Skills)}[{x.i}]", ProfileMessages.SkillUnknown)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException(unknown);
        }

        var candidate = await db.Candidates.MineAsync(user, cancellationToken);
        var added = candidate.AddSkills(skills, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
