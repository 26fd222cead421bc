using Lucene.Net.Documents;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Lucene.VacancyFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>A flat vacancy document as Lucene fields (see <see cref="VacancyFieldNames"/>).</summary>
internal static class VacancyDocumentMapper
{
    public static Document ToLucene(VacancyDocument vacancy)
    {
        var document = new Document();
        document.Identity(vacancy.Id, vacancy.Version);
        document.Text(F.Title, vacancy.Title, store: true);
        document.Text(F.Description, vacancy.Description, store: true);
        var english = string.Equals(vacancy.TextLanguage, "en", StringComparison.OrdinalIgnoreCase);
        document.Text(english ? F.TitleEnglish : F.TitleDutch, vacancy.Title);
        document.Text(english ? F.DescriptionEnglish : F.DescriptionDutch, vacancy.Description);
        document.Add(new StoredField(F.TextLanguage, english ? "en" : "nl"));
        document.Text(F.Employer, vacancy.EmployerName);
        document.TextMany(F.OccupationLabels, vacancy.OccupationLabels);
        document.TextMany(F.SkillLabels, vacancy.SkillLabels);

        document.Exact(F.Sector, vacancy.Sector, withDocValues: true);
        document.Exact(F.OccupationUri, vacancy.OccupationUri, withDocValues: true);
        document.Exact(F.IscoGroup, vacancy.IscoGroup);
        document.Exact(F.OccupationGroup, vacancy.OccupationGroup, withDocValues: true);
        document.ExactMany(F.SkillUri, vacancy.EssentialSkillUris.Concat(vacancy.OptionalSkillUris));
        document.ExactMany(F.Language, vacancy.Languages, withDocValues: true);
        document.ExactMany(F.Certificate, vacancy.Certificates);
        document.Exact(F.Contract, vacancy.ContractType, withDocValues: true);
        document.Exact(F.WorkMode, vacancy.WorkMode, withDocValues: true);
        document.Flag(F.VisaSponsorship, vacancy.VisaSponsorship);
        document.Flag(F.Housing, vacancy.HousingSupport);
        document.Flag(F.Relocation, vacancy.RelocationSupport);

        document.Int(F.HoursMin, vacancy.HoursMin ?? vacancy.HoursMax);
        document.Int(F.HoursMax, vacancy.HoursMax ?? vacancy.HoursMin);
        document.Int(F.SalaryTo, vacancy.SalaryTo, withDocValues: true);
        document.Long(F.Published, vacancy.PublishedAt.ToUnixTimeMilliseconds());
        document.Int(F.Closing, vacancy.ClosingDate is { } closing ? DocumentWriting.DayNumber(closing) : F.NeverCloses);
        document.Position(F.Latitude, F.Longitude, vacancy.Latitude, vacancy.Longitude);
        return document;
    }
}
