namespace TalentMatch.Application.Common.Models;

/// <summary>One page of a list: <paramref name="Total"/> counts all items, <paramref name="Items"/> this page's.</summary>
public sealed record PagedResult<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);
