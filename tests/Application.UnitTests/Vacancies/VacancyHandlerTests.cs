using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Vacancies.CloseVacancy;
using TalentMatch.Application.Vacancies.CreateVacancy;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.ListMyVacancies;
using TalentMatch.Application.Vacancies.ListPublishedVacancies;
using TalentMatch.Application.Vacancies.PublishVacancy;
using TalentMatch.Application.Vacancies.UpdateVacancy;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Vacancies;

public sealed class VacancyHandlerTests : IDisposable
{
    private readonly VacancyFixture _f = new();

    [Fact]
    public async Task Create_ByMember_SavesSanitisedDraftOfTheirEmployer()
    {
        var id = await CreateAsync();

        await using var check = _f.Cases.NewContext();
        var vacancy = await check.Vacancies.SingleAsync();
        vacancy.Id.Value.ShouldBe(id);
        vacancy.EmployerId.ShouldBe(_f.X.Id);
        vacancy.Status.ShouldBe(VacancyStatus.Draft);
        vacancy.Description.ShouldBe("<p>Wij zoeken een lasser.</p>");
        vacancy.Languages.ShouldHaveSingleItem().Level.ShouldBe(Domain.Qualifications.CefrLevel.B1);
        vacancy.Certificates.ShouldHaveSingleItem().Code.Value.ShouldBe("VCA-BASIS");
        vacancy.Location!.Point.Latitude.ShouldBe(52.15833);
        vacancy.History.ShouldHaveSingleItem().By.ShouldBe(_f.XOwner);
    }

    [Fact]
    public async Task Create_WithoutOrganisation_IsNotFound()
    {
        _f.User.Id = UserId.New();

        await Should.ThrowAsync<NotFoundException>(() => CreateAsync());
    }

    [Fact]
    public async Task Publish_ThenClose_KeepsHistory_AndPublicListShowsOnlyOpenPublished()
    {
        var published = await CreateAsync("Published one");
        await CreateAsync("Draft one");
        await new PublishVacancyHandler(_f.Db, _f.User, _f.Cases.Clock, NullLogger<PublishVacancyHandler>.Instance)
            .Handle(new PublishVacancyCommand(published), default);

        var list = await new ListPublishedVacanciesHandler(_f.Db, _f.Mapper, _f.Cases.Clock).Handle(new ListPublishedVacanciesQuery(), default);

        list.Total.ShouldBe(1);
        list.Items.ShouldHaveSingleItem().Title.ShouldBe("Published one");
        list.Items[0].EmployerName.ShouldBe("Bouw X");
        await new CloseVacancyHandler(_f.Db, _f.User, _f.Cases.Clock).Handle(new CloseVacancyCommand(published), default);
        (await new ListPublishedVacanciesHandler(_f.Db, _f.Mapper, _f.Cases.Clock).Handle(new ListPublishedVacanciesQuery(), default))
            .Total.ShouldBe(0);
        var mine = await new ListMyVacanciesHandler(_f.Db, _f.User, _f.Mapper).Handle(new ListMyVacanciesQuery(), default);
        mine.Items.Select(v => v.Status).ShouldBe(["Closed", "Draft"], ignoreOrder: true);
        await using var check = _f.Cases.NewContext();
        (await check.Vacancies.SingleAsync(v => v.Id == new VacancyId(published))).History.Select(h => h.Action)
            .ShouldBe([VacancyAction.Created, VacancyAction.Published, VacancyAction.Closed]);
    }

    [Fact]
    public async Task ListPublished_HidesVacanciesPastTheirClosingDate()
    {
        var id = await CreateAsync();
        await new PublishVacancyHandler(_f.Db, _f.User, _f.Cases.Clock, NullLogger<PublishVacancyHandler>.Instance)
            .Handle(new PublishVacancyCommand(id), default);

        _f.Cases.Clock.Advance(TimeSpan.FromDays(60));

        (await new ListPublishedVacanciesHandler(_f.Db, _f.Mapper, _f.Cases.Clock).Handle(new ListPublishedVacanciesQuery(), default))
            .Total.ShouldBe(0);
    }

    [Fact]
    public async Task OtherEmployer_GetsNotFound_ForDraftAndChanges()
    {
        var id = await CreateAsync();
        _f.User.Id = _f.YOwner;

        await Should.ThrowAsync<NotFoundException>(() => Get(id));
        await Should.ThrowAsync<NotFoundException>(() => new UpdateVacancyHandler(_f.Db, _f.User, _f.Details, _f.Cases.Clock)
            .Handle(new UpdateVacancyCommand(id, VacancyFixture.Welder("Mine now")), default).AsTask());
        await Should.ThrowAsync<NotFoundException>(() => new PublishVacancyHandler(_f.Db, _f.User, _f.Cases.Clock,
            NullLogger<PublishVacancyHandler>.Instance).Handle(new PublishVacancyCommand(id), default).AsTask());
        _f.User.Id = null;
        await Should.ThrowAsync<NotFoundException>(() => Get(id));
    }

    [Fact]
    public async Task Get_ForMember_IncludesHistoryWithEmail_ForPublicOnlyPublishedWithoutHistory()
    {
        var id = await CreateAsync();
        await _f.Cases.Identity.CreateAsync("owner@x.example", "pw pw pw pw", Roles.Employer, "en", true, default);

        var forMember = await Get(id);

        forMember.CanManage.ShouldBeTrue();
        forMember.History!.ShouldHaveSingleItem().Action.ShouldBe("Created");
        forMember.Occupation!.Label.ShouldBe("welder");
        forMember.Certificates.ShouldHaveSingleItem().Name.ShouldBe("VCA Basic safety (B-VCA)");
        await new PublishVacancyHandler(_f.Db, _f.User, _f.Cases.Clock, NullLogger<PublishVacancyHandler>.Instance)
            .Handle(new PublishVacancyCommand(id), default);
        _f.User.Id = null;
        var forAnyone = await Get(id);
        forAnyone.CanManage.ShouldBeFalse();
        forAnyone.History.ShouldBeNull();
    }

    [Fact]
    public async Task Update_PublishedVacancy_ChangingOccupation_BreaksRule()
    {
        var id = await CreateAsync();
        await new PublishVacancyHandler(_f.Db, _f.User, _f.Cases.Clock, NullLogger<PublishVacancyHandler>.Instance)
            .Handle(new PublishVacancyCommand(id), default);

        var exception = await Should.ThrowAsync<BusinessRuleException>(() => new UpdateVacancyHandler(_f.Db, _f.User,
            _f.Details, _f.Cases.Clock).Handle(new UpdateVacancyCommand(id, VacancyFixture.Welder() with
            {
                OccupationUri = Taxonomy.TaxonomyExamples.Nurse.Uri.Value,
            }), default).AsTask());

        exception.BrokenRule.Code.ShouldBe("PublishedTermsFixed");
    }

    private async Task<Guid> CreateAsync(string title = "Lasser") =>
        await new CreateVacancyHandler(_f.Db, _f.User, _f.Details, _f.Cases.Clock, NullLogger<CreateVacancyHandler>.Instance)
            .Handle(new CreateVacancyCommand(VacancyFixture.Welder(title)), default);

    private async Task<Application.Vacancies.Shared.VacancyDto> Get(Guid id) =>
        await new GetVacancyHandler(_f.Db, _f.User, _f.Cases.Identity, _f.Mapper).Handle(new GetVacancyQuery(id), default);

    public void Dispose() => _f.Dispose();
}
