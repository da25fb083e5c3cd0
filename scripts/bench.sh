#!/usr/bin/env bash
# bench.sh — the Performance benchmark of issue 2: ReviewBot.Host (Release, default SQLite store, auth off)
# and Microsoft's JS Bot Builder peer, one after the other in the same run, each driven by fakechannel's
# loadgen.py at 20 concurrent conversations. Prints turns/s, p50/p99 latency (user POST -> last reply at the
# connector, from loadgen) and the bot process' CPU time per turn (/proc/PID/stat utime+stime, after minus
# before, divided by the turns run).
#
#   scripts/bench.sh
#
# Env (defaults in brackets):
#   FAKECHANNEL_DIR [<repo>/../shared/tools/fakechannel]   PEER_DIR [<repo>/../shared/tools/peer-botbuilder-js]
#   BENCH_CONVERSATIONS [20] BENCH_TURNS [1000 per conversation] BENCH_DURATION_S [15, hard cap per run]
#   BENCH_ROUNDS [2: peer, bot, peer, bot]   BENCH_WARMUP_S [45: seconds of unmeasured load before each process' first
#   round; 5 before later rounds]: both bots are measured warm, as a long-running service runs. The host's JIT
#   (Tiered PGO) needs 10-20 s of full load to instrument and recompile its hot paths; V8 settles sooner.
#   BENCH_BOT_SCRIPT [scripts/bench/reviewbot-interview.json]   BENCH_PEER_SCRIPT [loadgen's built-in peer interview]
#   BENCH_LOG_LEVEL [Warning: the host's Logging__LogLevel__Default; the peer logs nothing per turn either]
#   BENCH_BOT_CMD   bash command that starts another bot instead of ReviewBot.Host (gets PORT; must serve /healthz)
#   BENCH_SKIP_BOT=1 / BENCH_SKIP_PEER=1   measure only the other one
#   BENCH_OUT [<repo>/out/bench]: loadgen outputs (*.txt, *.json), bot and peer logs, the peer's npm install
# Host settings: Storage__Provider=Sqlite, Storage__SqlitePath=<temp file>, MicrosoftAppId= (empty: no auth),
# Logging__LogLevel__Default=$BENCH_LOG_LEVEL, --urls http://127.0.0.1:<free port>, and Teams' per-conversation send
# limits (7/s) lifted to 1,000,000/s: loadgen's fake connector is not Teams and the peer has no limiter (the limiter
# still runs, so its cost is measured).
# Exit 0 when every run completed without loadgen errors, 1 otherwise (the table is printed either way).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/bot-process.sh
. "$REPO/scripts/lib/bot-process.sh"

FAKECHANNEL_DIR=${FAKECHANNEL_DIR:-$REPO/../shared/tools/fakechannel}
PEER_DIR=${PEER_DIR:-$REPO/../shared/tools/peer-botbuilder-js}
CONVS=${BENCH_CONVERSATIONS:-20}
TURNS=${BENCH_TURNS:-1000}
DURATION=${BENCH_DURATION_S:-15}
ROUNDS=${BENCH_ROUNDS:-2}
WARMUP_S=${BENCH_WARMUP_S:-45}
BOT_SCRIPT=${BENCH_BOT_SCRIPT:-$REPO/scripts/bench/reviewbot-interview.json}
PEER_SCRIPT=${BENCH_PEER_SCRIPT:-}
LOG_LEVEL=${BENCH_LOG_LEVEL:-Warning}
OUT=${BENCH_OUT:-$REPO/out/bench}

say() { echo "[bench] $*" >&2; }
die() { echo "[bench] ERROR: $*" >&2; exit 2; }

