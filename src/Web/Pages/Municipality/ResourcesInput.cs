namespace TalentMatch.Web.Pages.Municipality;

/// <summary>The route form: without <see cref="Id"/> it adds a route, with one it changes that route.</summary>
public sealed class ResourcesInput
{
    public Guid? Id { get; set; }

    public string Obstacle { get; set; } = string.Empty;

    public string TitleEn { get; set; } = string.Empty;

    public string TitleNl { get; set; } = string.Empty;

    public string DescriptionEn { get; set; } = string.Empty;

    public string DescriptionNl { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;
}
