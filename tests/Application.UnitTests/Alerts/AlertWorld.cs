using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Alerts.CreateAlert;
using TalentMatch.Application.Alerts.Mailing;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Application.Common.Email;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Application.UnitTests.Taxonomy;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Alerts.Mailing;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.Email.Templates.Alerts;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Application.UnitTests.Alerts;

/// <summary>
/// Alerts on SQLite in memory: a candidate (Ana, en), an employer member (Bouw Leiden), published vacancies on demand,
/// the alert use cases and the real mailer (templates, Data Protection tokens, outbox, suppression list) on a fake clock.
/// </summary>
internal sealed class AlertWorld : IDisposable
{
    public const string CandidateEmail = "ana@example.org";
    public const string EmployerEmail = "hr@bouwleiden.example";

    private AlertWorld()
    {
    }

    public UseCaseFixture Cases { get; } = new();

    public SqliteApplicationDbContext Db => Cases.Db;

    public FakeTimeProvider Clock => Cases.Clock;

    public FakeCurrentUser User { get; } = new();

    public FakePlaces Places { get; } = new();

    public FakeTaxonomy Taxonomy { get; } = TaxonomyExamples.Taxonomy();

    public AlertMailingPolicy Policy { get; set; } = AlertMailingPolicy.Default;

    public DataProtectionUnsubscribeTokens Tokens { get; } = new(new EphemeralDataProtectionProvider());

    public UserId CandidateUser { get; private set; }

    public UserId EmployerUser { get; private set; }

    public Employer Employer { get; private set; } = null!;

    public static async Task<AlertWorld> CreateAsync()
    {
        var world = new AlertWorld();
        world.CandidateUser = await world.Cases.Identity.CreateAsync(CandidateEmail, null, Roles.Candidate, "en", true, default);
        world.EmployerUser = await world.Cases.Identity.CreateAsync(EmployerEmail, null, Roles.Employer, "en", true, default);
        world.Employer = Employer.Register("Bouw Leiden", KvkNumber.Create("12345678"), false, world.EmployerUser, world.Clock.GetUtcNow());
        world.Db.Employers.Add(world.Employer);
        world.Db.Candidates.Add(Candidate.Register(world.CandidateUser, "Ana", world.Clock.GetUtcNow()));
        await world.Db.SaveChangesAsync();
        world.AsCandidate();
        return world;
    }

    public void AsCandidate() => SignIn(CandidateUser, Roles.Candidate);

    public void AsEmployer() => SignIn(EmployerUser, Roles.Employer);

    public void SignIn(UserId user, string role)
    {
        User.Id = user;
        User.Roles.Clear();
        User.Roles.Add(role);
    }

    /// <summary>Runs the validator as the pipeline does, then the handler.</summary>
    public async Task<AlertDto> CreateAlertAsync(CreateAlertCommand command)
    {
        var check = await new CreateAlertValidator(Places).ValidateAsync(command);
        if (!check.IsValid)
        {
            throw new TalentMatch.Application.Common.Exceptions.ValidationException(check.Errors);
        }

        return await new CreateAlertHandler(Db, User, Clock, NullLogger<CreateAlertHandler>.Instance).Handle(command, default);
    }

    public Task<AlertDto> SavedSearchAsync(string q = "lasser", string frequency = "Instant", string? quietFrom = null,
        string? quietUntil = null) =>
        CreateAlertAsync(new CreateAlertCommand("SavedSearch", Search: new(Q: q, Near: "Leiden", RadiusKm: 25),
            Frequency: frequency, QuietFrom: quietFrom, QuietUntil: quietUntil));

    public AlertMailer Mailer()
    {
        var queue = new AlertMailQueue(Db, Policy);
        var cap = new AlertMailCap(Db, Policy);
        var composer = new AlertEmailComposer(new AlertEmailRenderer(), new FakeAppLinks(), Tokens, new CandidateCards(Taxonomy));
        var committer = new AlertMailCommitter(Db, new EmailOutbox(Db, new FakeEmailTemplates(), Clock), cap);
        var person = new AlertPersonMailer(Db, queue, new AlertItemLoader(Db, Places, Clock), new AlertBatchPlanner(Policy),
            composer, committer, Cases.Identity, new EmailSuppressions(Db, Clock), NullLogger<AlertPersonMailer>.Instance);
        return new AlertMailer(queue, person, cap, Clock, NullLogger<AlertMailer>.Instance);
    }

    public Task<AlertMailPassResult> PassAsync() => Mailer().RunPassAsync(default);

    /// <summary>Stands in for the matcher: records that <paramref name="item"/> was found for the alert.</summary>
    public async Task<AlertDelivery> FoundAsync(Guid alert, Guid item, string summary = "Your search for lasser, 3 km away",
        int score = 80)
    {
        var delivery = AlertDelivery.Found(new AlertSubscriptionId(alert), item, score, summary, Clock.GetUtcNow());
        Db.AlertDeliveries.Add(delivery);
        await Db.SaveChangesAsync();
        return delivery;
    }

    public async Task<List<OutboundEmail>> EmailsAsync()
    {
        await using var db = Cases.NewContext();
        return [.. (await db.OutboundEmails.AsNoTracking().ToListAsync()).OrderBy(e => e.CreatedAt).ThenBy(e => e.IdempotencyKey)];
    }

    public async Task<List<AlertDelivery>> DeliveriesAsync()
    {
        await using var db = Cases.NewContext();
        return await db.AlertDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    /// <summary>Moves the fake clock forward to a local (Europe/Amsterdam) date and time.</summary>
    public void SetLocal(DateOnly day, int hour, int minute = 0) => Clock.SetUtcNow(AmsterdamTime.At(day, new TimeOnly(hour, minute)));

    public void Dispose() => Cases.Dispose();
}
