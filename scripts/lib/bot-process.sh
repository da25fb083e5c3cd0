# bot-process.sh — sourced by e2e-playground.sh and bench.sh: build and start the ReviewBot host (or any
# command) in its own process group, wait for GET /healthz, and stop it again by its PID.
#
# Settings the host is given (ASP.NET configuration keys, as environment variables):
#   Storage__Provider=Sqlite, Storage__SqlitePath=<temp file>   the default store, in a throwaway file
#   MicrosoftAppId= (empty)                                     auth off: the playground and fakechannel send no token
# and the command line `--urls http://127.0.0.1:PORT`. Callers add more with HOST_ENV=(K=V ...).

REPO=${REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
HOST_PROJECT="$REPO/src/ReviewBot.Host/ReviewBot.Host.csproj"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# host_build: Release build of the host; sets HOST_DLL to the built assembly.
host_build() {
  echo "[bot] dotnet build $HOST_PROJECT -c Release" >&2
  dotnet build "$HOST_PROJECT" -c Release -nologo -v quiet -clp:ErrorsOnly >&2 \
    || { echo "[bot] ERROR: the host does not build" >&2; return 1; }
  HOST_DLL=$(dotnet msbuild "$HOST_PROJECT" -getProperty:TargetPath -p:Configuration=Release)
  [ -f "$HOST_DLL" ] || { echo "[bot] ERROR: built assembly not found: $HOST_DLL" >&2; return 1; }
}

# host_command PORT: the command line that runs the built host (what `dotnet run` would run), from the repo root
# so that the host finds appsettings.json as it does under `dotnet run --project src/ReviewBot.Host`.
host_command() {
  printf 'exec dotnet %q --urls http://127.0.0.1:%s' "$HOST_DLL" "$1"
}

# bot_start NAME PORT LOG COMMAND [K=V ...]: run COMMAND (a bash command line) in a new process group, with
# PORT and the K=V pairs in its environment, from the repo root; wait up to BOT_START_TIMEOUT (60 s) for
# http://127.0.0.1:PORT/healthz. Sets BOT_PID. Fails (with the log's tail) if it exits or never gets healthy.
bot_start() {
  local name=$1 port=$2 log=$3 cmd=$4; shift 4
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "[bot] ERROR: port $port is already in use; stop whatever listens there or pick another port" >&2; return 1
  fi
  (cd "$REPO" && exec env PORT="$port" "$@" setsid bash -c "$cmd" > "$log" 2>&1 < /dev/null) &
  BOT_PID=$!
  local deadline=$((SECONDS + ${BOT_START_TIMEOUT:-60}))
  until curl -sf --max-time 1 "http://127.0.0.1:$port/healthz" > /dev/null 2>&1; do
    if ! kill -0 "$BOT_PID" 2>/dev/null; then
      echo "[bot] ERROR: $name exited during start-up; last lines of $log:" >&2; tail -n 30 "$log" >&2; BOT_PID=""; return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo "[bot] ERROR: $name not healthy on port $port after ${BOT_START_TIMEOUT:-60}s; last lines of $log:" >&2
      tail -n 30 "$log" >&2; bot_stop "$BOT_PID"; BOT_PID=""; return 1
    fi
    sleep 0.2
  done
  echo "[bot] $name up on http://127.0.0.1:$port (pid $BOT_PID, log $log)" >&2
}

# bot_stop PID: SIGTERM to the process group that bot_start made (PID leads it), SIGKILL after 10 s.
bot_stop() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }; sleep 0.1; done
  echo "[bot] pid $pid did not stop in 10 s; SIGKILL" >&2
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
