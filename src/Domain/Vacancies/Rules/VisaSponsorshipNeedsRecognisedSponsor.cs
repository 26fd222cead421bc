using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class VisaSponsorshipNeedsRecognisedSponsor(bool visaSponsorship, bool employerIsRecognisedSponsor) : IBusinessRule
{
    public bool IsBroken() => visaSponsorship && !employerIsRecognisedSponsor;

    public string Code => "VisaSponsorshipNeedsRecognisedSponsor";

    public string Message => "Only an organisation on the IND register of recognised sponsors can offer visa sponsorship. Update your organisation's details first.";
}
