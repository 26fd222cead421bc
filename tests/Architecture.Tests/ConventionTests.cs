using System.Reflection;
using Mediator;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Architecture.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Application = typeof(IApplicationDbContext).Assembly;

    [Fact]
    public void Handlers_ArePublicAndSealed()
    {
        var handlers = Application.GetTypes().Where(t => t.GetInterfaces().Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>)
                || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))).ToList();

        handlers.ShouldNotBeEmpty();
        handlers.Where(t => !t.IsPublic || !t.IsSealed).ShouldBeEmpty();
    }

    [Fact]
    public void EveryCommandWithInput_HasAValidator()
    {
        var validated = Application.GetTypes()
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(FluentValidation.AbstractValidator<>))
            .Select(b => b!.GetGenericArguments()[0])
            .ToHashSet();
        var commands = Application.GetTypes()
            .Where(t => t.GetInterfaces().Contains(typeof(IBaseCommand)) && t.GetProperties().Length > 0);

        commands.Where(c => !validated.Contains(c)).Select(c => c.Name).ShouldBeEmpty();
    }
}
