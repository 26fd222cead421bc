using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers.Rules;

namespace TalentMatch.Domain.Employers;

/// <summary>An organisation that posts vacancies. Its first account is its owner.</summary>
public sealed class Employer : Entity
{
    public const int NameMaxLength = 200;

    private Employer()
    {
        Name = string.Empty;
        KvkNumber = null!;
    }

    public EmployerId Id { get; private set; }

    public string Name { get; private set; }

    public KvkNumber KvkNumber { get; private set; }

    public UserId OwnerId { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public static Employer Register(string name, KvkNumber kvkNumber, bool kvkNumberAlreadyRegistered,
        UserId ownerId, DateTimeOffset now)
    {
        CheckRule(new KvkNumberMustBeUnique(kvkNumberAlreadyRegistered));
        return new Employer
        {
            Id = EmployerId.New(),
            Name = name.Trim(),
            KvkNumber = kvkNumber,
            OwnerId = ownerId,
            RegisteredAt = now,
        };
    }
}
