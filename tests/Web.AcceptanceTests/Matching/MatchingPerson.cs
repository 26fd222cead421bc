namespace TalentMatch.Web.AcceptanceTests.Matching;

/// <summary>A signed-up account: its API client (bearer token), e-mail, display name and (candidates) id.</summary>
public sealed record MatchingPerson(HttpClient Api, string Email, string Name, Guid Id);
