#!/usr/bin/env bash
# Adds a migration with the same name for both database providers (docs/decisions/0002).
#   tools/add-migration.sh <Name>
set -euo pipefail
name="${1:?usage: tools/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --project src/Infrastructure --startup-project src/Infrastructure \
    --context "${provider}ApplicationDbContext" --output-dir "Persistence/Migrations/$provider" \
    --namespace "TalentMatch.Infrastructure.Persistence.Migrations.$provider"
  # dotnet ef writes the model snapshot under a folder named after the namespace; move it next to the migrations.
  stray="src/Infrastructure/TalentMatch/Infrastructure/Persistence/Migrations/$provider"
  if [ -d "$stray" ]; then mv "$stray"/*.cs "src/Infrastructure/Persistence/Migrations/$provider/"; fi
done
rm -rf src/Infrastructure/TalentMatch src/Infrastructure/design-time.db
