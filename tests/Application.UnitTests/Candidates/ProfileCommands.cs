using TalentMatch.Application.Candidates.UpdateMyProfile;
using static TalentMatch.Application.UnitTests.Taxonomy.TaxonomyExamples;

namespace TalentMatch.Application.UnitTests.Candidates;

internal static class ProfileCommands
{
    public static UpdateMyProfileCommand Full() => new(
        DesiredOccupations: [Welder.Uri.Value],
        Skills: [ProfileTaxonomy.WeldMetal.Uri.Value, ProfileTaxonomy.ReadDrawings.Uri.Value],
        Languages: [new("nl", "B1"), new("pl", "C2")],
        EducationLevel: "Mbo3",
        RecognitionStatus: "Recognised",
        RecognitionBody: "Duo",
        BigRegistration: "NotApplicable",
        Certificates: ["VCA-BASIS", "rijbewijs-b"],
        WorkAuthorisation: "RefugeeStatusHolder",
        AvailableFrom: new DateOnly(2027, 1, 4),
        HoursPerWeekMin: 24,
        HoursPerWeekMax: 36,
        HomePlace: "leiden",
        MaxCommuteKm: 25,
        WillingToRelocate: false,
        HousingNeed: "NeedsTemporaryHousing",
        VisibleToEmployers: true,
        ConsentToStatistics: false,
        Group: "RefugeeStatusHolder");

    public static UpdateMyProfileCommand Minimal() => new(
        [Welder.Uri.Value], [], [], null, null, null, null, [], null, null, null, null, null, null, false, null, false, false);
}
