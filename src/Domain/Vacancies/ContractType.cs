namespace TalentMatch.Domain.Vacancies;

/// <summary>The kinds of employment Dutch employers offer.</summary>
public enum ContractType
{
    /// <summary>Vast contract (onbepaalde tijd).</summary>
    Permanent = 0,

    /// <summary>Tijdelijk contract (bepaalde tijd).</summary>
    FixedTerm = 1,

    /// <summary>Uitzendwerk: through a temporary employment agency.</summary>
    TemporaryAgency = 2,

    /// <summary>Stage.</summary>
    Internship = 3,

    /// <summary>Leerwerktraject (BBL): working and studying at MBO level.</summary>
    Apprenticeship = 4,
}
