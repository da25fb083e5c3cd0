#!/usr/bin/env bash
# e2e-playground.sh — end-to-end check with Microsoft's own client: the bot runs on 127.0.0.1, the
# Microsoft 365 Agents Playground (channel msteams) drives it in headless Chromium, and each scenario
# (a run-conversation.mjs script) must pass. Screenshots, transcripts and logs go to out/e2e/.
#
#   scripts/e2e-playground.sh [SCENARIO.json ...]          # default: tests/e2e/*.json
#
# Env:
#   PLAYGROUND_KIT   the playground kit (default: <repo>/../shared/tools/playground)
#   E2E_BOT_CMD      bash command that starts another bot instead of ReviewBot.Host (it gets PORT in its
#                    environment and must serve GET /healthz), e.g. the kit's stub:
#                    E2E_BOT_CMD='exec node "$PLAYGROUND_KIT/stub-bot.mjs"' scripts/e2e-playground.sh tests/e2e/stub/*.json
#   BOT_PORT (3978), PG_PORT (56150), E2E_OUT (<repo>/out/e2e), E2E_TIMEOUT_MS (15000, per expect step),
#   PGKIT_HOME (the kit's cache: npm packages, browser profiles; the kit's default if unset)
# The host is started as `dotnet <ReviewBot.Host.dll> --urls http://127.0.0.1:$BOT_PORT` from the repo root after a
# Release build, with Storage__Provider=Sqlite, Storage__SqlitePath=<temp file>, MicrosoftAppId= (auth off).
# Each scenario gets a fresh playground (new conversation id, so fresh bot state); everything started is
# stopped on exit. Exit 0 if every scenario passes, 1 if one fails, 2 on setup errors.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/bot-process.sh
. "$REPO/scripts/lib/bot-process.sh"

export PLAYGROUND_KIT=${PLAYGROUND_KIT:-$REPO/../shared/tools/playground}
BOT_PORT=${BOT_PORT:-3978}
PG_PORT=${PG_PORT:-56150}
OUT=${E2E_OUT:-$REPO/out/e2e}
TIMEOUT_MS=${E2E_TIMEOUT_MS:-15000}

say() { echo "[e2e] $*" >&2; }
die() { echo "[e2e] ERROR: $*" >&2; exit 2; }

[ -x "$PLAYGROUND_KIT/start-playground.sh" ] || die "playground kit not found at $PLAYGROUND_KIT (set PLAYGROUND_KIT)"
PLAYGROUND_KIT=$(cd "$PLAYGROUND_KIT" && pwd)

SCENARIOS=("$@")
if [ ${#SCENARIOS[@]} = 0 ]; then
  shopt -s nullglob; SCENARIOS=("$REPO"/tests/e2e/*.json); shopt -u nullglob
fi
[ ${#SCENARIOS[@]} -gt 0 ] || die "no scenarios (tests/e2e/*.json is empty)"
for s in "${SCENARIOS[@]}"; do [ -f "$s" ] || die "scenario not found: $s"; done

mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
rm -rf "$OUT/bot.log" "$OUT/stub-bot-logs"   # per-scenario folders are replaced below
WORK=$(mktemp -d)
BOT_PID=""; PG_PID=""
cleanup() {
  if [ -n "$PG_PID" ]; then "$PLAYGROUND_KIT/stop-playground.sh" "$PG_PID" || true; fi
  if [ -n "$BOT_PID" ]; then bot_stop "$BOT_PID"; say "stopped bot (pid $BOT_PID)"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "installing/checking the playground kit (npm packages, Chromium, CJK fonts)"
"$PLAYGROUND_KIT/start-playground.sh" --install-only || die "playground kit install failed"

if [ -n "${E2E_BOT_CMD:-}" ]; then
  bot_start "bot (E2E_BOT_CMD)" "$BOT_PORT" "$OUT/bot.log" "$E2E_BOT_CMD" LOG_DIR="$OUT/stub-bot-logs" || exit 2
else
  host_build || exit 2
  bot_start ReviewBot.Host "$BOT_PORT" "$OUT/bot.log" "$(host_command "$BOT_PORT")" \
    Storage__Provider=Sqlite Storage__SqlitePath="$WORK/reviewbot-e2e.db" MicrosoftAppId= || exit 2
fi

PASSED=0; FAILED=0; FAILED_NAMES=()
for scenario in "${SCENARIOS[@]}"; do
  name=$(basename "$scenario" .json)
  dir="$OUT/$name"; rm -rf "$dir"; mkdir -p "$dir"
  # a fresh playground per scenario: a new conversation id, so the bot starts this conversation from scratch
  PG_PID=$("$PLAYGROUND_KIT/start-playground.sh" --no-install -e "http://127.0.0.1:$BOT_PORT/api/messages" \
             -p "$PG_PORT" --service-url "http://127.0.0.1:$PG_PORT/_connector" --run-dir "$WORK/playground-$name") \
    || die "the playground did not start"
  say "scenario $name (playground pid $PG_PID)"
  rc=0
  node "$PLAYGROUND_KIT/run-conversation.mjs" "http://127.0.0.1:$PG_PORT" "$scenario" "$dir/final.png" \
    --screenshot-dir "$dir" --transcript "$dir/transcript.json" --timeout "$TIMEOUT_MS" > "$dir/output.txt" 2>&1 || rc=$?
  sed 's/^/    /' "$dir/output.txt" >&2
  cp "$WORK/playground-$name/playground.out" "$dir/playground.out" 2>/dev/null || true
  "$PLAYGROUND_KIT/stop-playground.sh" "$PG_PID" || true; PG_PID=""
  case $rc in
    0) PASSED=$((PASSED + 1)); say "PASS $name (screenshots in $dir)" ;;
    1) FAILED=$((FAILED + 1)); FAILED_NAMES+=("$name"); say "FAIL $name: see $dir/output.txt, $dir/final.png and $OUT/bot.log" ;;
    *) die "run-conversation.mjs could not run $name (exit $rc): see $dir/output.txt" ;;
  esac
done

echo "e2e: $PASSED passed, $FAILED failed${FAILED_NAMES[*]:+ (${FAILED_NAMES[*]})}"
[ "$FAILED" = 0 ] || exit 1
