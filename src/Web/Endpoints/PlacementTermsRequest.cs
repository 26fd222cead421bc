namespace TalentMatch.Web.Endpoints;

/// <summary>The terms of a hire or a confirmed placement; contractType is Permanent, FixedTerm, TemporaryAgency, Internship or Apprenticeship.</summary>
public sealed record PlacementTermsRequest(DateOnly? StartDate, int? HoursPerWeek, string? ContractType, bool SponsorNeeded = false, bool HousingArranged = false);
