namespace TalentMatch.Application.Common.Exceptions;

public sealed class ForbiddenAccessException() : Exception("You may not do this.");
