namespace TalentMatch.Infrastructure.IntegrationTests.Support;

/// <summary>A fact that needs a live SQL Server: runs when TALENTMATCH_TEST_SQLSERVER holds a connection string.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "TALENTMATCH_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"No SQL Server in this environment: set {Variable} to a connection string to run this test.";
        }
    }
}
