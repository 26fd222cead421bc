using System.Runtime.CompilerServices;

namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>For one label, the best weight with which each query token matched one of its tokens.</summary>
[InlineArray(SearchIndex.MaxQueryTokens)]
internal struct TokenScores
{
    private float _first;
}