[ -f "$FAKECHANNEL_DIR/loadgen.py" ] || die "loadgen.py not found in $FAKECHANNEL_DIR (set FAKECHANNEL_DIR)"
FAKECHANNEL_DIR=$(cd "$FAKECHANNEL_DIR" && pwd)
[ -f "$BOT_SCRIPT" ] || die "loadgen script not found: $BOT_SCRIPT"
command -v python3 > /dev/null || die "python3 is needed for loadgen.py"
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
rm -f "$OUT"/run-*.txt "$OUT"/run-*.json "$OUT"/results.tsv
WORK=$(mktemp -d)
BOT_PID=""; PEER_PID=""; PEER_RUN=""
cleanup() {
  if [ -n "$BOT_PID" ]; then bot_stop "$BOT_PID"; fi
  if [ -n "$PEER_PID" ]; then peerctl stop "$PEER_PID" > /dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# peerctl.py imports fakechannel's free_port, so fakechannel goes on the path
peerctl() { PYTHONPATH="$FAKECHANNEL_DIR${PYTHONPATH:+:$PYTHONPATH}" python3 "$PEER_RUN/peerctl.py" "$@"; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }  # utime+stime, fields 14+15

# ---------------------------------------------------------------- the two bots
start_peer() {
  [ -f "$PEER_DIR/index.js" ] || die "peer not found in $PEER_DIR (set PEER_DIR)"
  # a writable copy: the shared folder may be read-only, and peerctl.py writes logs/ beside itself
  PEER_RUN="$OUT/peer-botbuilder-js"
  mkdir -p "$PEER_RUN"
  cp "$PEER_DIR"/index.js "$PEER_DIR"/peerctl.py "$PEER_DIR"/package.json "$PEER_DIR"/package-lock.json "$PEER_RUN/"
  chmod u+w "$PEER_RUN"/*
  if ! cmp -s "$PEER_RUN/package-lock.json" "$PEER_RUN/node_modules/.bench-lock-stamp" 2>/dev/null; then
    say "npm ci for the peer in $PEER_RUN"
    (cd "$PEER_RUN" && npm ci --no-audit --no-fund --no-update-notifier --loglevel=error >&2) || die "npm ci failed for the peer"
    cp "$PEER_RUN/package-lock.json" "$PEER_RUN/node_modules/.bench-lock-stamp"
  fi
  local line
  line=$(peerctl start) || die "the peer did not start"
  PEER_URL=$(sed -n 's/.*url=\([^ ]*\).*/\1/p' <<< "$line")
  PEER_PID=$(sed -n 's/.*pid=\([0-9]*\).*/\1/p' <<< "$line")
  [ -n "$PEER_URL" ] && [ -n "$PEER_PID" ] || die "unexpected peerctl output: $line"
  say "peer-js up at $PEER_URL (pid $PEER_PID)"
}

start_bot() {
  local port cmd
  port=$(free_port)
  if [ -n "${BENCH_BOT_CMD:-}" ]; then
    cmd=$BENCH_BOT_CMD; BOT_NAME="bot (BENCH_BOT_CMD)"
  else
    host_build || exit 2
    cmd=$(host_command "$port"); BOT_NAME=ReviewBot.Host
  fi
  bot_start "$BOT_NAME" "$port" "$OUT/bot.log" "$cmd" \
    Storage__Provider=Sqlite Storage__SqlitePath="$WORK/bench.db" MicrosoftAppId= \
    Logging__LogLevel__Default="$LOG_LEVEL" Logging__LogLevel__Microsoft.AspNetCore="$LOG_LEVEL" \
    Connector__SendRateLimits__0__Permits=1000000 Connector__SendRateLimits__0__Window=00:00:01 || exit 2
  BOT_URL="http://127.0.0.1:$port/api/messages"
}

# ---------------------------------------------------------------- one measured run
# measure LABEL URL PID SCRIPT WARM_S: WARM_S seconds of warm-up load, then the measured loadgen run; appends a row to
# results.tsv
measure() {
  local label=$1 url=$2 pid=$3 script=$4 warm_s=$5 tag c0 c1 rc=0
  local script_arg=(); [ -n "$script" ] && script_arg=(--script "$script")
  tag=$(tr ' ()' '-__' <<< "$label")
  python3 "$FAKECHANNEL_DIR/loadgen.py" --bot "$url" --conversations "$CONVS" --turns 1000000 \
    --duration-s "$warm_s" --timeout-s 5 "${script_arg[@]}" > "$OUT/run-$tag-warmup.txt" 2>&1 || true
  c0=$(cpu_ticks "$pid")
  python3 "$FAKECHANNEL_DIR/loadgen.py" --bot "$url" --conversations "$CONVS" --turns "$TURNS" \
    --duration-s "$DURATION" --timeout-s 5 --bot-pid "$pid" --json "$OUT/run-$tag.json" "${script_arg[@]}" \
    > "$OUT/run-$tag.txt" 2>&1 || rc=$?
  c1=$(cpu_ticks "$pid")
  [ -f "$OUT/run-$tag.json" ] || { say "loadgen failed for $label (exit $rc):"; cat "$OUT/run-$tag.txt" >&2; echo -e "$label\tfailed" >> "$OUT/results.tsv"; return 0; }
  python3 - "$OUT/run-$tag.json" "$label" "$((c1 - c0))" "$(getconf CLK_TCK)" >> "$OUT/results.tsv" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
ticks, hz = int(sys.argv[3]), int(sys.argv[4])
cpu_ms = ticks * 1000 / hz
per_turn = cpu_ms / s["turns"] if s["turns"] else float("nan")
print("\t".join(map(str, [sys.argv[2], s["turns"], s["ok"], s["errors"], s["turns_per_s"], s["p50_ms"], s["p99_ms"],
                          round(cpu_ms), round(per_turn, 3)])))
EOF
  say "$label: $(tail -n 1 "$OUT/run-$tag.txt")"
  grep -E "^errors by kind|^  e\.g\." "$OUT/run-$tag.txt" >&2 || true
}

[ "${BENCH_SKIP_PEER:-0}" = 1 ] || start_peer
[ "${BENCH_SKIP_BOT:-0}" = 1 ] || start_bot
say "$CONVS conversations x up to $TURNS turns, cap ${DURATION}s per run, $ROUNDS round(s); bot log level $LOG_LEVEL; outputs in $OUT"
for round in $(seq 1 "$ROUNDS"); do
  warm=5; [ "$round" = 1 ] && warm=$WARMUP_S
  [ -z "$PEER_PID" ] || measure "peer-js (r$round)" "$PEER_URL" "$PEER_PID" "$PEER_SCRIPT" "$warm"
  [ -z "$BOT_PID" ] || measure "$BOT_NAME (r$round)" "$BOT_URL" "$BOT_PID" "$BOT_SCRIPT" "$warm"
done

# ---------------------------------------------------------------- the table
python3 - "$OUT/results.tsv" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
head = ["run", "turns", "ok", "errors", "turns/s", "p50 ms", "p99 ms", "cpu ms", "cpu ms/turn"]
w = [max(len(h), *(len(r[i]) for r in rows if len(r) > i)) for i, h in enumerate(head)]
print("  ".join(h.ljust(w[i]) if i == 0 else h.rjust(w[i]) for i, h in enumerate(head)))
for r in rows:
    print("  ".join(c.ljust(w[i]) if i == 0 else c.rjust(w[i]) for i, c in enumerate(r)))
done = [r for r in rows if len(r) == len(head)]
def avg(pred, col):
    v = [float(r[col]) for r in done if pred(r[0])]
    return sum(v) / len(v) if v else None
peer = lambda n: n.startswith("peer-js")
bot = lambda n: not n.startswith("peer-js")
cp, cb, pp, pb = avg(peer, 8), avg(bot, 8), avg(peer, 6), avg(bot, 6)
if None not in (cp, cb, pp, pb) and cp > 0 and pp > 0:
    print(f"\nbot/peer (mean over rounds): cpu per turn {cb / cp:.2f} (target <= 0.33), p99 {pb / pp:.2f} (target <= 0.75)")
EOF
awk -F'\t' 'NF != 9 || $4 != 0 { bad = 1 } END { exit bad }' "$OUT/results.tsv"
