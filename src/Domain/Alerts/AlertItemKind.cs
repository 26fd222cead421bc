namespace TalentMatch.Domain.Alerts;

/// <summary>What a new item for alerts is.</summary>
public enum AlertItemKind
{
    /// <summary>A vacancy was published: saved searches and candidates' profile alerts may match it.</summary>
    Vacancy = 0,

    /// <summary>A candidate became visible or changed a visible profile: employers' vacancy alerts may match them.</summary>
    Candidate = 1,
}
