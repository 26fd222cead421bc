using Microsoft.EntityFrameworkCore;

namespace TalentMatch.Infrastructure.Persistence;

public sealed class SqlServerApplicationDbContext(DbContextOptions<SqlServerApplicationDbContext> options)
    : ApplicationDbContext(options);
