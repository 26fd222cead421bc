using TalentMatch.Application.Common.Email;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Application.UnitTests.Taxonomy;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Infrastructure.RichText;

namespace TalentMatch.Application.UnitTests.Vacancies;

/// <summary>A use-case fixture with taxonomy, places, certificates, two employers and a signed-in user to switch.</summary>
internal sealed class VacancyFixture : IDisposable
{
    public VacancyFixture()
    {
        X = Employer.Register("Bouw X", KvkNumber.Create("11111111"), false, XOwner, Cases.Clock.GetUtcNow());
        Y = Employer.Register("Zorg Y", KvkNumber.Create("22222222"), false, YOwner, Cases.Clock.GetUtcNow());
        Db.Certificates.AddRange(ShippedCertificates.All.Select(c => Certificate.Create(c.Code, c.NameEn, c.NameNl, true)));
        Db.Employers.AddRange(X, Y);
        Db.SaveChanges();
        User.Id = XOwner;
    }

    public UseCaseFixture Cases { get; } = new();

    public Infrastructure.Persistence.SqliteApplicationDbContext Db => Cases.Db;

    public FakeTaxonomy Taxonomy { get; } = TaxonomyExamples.Taxonomy();

    public FakePlaces Places { get; } = new();

    public FakeCurrentUser User { get; } = new();

    public UserId XOwner { get; } = UserId.New();

    public UserId YOwner { get; } = UserId.New();

    public Employer X { get; }

    public Employer Y { get; }

    public VacancyDetailsFactory Details => new(new RichTextSanitizer(), Places);

    public VacancyMapper Mapper => new(Taxonomy, Db);

    public VacancyFieldsValidator FieldsValidator => new(Taxonomy, Places, Db);

    public EmailOutbox Outbox => new(Db, new FakeEmailTemplates(), Cases.Clock);

    public static VacancyFields Welder(string title = "Lasser") => new(
        title, "<p>Wij zoeken een lasser.</p><img src=x onerror=alert(1)>", "construction", TaxonomyExamples.Welder.Uri.Value,
        [new SkillRequirement(TaxonomyExamples.WeldMetal.Uri.Value, "Essential")], [new LanguageRequirement("nl", "B1")],
        "Mbo2", false, false, ["VCA-BASIS"], 32, 40, "Permanent", 2800, 3400, "Leiden", "OnSite", false, false, false,
        null, new DateOnly(2026, 12, 31));

    public void Dispose() => Cases.Dispose();
}
