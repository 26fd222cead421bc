using Mediator;

namespace TalentMatch.Application.Applications.DeleteExpiredApplicationData;

/// <summary>
/// Retention (run by the background job): deletes the personal data of every unsuccessful application whose
/// vacancy closed (closed or filled) four weeks ago, or a year ago when the candidate agreed to that. Hired
/// applications are kept. Returns how many applications were cleared.
/// </summary>
public sealed record DeleteExpiredApplicationDataCommand : ICommand<int>;
