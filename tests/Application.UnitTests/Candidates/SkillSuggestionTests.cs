using TalentMatch.Application.Candidates.AddMySkills;
using TalentMatch.Application.Candidates.MatchSkillsFromText;
using TalentMatch.Application.Candidates.SuggestSkills;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.UnitTests.Taxonomy;
using TalentMatch.Domain.Common;
using static TalentMatch.Application.UnitTests.Candidates.ProfileCommands;
using static TalentMatch.Application.UnitTests.Candidates.ProfileTaxonomy;

namespace TalentMatch.Application.UnitTests.Candidates;

public sealed class SkillSuggestionTests : IAsyncLifetime
{
    private ProfileFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await ProfileFixture.CreateAsync();

    [Fact]
    public async Task SuggestSkills_OffersEssentialSkillsNotHeld_NotOptionalOnes()
    {
        await _fixture.UpdateProfile.Handle(Minimal() with { Skills = [WeldMetal.Uri.Value] }, default);

        var suggestions = await _fixture.SuggestSkills.Handle(new SuggestSkillsQuery("en"), default);

        suggestions.Select(s => s.Label).ShouldBe(["read engineering drawings", "apply health and safety standards"]);
        suggestions.ShouldAllBe(s => s.NeededFor.SequenceEqual(new[] { "welder" }));
    }

    [Fact]
    public async Task SuggestSkills_SkillOfTwoOccupations_IsOfferedOnceNamingBoth()
    {
        await _fixture.UpdateProfile.Handle(Minimal() with { DesiredOccupations = [TaxonomyExamples.Welder.Uri.Value, TaxonomyExamples.Nurse.Uri.Value] }, default);

        var suggestions = await _fixture.SuggestSkills.Handle(new SuggestSkillsQuery("nl"), default);

        suggestions.Select(s => s.Uri).ShouldBe([WeldMetal.Uri.Value, ReadDrawings.Uri.Value, WorkSafely.Uri.Value, Wounds.Uri.Value]);
        suggestions.Single(s => s.Uri == WorkSafely.Uri.Value).NeededFor.ShouldBe(["lasser", "algemeen verpleegkundige"]);
    }

    [Theory]
    [InlineData("fr", "souder du métal")]
    [InlineData("nl", "weld metal")]
    [InlineData(null, "weld metal")]
    public async Task SuggestSkills_LabelsInTheLanguage_ElseEnglish(string? language, string label)
    {
        await _fixture.UpdateProfile.Handle(Minimal(), default);

        var suggestions = await _fixture.SuggestSkills.Handle(new SuggestSkillsQuery(language), default);

        suggestions[0].Label.ShouldBe(label);
    }

    [Fact]
    public async Task SuggestSkills_WithoutOccupations_OffersNothing() =>
        (await _fixture.SuggestSkills.Handle(new SuggestSkillsQuery("en"), default)).ShouldBeEmpty();

    [Fact]
    public async Task MatchSkillsFromText_SearchesEachPhrase_AndLeavesOutHeldSkills()
    {
        await _fixture.UpdateProfile.Handle(Minimal() with { Skills = [WeldMetal.Uri.Value] }, default);

        var matches = await _fixture.MatchSkills.Handle(
            new MatchSkillsFromTextQuery("weld; first aid,\n• wounds", "en"), default);

        _fixture.Taxonomy.Searches.ShouldBe(["weld", "first aid", "wounds"]);
        matches.Select(m => (m.Label, m.MatchedText)).ShouldBe([("clean wounds", "wounds"), ("provide first aid", "first aid")]);
    }

    [Fact]
    public async Task AddSkills_AddsConfirmedSkills_OnlyOnce()
    {
        await _fixture.UpdateProfile.Handle(Minimal() with { Skills = [WeldMetal.Uri.Value] }, default);

        var added = await _fixture.AddSkills.Handle(new AddMySkillsCommand([WeldMetal.Uri.Value, FirstAid.Uri.Value]), default);

        added.ShouldBe(1);
        (await _fixture.ReloadAsync(_fixture.Me)).Skills.ShouldBe([WeldMetal.Uri, FirstAid.Uri]);
    }

    [Fact]
    public async Task AddSkills_UnknownSkill_IsAFieldErrorAndAddsNothing()
    {
        var error = await Should.ThrowAsync<ValidationException>(() => _fixture.AddSkills.Handle(new AddMySkillsCommand(
            [FirstAid.Uri.Value, "http://data.europa.eu/esco/skill/not-in-esco"]), default).AsTask());

        error.Errors.Keys.ShouldBe(["Skills[1]"]);
        (await _fixture.ReloadAsync(_fixture.Me)).Skills.ShouldBeEmpty();
    }

    [Fact]
    public async Task AddSkills_BeyondHundred_BreaksTheRule()
    {
        await _fixture.UpdateProfile.Handle(Minimal(), default);
        var me = await _fixture.UseCase.Db.Candidates.FindAsync(_fixture.Me.Id);
        me!.AddSkills(Enumerable.Range(0, 100).Select(i => Domain.Taxonomy.SkillUri.FromId($"x{i}")), default);
        await _fixture.UseCase.Db.SaveChangesAsync();

        var error = await Should.ThrowAsync<BusinessRuleException>(() =>
            _fixture.AddSkills.Handle(new AddMySkillsCommand([FirstAid.Uri.Value]), default).AsTask());

        error.BrokenRule.Code.ShouldBe("TooManySkills");
    }

    public Task DisposeAsync()
    {
        _fixture.Dispose();
        return Task.CompletedTask;
    }
}
