namespace TalentMatch.Domain.Candidates;

/// <summary>Whether a candidate needs a place to live to take a job in or around Leiden.</summary>
public enum HousingNeed
{
    None = 0,
    NeedsHousing = 1,
    NeedsTemporaryHousing = 2,
}
