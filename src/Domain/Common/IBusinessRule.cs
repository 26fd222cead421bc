namespace TalentMatch.Domain.Common;

/// <summary>A named invariant an aggregate checks before it changes.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    /// <summary>A stable key the UI translates; also the English fallback text.</summary>
    string Code { get; }

    string Message { get; }
}
