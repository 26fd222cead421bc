using FluentValidation;
using Mediator;
using TalentMatch.Application.Common.Behaviours;
using ValidationException = TalentMatch.Application.Common.Exceptions.ValidationException;

namespace TalentMatch.Application.UnitTests.Common;

public sealed class ValidationBehaviourTests
{
    public sealed record Ping(string Name) : ICommand<string>;

    private sealed class PingValidator : AbstractValidator<Ping>
    {
        public PingValidator() => RuleFor(p => p.Name).NotEmpty();
    }

    [Fact]
    public async Task Handle_InvalidMessage_ThrowsWithFieldErrorsAndSkipsTheHandler()
    {
        var behaviour = new ValidationBehaviour<Ping, string>([new PingValidator()]);
        var called = false;

        var exception = await Should.ThrowAsync<ValidationException>(() => behaviour.Handle(new Ping(""),
            (_, _) => { called = true; return ValueTask.FromResult("pong"); }, default).AsTask());

        exception.Errors.Keys.ShouldBe(["Name"]);
        called.ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_ValidMessage_CallsTheHandler()
    {
        var behaviour = new ValidationBehaviour<Ping, string>([new PingValidator()]);

        var result = await behaviour.Handle(new Ping("x"), (_, _) => ValueTask.FromResult("pong"), default);

        result.ShouldBe("pong");
    }
}
