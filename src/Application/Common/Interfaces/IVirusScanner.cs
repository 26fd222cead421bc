namespace TalentMatch.Application.Common.Interfaces;

/// <summary>Checks uploaded files for malware before they are stored.</summary>
public interface IVirusScanner
{
    Task<VirusScanResult> ScanAsync(Stream content, CancellationToken cancellationToken);
}
