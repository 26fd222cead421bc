namespace TalentMatch.Application.Common.Exceptions;

public sealed class NotFoundException(string name, object key)
    : Exception($"{name} '{key}' was not found.")
{
    public string ResourceName { get; } = name;
}
