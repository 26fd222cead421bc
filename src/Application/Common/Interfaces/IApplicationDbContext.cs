using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Matching;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Common.Interfaces;

public interface IApplicationDbContext
{
    DbSet<Employer> Employers { get; }

    DbSet<Candidate> Candidates { get; }

    DbSet<OutboundEmail> OutboundEmails { get; }

    DbSet<Certificate> Certificates { get; }

    DbSet<Vacancy> Vacancies { get; }

    DbSet<GapResource> GapResources { get; }

    DbSet<AlertSubscription> AlertSubscriptions { get; }

    DbSet<AlertDelivery> AlertDeliveries { get; }

    DbSet<AlertTrigger> AlertTriggers { get; }

    DbSet<AlertMailCount> AlertMailCounts { get; }

    DbSet<JobApplication> JobApplications { get; }

    DbSet<Placement> Placements { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
