using Lucene.Net.Documents;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Lucene.CandidateFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>A flat candidate document as Lucene fields (see <see cref="CandidateFieldNames"/>); no personal data.</summary>
internal static class CandidateDocumentMapper
{
    public static Document ToLucene(CandidateDocument candidate)
    {
        var document = new Document();
        document.Identity(candidate.Id, candidate.Version);
        document.TextMany(F.OccupationLabels, candidate.OccupationLabels);
        document.TextMany(F.SkillLabels, candidate.SkillLabels);

        document.ExactMany(F.Sector, candidate.Sectors);
        document.ExactMany(F.OccupationUri, candidate.OccupationUris, withDocValues: true);
        document.ExactMany(F.IscoGroup, candidate.IscoGroups);
        document.ExactMany(F.SkillUri, candidate.SkillUris);
        document.ExactMany(F.Language, candidate.Languages);
        document.ExactMany(F.Certificate, candidate.Certificates);
        document.Exact(F.EducationLevel, candidate.EducationLevel);
        document.Flag(F.NeedsSponsor, candidate.NeedsSponsor);
        document.Flag(F.WillingToRelocate, candidate.WillingToRelocate);

        document.Int(F.Hours, candidate.HoursPerWeek);
        document.Int(F.AvailableFrom, candidate.AvailableFrom is { } from ? DocumentWriting.DayNumber(from) : null);
        document.Int(F.MaxCommuteKm, candidate.MaxCommuteKm);
        document.Long(F.Updated, candidate.UpdatedAt.ToUnixTimeMilliseconds());
        document.Position(F.Latitude, F.Longitude, candidate.Latitude, candidate.Longitude);
        return document;
    }
}
