namespace TalentMatch.Application.Matching.Shared;

/// <summary>
/// A visible candidate as an employer sees them before contact: what they can do and offer, never who they are.
/// No name, email, phone, nationality, CV or exact permit; only whether a visa sponsor is needed.
/// </summary>
public sealed record CandidateCardDto(
    Guid Id, IReadOnlyList<string> Occupations, IReadOnlyList<string> Skills, int SkillCount,
    IReadOnlyList<string> Languages, string? EducationLevel, IReadOnlyList<string> Certificates, string? Place,
    bool WillingToRelocate, DateOnly? AvailableFrom, int? HoursMin, int? HoursMax, bool NeedsSponsor);
