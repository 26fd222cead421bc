#!/usr/bin/env bash
# Runs the whole test suite, installing what the tests need first. CI runs this same script (.ci/run).
#   ./test.sh                 all tests
#   ./test.sh --filter X      extra arguments go to `dotnet test`
set -euo pipefail
cd "$(dirname "$0")"

# Chromium for the browser tests (Microsoft.Playwright drives Debian's Chromium; no browser download works here).
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
export TALENTMATCH_CHROMIUM=/usr/bin/chromium
export TALENTMATCH_REQUIRE_BROWSER=1   # a missing browser fails the browser tests instead of skipping them

# npm packages (NL Design System CSS) are restored by the Web project's build; the tools by dotnet.
dotnet tool restore >/dev/null

results="artifacts/test-results"
rm -rf "$results"
status=0
dotnet test TalentMatch.sln --configuration Release --logger "trx" --results-directory "$results" "$@" || status=$?

# One closing line over all test assemblies: "N passed, N failed, N skipped".
python3 - "$results" <<'PY' || true
# python3 is on this machine kind; the line is a summary only, the exit status comes from dotnet test.
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    p += int(c.get("passed")); f += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout"))
    s += int(c.get("total")) - int(c.get("executed"))
print(f"tests: {p} passed, {f} failed, {s} skipped")
PY
exit $status
