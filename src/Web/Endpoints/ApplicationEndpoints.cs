namespace TalentMatch.Web.Endpoints;

/// <summary>
/// Applications and placements, tag "Applications". Candidates act on their own under <c>/api/v1/me/...</c>;
/// members of an organisation act on applications to its vacancies under <c>/api/v1/applications/{id}</c> and
/// <c>/api/v1/vacancies/{id}/...</c>. Anyone else's application is 404; the municipality and admins have no access
/// (403): they see aggregates only.
/// </summary>
public static class ApplicationEndpoints
{
    public const string Tag = "Applications";

    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMyApplicationEndpoints();
        app.MapEmployerApplicationEndpoints();
        app.MapPlacementEndpoints();
        return app;
    }
}
