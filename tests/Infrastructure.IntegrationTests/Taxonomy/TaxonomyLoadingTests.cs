using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.IntegrationTests.Taxonomy;

[Collection(ShippedTaxonomyCollection.Name)]
public sealed class TaxonomyLoadingTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;

    [Fact]
    public void Occupations_AllOfEscoV111() => _taxonomy.Occupations.Count.ShouldBe(3007);

    [Fact]
    public void Skills_AllOfEscoV111() => _taxonomy.Skills.Count.ShouldBe(13896);

    [Fact]
    public void Occupations_435InTheFourSectors() =>
        _taxonomy.Occupations.Where(o => o.Sector is not null).GroupBy(o => o.Sector!.Code)
            .ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<string, int>
            {
                ["education"] = 141, ["healthcare"] = 100, ["construction"] = 117, ["energy_transition"] = 77,
            }, ignoreOrder: true);

    [Fact]
    public void SkillsOf_EveryOccupation_HasASkill() =>
        _taxonomy.Occupations.ShouldAllBe(o => _taxonomy.SkillsOf(o.Uri).Count > 0);

    /// <summary>The shared README says every occupation has one; ESCO v1.1.1 lists only optional ones for one.</summary>
    [Fact]
    public void SkillsOf_AllButSpecialistDentist_HaveAnEssentialSkill() =>
        _taxonomy.Occupations.Where(o => _taxonomy.SkillsOf(o.Uri, SkillRelation.Essential).Count == 0)
            .Select(o => o.Labels.PreferredIn(TaxonomyLanguage.English)).ShouldBe(["specialist dentist"]);

    [Fact]
    public void SkillsOf_AllOccupations_RelationCountsMatchTheSourceLessTheSkippedRows()
    {
        var relations = _taxonomy.Occupations.SelectMany(o => _taxonomy.SkillsOf(o.Uri)).ToList();

        relations.Count.ShouldBe(123788);
        relations.Count(r => r.Relation == SkillRelation.Essential).ShouldBe(64891);
        relations.Count(r => r.Relation == SkillRelation.Optional).ShouldBe(58897);
    }

    [Fact]
    public void SkillsOf_Welder_EssentialFirstAndKnownSkills()
    {
        var skills = _taxonomy.SkillsOf(EscoExamples.Welder);

        skills.Select(s => s.Relation).ShouldBeInOrder();
        skills.ShouldAllBe(s => _taxonomy.FindSkill(s.Skill) != null);
        _taxonomy.OccupationsWith(skills[0].Skill).ShouldContain(EscoExamples.Welder);
    }

    [Fact]
    public void FindOccupation_Welder_LabelsInFiveLanguages()
    {
        var welder = _taxonomy.FindOccupation(EscoExamples.Welder).ShouldNotBeNull();

        welder.IscoCode.Value.ShouldBe("7212");
        welder.Sector.ShouldBeNull();
        TaxonomyLanguage.All.Select(welder.Labels.PreferredIn)
            .ShouldBe(["welder", "lasser", "spawacz", "soudeur/soudeuse", "soldador/soldadora"]);
        welder.Labels.In(TaxonomyLanguage.Dutch)!.Alternative.ShouldContain("gaslasser");
    }

    [Fact]
    public void FindOccupation_UnknownUri_Null() =>
        _taxonomy.FindOccupation(OccupationUri.FromId("a9e54177-a185-404d-b6e6-15663d31137e")).ShouldBeNull();

    [Fact]
    public void FindSkill_Python_NoDutchLabelSoEnglishFallback()
    {
        var python = _taxonomy.FindSkill(EscoExamples.Python).ShouldNotBeNull();

        python.Labels.Languages.ShouldBe([TaxonomyLanguage.English, TaxonomyLanguage.French, TaxonomyLanguage.Spanish]);
        python.Labels.PreferredIn(TaxonomyLanguage.Dutch).ShouldBe("Python (computer programming)");
    }

    [Fact]
    public void BroaderAndNarrower_AllOccupations_1247LinksBothWays()
    {
        var withBroader = _taxonomy.Occupations.Where(o => _taxonomy.BroaderOf(o.Uri) is not null).ToList();

        withBroader.Count.ShouldBe(1247);
        _taxonomy.Occupations.Sum(o => _taxonomy.NarrowerOf(o.Uri).Count).ShouldBe(1247);
        withBroader.ShouldAllBe(o => _taxonomy.NarrowerOf(_taxonomy.BroaderOf(o.Uri)!.Uri).Contains(o));
    }

    [Fact]
    public void IscoGroups_619InAHierarchyByCodePrefix()
    {
        var groups = Enumerable.Range(0, 10).Select(d => _taxonomy.FindIscoGroup(IscoCode.Create(d.ToString())))
            .OfType<IscoGroup>().ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            groups.AddRange(_taxonomy.SubgroupsOf(groups[i].Code).Where(g => !groups.Contains(g)));
        }

        groups.Count.ShouldBe(619);
        _taxonomy.Occupations.ShouldAllBe(o => _taxonomy.FindIscoGroup(o.IscoCode) != null);
    }

    [Fact]
    public void FindIscoGroup_Welders_LabelsInEnglishDutchAndPolish()
    {
        var group = _taxonomy.FindIscoGroup(IscoCode.Create("7212")).ShouldNotBeNull();

        group.Labels.PreferredIn(TaxonomyLanguage.Dutch).ShouldBe("Lassers en snijders");
        group.Labels.PreferredIn(TaxonomyLanguage.Polish).ShouldBe("Spawacze i pokrewni");
        group.Labels.PreferredIn(TaxonomyLanguage.French).ShouldBe("Welders and flamecutters");
        _taxonomy.SubgroupsOf(IscoCode.Create("721")).ShouldContain(group);
    }
}
