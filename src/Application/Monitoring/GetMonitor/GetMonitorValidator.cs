using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Application.Monitoring.GetMonitor;

public sealed class GetMonitorValidator(TimeProvider clock) : MonitorFilterValidator<GetMonitorQuery>(clock);
