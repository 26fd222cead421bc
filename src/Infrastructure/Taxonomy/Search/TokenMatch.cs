namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>A vocabulary token that a query token may stand for, with how sure we are (1 = the same token).</summary>
internal readonly record struct TokenMatch(int TokenId, float Weight);
