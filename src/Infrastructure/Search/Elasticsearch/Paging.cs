namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Page numbers (from 1) to from/size, kept inside Elasticsearch's default result window of 10,000.</summary>
public static class Paging
{
    public const int MaxResultWindow = 10_000;
    public const int MaxPageSize = 100;

    public static (int From, int Size) Of(int page, int pageSize)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var from = (long)(Math.Max(page, 1) - 1) * size;
        return from + size > MaxResultWindow ? (MaxResultWindow - size, 0) : ((int)from, size);
    }
}
