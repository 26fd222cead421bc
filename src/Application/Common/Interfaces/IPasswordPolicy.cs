namespace TalentMatch.Application.Common.Interfaces;

/// <summary>The product's list of common passwords (OWASP ASVS 5.0, 6.2.4), checked with the other field rules.</summary>
public interface IPasswordPolicy
{
    bool IsCommon(string password);
}
