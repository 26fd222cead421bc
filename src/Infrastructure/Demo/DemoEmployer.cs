using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>A fictional Leiden-region organisation (the KvK numbers start with 9, a range we keep for demos).</summary>
public sealed record DemoEmployer(int Index, string Name, string KvkNumber, Sector Sector, string PlaceName,
    bool RecognisedSponsor, bool OffersHousing, string OwnerEmail);
