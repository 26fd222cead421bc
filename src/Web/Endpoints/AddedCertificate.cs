namespace TalentMatch.Web.Endpoints;

public sealed record AddedCertificate(string Code);
