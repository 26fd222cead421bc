using Microsoft.Extensions.Configuration;

namespace TalentMatch.Infrastructure.Email;

/// <summary>
/// Email:Provider read straight from configuration, so an adapter's validator can tell whether it is in use
/// without depending on (and repeating the failures of) the validated <see cref="EmailOptions"/>.
/// </summary>
public static class ChosenProvider
{
    public static EmailProvider Of(IConfiguration configuration) =>
        configuration.GetValue($"{EmailOptions.SectionName}:{nameof(EmailOptions.Provider)}", EmailProvider.File);
}
