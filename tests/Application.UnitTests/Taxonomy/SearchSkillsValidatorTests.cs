using TalentMatch.Application.Taxonomy.SearchSkills;

namespace TalentMatch.Application.UnitTests.Taxonomy;

public sealed class SearchSkillsValidatorTests
{
    private readonly SearchSkillsValidator _validator = new();

    [Fact]
    public void Validate_GoodQuery_Valid() =>
        _validator.Validate(new SearchSkillsQuery("souder", "fr", 5)).IsValid.ShouldBeTrue();

    [Fact]
    public void Validate_EverythingWrong_OneErrorPerParameter() =>
        _validator.Validate(new SearchSkillsQuery(null, "de", 0)).Errors.Select(e => e.PropertyName).Distinct()
            .ShouldBe(["q", "lang", "limit"]);

    [Fact]
    public void Validate_DutchForSkills_Valid() =>
        _validator.Validate(new SearchSkillsQuery("lassen", "nl")).IsValid.ShouldBeTrue();
}
