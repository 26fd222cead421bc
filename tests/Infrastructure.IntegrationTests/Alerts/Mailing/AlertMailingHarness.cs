using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Alerts.Mailing;
using TalentMatch.Application.Common.Email;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Places;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Alerts.Mailing;
using TalentMatch.Infrastructure.Email.Dispatch;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Places;
using TalentMatch.Infrastructure.Taxonomy;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Mailing;

/// <summary>
/// A migrated SQLite file, the alert mailer and the outbox processor wired as the app wires them (AddEmail with the
/// chosen provider, AddAlertMailer, AddAlertMailing), with a fake clock, test links and a small identity store.
/// </summary>
public sealed class AlertMailingHarness : IAsyncDisposable
{
    private static readonly Place Leiden = new("Leiden", "0546", new GeoPoint(52.15833, 4.49306));

    private AlertMailingHarness(SqliteTestDatabase database, ServiceProvider services, FakeTimeProvider clock,
        AlertAccounts accounts)
    {
        Database = database;
        Services = services;
        Clock = clock;
        Accounts = accounts;
    }

    public FakeTimeProvider Clock { get; }

    public AlertAccounts Accounts { get; }

    public SqliteTestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public IUnsubscribeTokens Tokens => Services.GetRequiredService<IUnsubscribeTokens>();

    public static async Task<AlertMailingHarness> CreateAsync(IDictionary<string, string?> emailSettings)
    {
        var database = await SqliteTestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(TestEmails.Start);
        var accounts = new AlertAccounts();
        var services = EmailTestServices.Build(database.DirectoryPath, emailSettings, s =>
        {
            s.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
            s.AddScoped<IEmailOutbox, EmailOutbox>();
            s.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
            s.AddSingleton<IPlaceDirectory, ShippedPlaceDirectory>();
            s.AddTaxonomy();
            s.AddAlertMailer();
            s.AddAlertMailing();
            s.AddSingleton<IIdentityService>(accounts);
            s.AddSingleton<IAppLinks, TestLinks>();
            s.AddSingleton<TimeProvider>(clock);
        }, database.ConnectionString);
        return new AlertMailingHarness(database, services, clock, accounts);
    }

    /// <summary>An employer with <paramref name="vacancies"/> published welder vacancies near Leiden.</summary>
    public async Task<IReadOnlyList<Guid>> PublishAsync(int vacancies, string titlePrefix = "Lasser")
    {
        var now = Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var owner = UserId.New();
        var employer = Employer.Register("Bouw & Zoon", KvkNumber.Create(Random.Shared.Next(10_000_000, 99_999_999)
            .ToString(System.Globalization.CultureInfo.InvariantCulture)), false, owner, now);
        var list = Enumerable.Range(1, vacancies).Select(i =>
        {
            var vacancy = Vacancy.Draft(employer, new VacancyDetails($"{titlePrefix} {i}", "<p>Lassen</p>", Sector.Construction,
                OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b"), [], [new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1)],
                EducationLevel.Mbo2, false, false, [], HoursRange.Create(32, 40), ContractType.Permanent,
                SalaryRange.Create(2800, 3400), VacancyLocation.Of(Leiden), WorkMode.OnSite, false, false, false, null,
                today.AddDays(30)), owner, now);
            vacancy.Publish(employer, owner, now, today);
            return vacancy;
        }).ToList();
        await using var db = Database.CreateContext();
        db.Employers.Add(employer);
        db.Vacancies.AddRange(list);
        await db.SaveChangesAsync();
        return [.. list.Select(v => v.Id.Value)];
    }

    /// <summary>An instant saved search of a new account, with one delivery per item (standing in for the matcher).</summary>
    public async Task<(UserId Owner, AlertSubscription Alert)> AlertWithItemsAsync(string email, string culture,
        IReadOnlyList<Guid> items, string name = "Lassen in Leiden")
    {
        var owner = Accounts.Add(email, culture);
        var now = Clock.GetUtcNow();
        var alert = AlertSubscription.Create(owner, AlertKind.SavedSearch, name,
            new SavedSearchCriteria("lasser", [], [], [], [], "Leiden", 25, null, null, null, null, null), null,
            AlertFrequency.Instant, null, culture, now);
        await using var db = Database.CreateContext();
        db.AlertSubscriptions.Add(alert);
        db.AlertDeliveries.AddRange(items.Select(i => AlertDelivery.Found(alert.Id, i, 80,
            culture == "nl" ? "Past bij “lasser”" : "Matches “lasser”", now)));
        await db.SaveChangesAsync();
        return (owner, alert);
    }

    public async Task<AlertMailPassResult> MailAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertMailer>().RunPassAsync(CancellationToken.None);
    }

    public async Task<int> DispatchAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessDueAsync(CancellationToken.None);
    }

    public async Task<List<AlertDelivery>> DeliveriesAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AlertDeliveries.AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Database.Dispose();
    }
}
