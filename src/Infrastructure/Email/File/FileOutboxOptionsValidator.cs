using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Email.File;

public sealed class FileOutboxOptionsValidator : IValidateOptions<FileOutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, FileOutboxOptions options) =>
        string.IsNullOrWhiteSpace(options.Directory)
            ? ValidateOptionsResult.Fail("Email:File:Directory must not be empty.")
            : ValidateOptionsResult.Success;
}
