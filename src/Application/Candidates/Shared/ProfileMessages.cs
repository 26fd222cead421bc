using TalentMatch.Application.Common.Localization;

namespace TalentMatch.Application.Candidates.Shared;

/// <summary>
/// Texts of the profile use cases, from Resources/Messages*.resx. Keys that are also a domain rule's code
/// (e.g. <c>StudentHoursLimit</c>) give the validator and the 409 answer the same words.
/// </summary>
public static class ProfileMessages
{
    public static string DesiredOccupations => Messages.Get(nameof(DesiredOccupations));

    public static string Skills => Messages.Get(nameof(Skills));

    public static string HoursPerWeekMin => Messages.Get(nameof(HoursPerWeekMin));

    public static string HoursPerWeekMax => Messages.Get(nameof(HoursPerWeekMax));

    public static string HomePlace => Messages.Get(nameof(HomePlace));

    public static string MaxCommuteKm => Messages.Get(nameof(MaxCommuteKm));

    public static string SkillText => Messages.Get(nameof(SkillText));

    public static string DesiredOccupationsCount => Messages.Get(nameof(DesiredOccupationsCount));

    public static string OccupationUnknown => Messages.Get(nameof(OccupationUnknown));

    public static string SkillUnknown => Messages.Get(nameof(SkillUnknown));

    public static string SkillsToAddRequired => Messages.Get(nameof(SkillsToAddRequired));

    public static string TooManySkills => Messages.Get(nameof(TooManySkills));

    public static string TooManyLanguages => Messages.Get(nameof(TooManyLanguages));

    public static string DuplicateLanguage => Messages.Get(nameof(DuplicateLanguage));

    public static string LanguageCodeUnknown => Messages.Get(nameof(LanguageCodeUnknown));

    public static string CefrLevelUnknown => Messages.Get(nameof(CefrLevelUnknown));

    public static string ChooseAnOption => Messages.Get(nameof(ChooseAnOption));

    public static string RecognitionBodyWithoutStatus => Messages.Get(nameof(RecognitionBodyWithoutStatus));

    public static string RecognitionBodyMissing => Messages.Get(nameof(RecognitionBodyMissing));

    public static string TooManyCertificates => Messages.Get(nameof(TooManyCertificates));

    public static string CertificateUnknown => Messages.Get(nameof(CertificateUnknown));

    public static string StudentHoursLimit => Messages.Get(nameof(StudentHoursLimit));

    public static string WeeklyHoursRange => Messages.Get(nameof(WeeklyHoursRange));

    public static string CommuteRange => Messages.Get(nameof(CommuteRange));

    public static string HoursBoth => Messages.Get(nameof(HoursBoth));

    public static string HoursMinAboveMax => Messages.Get(nameof(HoursMinAboveMax));

    public static string HomePlaceRequired => Messages.Get(nameof(HomePlaceRequired));

    public static string CommuteRequired => Messages.Get(nameof(CommuteRequired));

    public static string PlaceUnknown => Messages.Get(nameof(PlaceUnknown));

    public static string AvailableFromTooFar => Messages.Get(nameof(AvailableFromTooFar));

    public static string CvRequired => Messages.Get(nameof(CvRequired));

    public static string CvTooLarge => Messages.Get(nameof(CvTooLarge));

    public static string CvTypeNotAccepted => Messages.Get(nameof(CvTypeNotAccepted));

    public static string CvRejected => Messages.Get(nameof(CvRejected));
}
