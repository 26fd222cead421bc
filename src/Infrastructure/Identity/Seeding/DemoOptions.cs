namespace TalentMatch.Infrastructure.Identity.Seeding;

public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Creates demo accounts with generated passwords, printed at start and written to the data folder.</summary>
    public bool Enabled { get; set; }
}
