using Mediator;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// As <see cref="SenderPageExtensions.TrySendAsync{TCommand}"/>, for commands and queries that return something:
/// validation and rule errors land in ModelState and the result is null.
/// </summary>
public static class SenderResultPageExtensions
{
    public static Task<Sent<T>?> TrySendCommandAsync<T>(this ISender sender, ICommand<T> command,
        ModelStateDictionary modelState, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? fieldMap = null) =>
        CatchAsync(() => sender.Send(command, cancellationToken), modelState, fieldMap);

    public static Task<Sent<T>?> TrySendQueryAsync<T>(this ISender sender, IQuery<T> query,
        ModelStateDictionary modelState, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? fieldMap = null) =>
        CatchAsync(() => sender.Send(query, cancellationToken), modelState, fieldMap);

    private static async Task<Sent<T>?> CatchAsync<T>(Func<ValueTask<T>> send, ModelStateDictionary modelState,
        IReadOnlyDictionary<string, string>? fieldMap)
    {
        try
        {
            return new Sent<T>(await send());
        }
        catch (ValidationException e)
        {
            modelState.AddErrors(e, fieldMap);
        }
        catch (BusinessRuleException e)
        {
            modelState.AddError(e);
        }

        return null;
    }

    /// <summary>A result that came back (it may itself be an empty list).</summary>
    public sealed record Sent<T>(T Value);
}
