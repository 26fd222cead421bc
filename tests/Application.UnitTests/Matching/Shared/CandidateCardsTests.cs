using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.UnitTests.Search;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.UnitTests.Matching.Shared;

[Collection(MatchingCollection.Name)]
public sealed class CandidateCardsTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;

    private CandidateCards Cards => new(_taxonomy);

    private ProfileDetails Welder => MatchExamples.FittingWelder(_taxonomy);

    [Fact]
    public void Create_Candidate_ShowsNoName()
    {
        var candidate = Candidate.Register(UserId.New(), "Ana Kowalska", MatchExamples.Now);
        candidate.UpdateProfile(Welder, MatchExamples.Now);

        var card = Cards.Create(candidate);

        card.Id.ShouldBe(candidate.Id.Value);
        PersonalData.TextsOf(card).ShouldNotContain(t => t.Contains("Kowalska", StringComparison.OrdinalIgnoreCase));
        typeof(CandidateCardDto).GetProperties().Select(p => p.Name)
            .ShouldNotContain(n => n.Contains("Name") || n.Contains("Email") || n.Contains("Nationality"));
    }

    [Theory]
    [InlineData("nl", "lasser")]
    [InlineData("nl-NL", "lasser")]
    [InlineData("pl", "spawacz")]
    [InlineData("en", "welder")]
    [InlineData("de", "welder")]
    public void Create_InReadersCulture_ShowsOccupationInThatLanguageElseEnglish(string culture, string label)
    {
        using var _ = Culture.Use(culture);

        Cards.Create(MatchExamples.Candidate(Welder)).Occupations.ShouldBe([label]);
    }

    [Fact]
    public void Create_InDutch_ShowsSkillsInEnglishWhereEscoHasNoDutchLabel()
    {
        using var _ = Culture.Use("nl");

        var card = Cards.Create(MatchExamples.Candidate(Welder));

        card.Skills.ShouldBe(Welder.Skills.Select(s => _taxonomy.FindSkill(s)!.Labels.PreferredIn(TaxonomyLanguage.English)));
    }

    [Fact]
    public void Create_InFrench_ShowsSkillsInFrench()
    {
        using var _ = Culture.Use("fr");

        var card = Cards.Create(MatchExamples.Candidate(Welder));

        var french = Welder.Skills.Select(s => _taxonomy.FindSkill(s)!.Labels.In(TaxonomyLanguage.French)!.Preferred).ToList();
        card.Skills.ShouldBe(french);
        card.Skills.ShouldNotBe(Welder.Skills.Select(s => _taxonomy.FindSkill(s)!.Labels.PreferredIn(TaxonomyLanguage.English)));
    }

    [Fact]
    public void Create_ManySkills_ShowsTheFirstFewAndCountsAll()
    {
        var skills = _taxonomy.SkillsOf(MatchExamples.Welder).Take(CandidateCards.SkillsShown + 3).Select(s => s.Skill).ToList();

        var card = Cards.Create(MatchExamples.Candidate(Welder with { Skills = skills }));

        card.Skills.Count.ShouldBe(CandidateCards.SkillsShown);
        card.SkillCount.ShouldBe(CandidateCards.SkillsShown + 3);
    }

    [Fact]
    public void Create_OccupationEscoDoesNotHave_ShowsItsUri()
    {
        var unknown = OccupationUri.FromId("00000000-0000-4000-8000-000000000001");

        var card = Cards.Create(MatchExamples.Candidate(Welder with { DesiredOccupations = [unknown] }));

        card.Occupations.ShouldBe([unknown.Value]);
    }

    [Fact]
    public void Create_WelderCandidate_ShowsWhatEmployersMayKnow()
    {
        var card = Cards.Create(MatchExamples.Candidate(Welder));

        card.Languages.ShouldBe(["nl:B2"]);
        card.EducationLevel.ShouldBe(nameof(EducationLevel.Mbo3));
        card.Certificates.ShouldBe(["VCA-BASIS"]);
        card.Place.ShouldBe("Leiden");
        (card.HoursMin, card.HoursMax).ShouldBe((36, 40));
        card.AvailableFrom.ShouldBe(Welder.AvailableFrom);
        card.NeedsSponsor.ShouldBeFalse();
    }

    [Fact]
    public void Create_CandidateNeedingASponsor_SaysSoAndNothingMore()
    {
        var card = Cards.Create(MatchExamples.Candidate(Welder with
        {
            WorkAuthorisation = WorkAuthorisation.NeedsSponsorHighlySkilledMigrant,
        }));

        card.NeedsSponsor.ShouldBeTrue();
        PersonalData.TextsOf(card).ShouldNotContain(t => t.Contains(nameof(WorkAuthorisation.NeedsSponsorHighlySkilledMigrant)));
    }
}
