namespace TalentMatch.Application.Monitoring.Disclosure;

/// <summary>A count as the monitor may publish it: the value, or nothing and the reason it is hidden.</summary>
public readonly record struct PublishedCount(long? Value, Suppression Suppression)
{
    public bool IsHidden => Suppression != Suppression.None;

    public static PublishedCount Shown(long value) => new(value, Suppression.None);

    public static PublishedCount Hidden(Suppression why) => new(null, why);
}
