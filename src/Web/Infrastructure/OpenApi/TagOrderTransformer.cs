using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TalentMatch.Web.Infrastructure.OpenApi;

/// <summary>
/// Puts the document's tags in reading order (accounts first, then what people do with them), so the API reference
/// opens on registration and login rather than on whichever endpoint the router happened to list first.
/// Tags not named here keep their order after the named ones.
/// </summary>
internal sealed class TagOrderTransformer : IOpenApiDocumentTransformer
{
    public static readonly IReadOnlyList<string> Order =
    [
        "Accounts", "Me", "Taxonomy", "Vacancies", "Matching", "Alerts", "Applications", "Monitoring", "Open data",
        "Certificates", "Gap resources",
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken)
    {
        if (document.Tags is { Count: > 1 } tags)
        {
            var ordered = tags.Select((tag, index) => (Tag: tag, Index: index))
                .OrderBy(t => Rank(t.Tag.Name)).ThenBy(t => t.Index).Select(t => t.Tag).ToList();
            // A fresh set enumerates in insertion order, which the serializer writes.
            document.Tags = new HashSet<OpenApiTag>(ordered);
        }

        return Task.CompletedTask;
    }

    private static int Rank(string? name)
    {
        var index = name is null ? -1 : Order.ToList().IndexOf(name);
        return index < 0 ? Order.Count : index;
    }
}
