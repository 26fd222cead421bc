namespace TalentMatch.Web.Endpoints;

/// <summary>Keep the application's data a year after the vacancy closes (true) or four weeks (false).</summary>
public sealed record RetentionRequest(bool KeepForAYear);
