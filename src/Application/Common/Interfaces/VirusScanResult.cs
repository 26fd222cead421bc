namespace TalentMatch.Application.Common.Interfaces;

public enum VirusScanResult
{
    Clean = 0,
    Infected = 1,

    /// <summary>The scanner could not look inside (e.g. an archive that unpacks too large): treated as not clean.</summary>
    NotScannable = 2,
}
