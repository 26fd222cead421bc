using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Application.Monitoring.GetOpenPlacements;

public sealed class GetOpenPlacementsValidator(TimeProvider clock) : MonitorFilterValidator<GetOpenPlacementsQuery>(clock);
