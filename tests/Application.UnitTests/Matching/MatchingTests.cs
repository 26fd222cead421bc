using TalentMatch.Application.Matching;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Matching;

/// <summary>Scores a candidate profile against a vacancy with the real scorer and shipped taxonomy.</summary>
[Collection(MatchingCollection.Name)]
public abstract class MatchingTests(ShippedTaxonomyFixture fixture)
{
    protected ITaxonomy Taxonomy { get; } = fixture.Taxonomy;

    protected ProfileDetails Fitting => MatchExamples.FittingWelder(Taxonomy);

    protected VacancyDetails Welder => MatchExamples.WelderVacancy(Taxonomy);

    protected MatchResult? TryScore(ProfileDetails candidate, VacancyDetails vacancy) =>
        new MatchScorer(Taxonomy).Score(MatchExamples.Candidate(candidate), MatchExamples.Vacancy(vacancy),
            MatchExamples.Today);

    protected MatchResult Score(ProfileDetails candidate, VacancyDetails vacancy) =>
        TryScore(candidate, vacancy).ShouldNotBeNull();

    protected MatchCriterion Criterion(ProfileDetails candidate, VacancyDetails vacancy, string code) =>
        Score(candidate, vacancy).Criteria.Where(c => c.Code == code).ShouldHaveSingleItem();
}
