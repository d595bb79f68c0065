#!/usr/bin/env bash
# Installs the engines the project runs on, from package registries only, into a cache outside the
# repo, and reuses what is already there. Called by `npm test`, `npm start` and .ci/run.
#   - Temporal CLI (dev server): go install from the Go module proxy
#   - Temporal's Java time-skipping test server: Maven Central
#   - schemathesis (the API fuzzing test, test/api/schemathesis.test.ts): PyPI, in a venv
#   - with --cluster (npm run cluster): the Temporal server and its SQL schema tool, go install
#     from the Go module proxy, with the server's PostgreSQL schemas copied beside them
# Honours TEMPORAL_CLI, ICJ_ENGINE_CACHE and XDG_CACHE_HOME like config.ts does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${ICJ_ENGINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/icjims}"
mkdir -p "$cache/bin" "$cache/test-server"

TEMPORAL_CLI_VERSION=v1.5.1       # newest CLI whose go.mod has no replace directive (Temporal Server 1.29.1)
TEMPORAL_SERVER_VERSION=v1.29.1  # the server the CLI above embeds
TEST_SERVER_VERSION=1.38.0
SCHEMATHESIS_VERSION=4.32.5

# --- Temporal CLI -----------------------------------------------------------------------------
if [ -n "${TEMPORAL_CLI:-}" ] && [ -x "${TEMPORAL_CLI}" ]; then
  echo "engines: temporal CLI from TEMPORAL_CLI=${TEMPORAL_CLI}"
elif command -v temporal >/dev/null 2>&1; then
  echo "engines: temporal CLI on PATH: $(command -v temporal)"
elif [ -x "$cache/bin/temporal" ]; then
  echo "engines: temporal CLI cached: $cache/bin/temporal"
elif command -v go >/dev/null 2>&1; then
  echo "engines: building the Temporal CLI ${TEMPORAL_CLI_VERSION} with go install (a few minutes the first time)..."
  start=$(date +%s)
  GOBIN="$cache/bin" GOFLAGS=-mod=mod go install "github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}"
  echo "engines: temporal CLI built in $(( $(date +%s) - start )) s: $cache/bin/temporal"
else
  echo "engines: no Go toolchain and no temporal CLI; the Temporal SDK will download the dev server at run time (needs internet)" >&2
fi

# --- Java time-skipping test server ---------------------------------------------------------
jar="$cache/test-server/lib/temporal-test-server-${TEST_SERVER_VERSION}.jar"
if [ -f "$jar" ]; then
  echo "engines: Java test server cached: $cache/test-server"
else
  command -v mvn >/dev/null 2>&1 || { echo "engines: Maven (mvn) is needed to fetch io.temporal:temporal-test-server" >&2; exit 1; }
  command -v java >/dev/null 2>&1 || { echo "engines: Java 17+ is needed to run the Temporal test server" >&2; exit 1; }
  echo "engines: fetching io.temporal:temporal-test-server:${TEST_SERVER_VERSION} from Maven Central..."
  rm -rf "$cache/test-server/lib"
  mvn -B -q -f "$here/test-server-pom.xml" -Dtestserver.version="$TEST_SERVER_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$cache/test-server/lib"
fi
# The SDK starts the server as `<path> <port>` and expects gRPC on 127.0.0.1 within 5 s.
cat > "$cache/test-server/temporal-test-server" <<SH
#!/usr/bin/env bash
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -cp '$cache/test-server/lib/*' io.temporal.testserver.TestServer "\$@"
SH
chmod +x "$cache/test-server/temporal-test-server"

# --- schemathesis (Python, PyPI) ---------------------------------------------------------------
venv="$cache/schemathesis-${SCHEMATHESIS_VERSION}"
if [ -x "$venv/bin/st" ]; then
  echo "engines: schemathesis cached: $venv"
else
  command -v python3 >/dev/null 2>&1 || { echo "engines: Python 3 is needed to install schemathesis from PyPI" >&2; exit 1; }
  echo "engines: installing schemathesis ${SCHEMATHESIS_VERSION} from PyPI..."
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==${SCHEMATHESIS_VERSION}"
fi
# --- Temporal server and temporal-sql-tool (npm run cluster) --------------------------------------
if [ "${1:-}" = "--cluster" ]; then
  server_dir="$cache/temporal-server-${TEMPORAL_SERVER_VERSION}"
  if [ -x "$server_dir/bin/temporal-server" ] && [ -x "$server_dir/bin/temporal-sql-tool" ] && [ -d "$server_dir/schema/postgresql/v12" ]; then
    echo "engines: Temporal server cached: $server_dir"
  else
    command -v go >/dev/null 2>&1 || { echo "engines: Go is needed to build the Temporal server (go install)" >&2; exit 1; }
    echo "engines: building the Temporal server ${TEMPORAL_SERVER_VERSION} and temporal-sql-tool with go install (about 3 minutes the first time)..."
    start=$(date +%s)
    rm -rf "$server_dir" && mkdir -p "$server_dir/bin"
    GOBIN="$server_dir/bin" GOFLAGS=-mod=mod go install "go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}" "go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}"
    mv "$server_dir/bin/server" "$server_dir/bin/temporal-server"
    mv "$server_dir/bin/sql" "$server_dir/bin/temporal-sql-tool"
    module="$(go env GOMODCACHE)/go.temporal.io/server@${TEMPORAL_SERVER_VERSION}"
    mkdir -p "$server_dir/schema/postgresql"
    cp -r "$module/schema/postgresql/v12" "$server_dir/schema/postgresql/"
    chmod -R u+w "$server_dir/schema"
    echo "engines: Temporal server built in $(( $(date +%s) - start )) s: $server_dir"
  fi
fi
echo "engines: ready"
