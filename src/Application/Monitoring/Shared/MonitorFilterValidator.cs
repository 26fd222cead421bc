using FluentValidation;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>Months as yyyy-MM, the end not before the start, at most 24 months, a known sector: else a 400.</summary>
public abstract class MonitorFilterValidator<T> : AbstractValidator<T>
    where T : IMonitorFilter
{
    protected MonitorFilterValidator(TimeProvider clock)
    {
        RuleFor(q => q.From).Must(f => MonitorPeriod.TryParseMonth(f, out _)).When(q => q.From is not null)
            .WithMessage(_ => MonitorMessages.Get("MonthFormat")).OverridePropertyName("from");
        RuleFor(q => q.To).Must(t => MonitorPeriod.TryParseMonth(t, out _)).When(q => q.To is not null)
            .WithMessage(_ => MonitorMessages.Get("MonthFormat")).OverridePropertyName("to");
        RuleFor(q => q).Must(q => Span(q, clock) is >= 0 and < MonitorPeriod.MaxMonths)
            .When(q => Parses(q.From) && Parses(q.To))
            .WithMessage(_ => MonitorMessages.Get("PeriodRange")).OverridePropertyName("to");
        RuleFor(q => q.Sector).Must(s => Sector.FromCode(s) is not null).When(q => !string.IsNullOrEmpty(q.Sector))
            .WithMessage(_ => MonitorMessages.Get("SectorUnknown")).OverridePropertyName("sector");
    }

    private static bool Parses(string? month) => month is null || MonitorPeriod.TryParseMonth(month, out _);

    /// <summary>Months from start to end, with the defaults of <see cref="MonitorPeriod.Resolve"/>.</summary>
    private static int Span(T query, TimeProvider clock)
    {
        var period = MonitorPeriod.Resolve(query.From, query.To, clock.GetUtcNow());
        return MonitorPeriod.MonthsBetween(period.First, period.Last);
    }
}
