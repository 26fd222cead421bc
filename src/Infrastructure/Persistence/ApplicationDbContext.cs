using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Matching;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Identity;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// One database for the product and its accounts. Each provider has a derived context with its own migrations
/// (<see cref="SqliteApplicationDbContext"/>, <see cref="SqlServerApplicationDbContext"/>).
/// </summary>
public abstract class ApplicationDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IApplicationDbContext, IDataProtectionKeyContext
{
    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    public DbSet<AlertSubscription> AlertSubscriptions => Set<AlertSubscription>();

    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();

    public DbSet<AlertTrigger> AlertTriggers => Set<AlertTrigger>();

    public DbSet<AlertMailCount> AlertMailCounts => Set<AlertMailCount>();

    public DbSet<EmailSuppression> EmailSuppressions => Set<EmailSuppression>();

    public DbSet<GapResource> GapResources => Set<GapResource>();

    public DbSet<JobApplication> JobApplications => Set<JobApplication>();

    public DbSet<Placement> Placements => Set<Placement>();

    /// <summary>Shared key ring: cookies and tokens issued by one web instance are valid on every other.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }
}
