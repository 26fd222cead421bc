using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

public static class SenderPageExtensions
{
    /// <summary>Sends a command from a page; validation and rule errors land in ModelState. True on success.</summary>
    public static async Task<bool> TrySendAsync<TCommand>(this ISender sender, TCommand command,
        ModelStateDictionary modelState, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? fieldMap = null, string? ruleField = null)
        where TCommand : ICommand
    {
        try
        {
            await sender.Send(command, cancellationToken);
            return true;
        }
        catch (ValidationException e)
        {
            modelState.AddErrors(e, fieldMap);
        }
        catch (BusinessRuleException e)
        {
            modelState.AddError(e, ruleField);
        }

        return false;
    }

    /// <summary>As <see cref="TrySendAsync{TCommand}"/> for a command with a result (e.g. the id of what it created).</summary>
    public static async Task<(bool Ok, TResponse? Result)> TrySendForResultAsync<TResponse>(this ISender sender,
        ICommand<TResponse> command, ModelStateDictionary modelState, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? fieldMap = null, string? ruleField = null)
    {
        try
        {
            return (true, await sender.Send(command, cancellationToken));
        }
        catch (ValidationException e)
        {
            modelState.AddErrors(e, fieldMap);
        }
        catch (BusinessRuleException e)
        {
            modelState.AddError(e, ruleField);
        }

        return (false, default);
    }
}
