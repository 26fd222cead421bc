using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matching.Rules;

namespace TalentMatch.Domain.Matching;

/// <summary>
/// A route to close an obstacle a match explanation names (a Dutch course for "language:nl", IDW for
/// "recognition"...). The product ships a list (<see cref="ShippedGapResources"/>); the municipality keeps it
/// current, because courses, desks and addresses change faster than releases.
/// </summary>
public sealed class GapResource : Entity
{
    public const int TitleMaxLength = 150;
    public const int DescriptionMaxLength = 600;
    public const int UrlMaxLength = 500;

    private GapResource()
    {
        Obstacle = TitleEn = TitleNl = DescriptionEn = DescriptionNl = Url = string.Empty;
    }

    public GapResourceId Id { get; private set; }

    /// <summary>An exact code ("language:nl"), a family wildcard ("certificate:*") or <see cref="ObstacleCodes.General"/>.</summary>
    public string Obstacle { get; private set; }

    public string TitleEn { get; private set; }

    public string TitleNl { get; private set; }

    public string DescriptionEn { get; private set; }

    public string DescriptionNl { get; private set; }

    public string Url { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static GapResource Create(string obstacle, string titleEn, string titleNl, string descriptionEn,
        string descriptionNl, string url, DateTimeOffset now)
    {
        var resource = new GapResource { Id = GapResourceId.New() };
        resource.Update(obstacle, titleEn, titleNl, descriptionEn, descriptionNl, url, now);
        return resource;
    }

    public void Update(string obstacle, string titleEn, string titleNl, string descriptionEn, string descriptionNl,
        string url, DateTimeOffset now)
    {
        var code = (obstacle ?? string.Empty).Trim();
        var address = (url ?? string.Empty).Trim();
        var texts = (En: Clean(titleEn), Nl: Clean(titleNl), DescEn: Clean(descriptionEn), DescNl: Clean(descriptionNl));
        CheckRule(new ObstacleCodeMustBeWellFormed(code));
        CheckRule(new GapResourceUrlMustBeAbsoluteHttp(address));
        CheckRule(new GapResourceTextMustFit(nameof(TitleEn), texts.En, TitleMaxLength, required: true));
        CheckRule(new GapResourceTextMustFit(nameof(TitleNl), texts.Nl, TitleMaxLength, required: true));
        CheckRule(new GapResourceTextMustFit(nameof(DescriptionEn), texts.DescEn, DescriptionMaxLength, required: false));
        CheckRule(new GapResourceTextMustFit(nameof(DescriptionNl), texts.DescNl, DescriptionMaxLength, required: false));

        Obstacle = code;
        Url = address;
        (TitleEn, TitleNl, DescriptionEn, DescriptionNl) = texts;
        UpdatedAt = now;
    }

    public string Title(string culture) => IsDutch(culture) ? TitleNl : TitleEn;

    public string Description(string culture) => IsDutch(culture) ? DescriptionNl : DescriptionEn;

    private static bool IsDutch(string culture) => culture.StartsWith("nl", StringComparison.OrdinalIgnoreCase);

    private static string Clean(string? text) => (text ?? string.Empty).Trim();
}
