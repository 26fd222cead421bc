namespace TalentMatch.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (embedded default) or <see cref="DatabaseProvider.SqlServer"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply migrations at start. On by default for the embedded mode; in scale-out, run them once from a
    /// deployment step (see README) so several instances do not race.
    /// </summary>
    public bool MigrateOnStartup { get; set; } = true;
}
