#!/usr/bin/env bash
# package-manifest.sh — build the Teams app package out/reviewbot-teams-app.zip from manifest/.
#
#   scripts/package-manifest.sh [--app-id GUID] [--teams-app-id GUID] [--bot-domain HOST] [--version X.Y.Z]
#                               [--settings FILE] [--manifest-dir DIR] [--out FILE.zip]
#
# Fills the placeholders of manifest/manifest.json (the bot id from --app-id, env MicrosoftAppId or
# "MicrosoftAppId" in appsettings.json), validates it offline against the official JSON schema vendored in
# manifest/schema/, checks the icon sizes (color 192x192, outline 32x32 white on transparent) and zips
# manifest.json + icons. `--help` lists every source of every value. Exit 0 packaged, 1 invalid input, 2 usage.
# Needs Node >= 18 and the npm registry on first use (pinned validator/zip packages go into
# scripts/manifest-tools/node_modules; nothing is downloaded at validation time).
set -euo pipefail

TOOLS=$(cd "$(dirname "${BASH_SOURCE[0]}")/manifest-tools" && pwd)

command -v node >/dev/null 2>&1 || { echo "package-manifest: ERROR: node (>= 18) is not installed" >&2; exit 1; }
node -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)' \
  || { echo "package-manifest: ERROR: node $(node --version) is too old; need >= 18" >&2; exit 1; }

# npm ci only when node_modules does not match the committed lock file.
stamp="$TOOLS/node_modules/.reviewbot-lock-stamp"
if ! cmp -s "$TOOLS/package-lock.json" "$stamp" 2>/dev/null; then
  echo "package-manifest: installing pinned npm packages into $TOOLS/node_modules" >&2
  (cd "$TOOLS" && npm ci --no-audit --no-fund --no-update-notifier --loglevel=error >&2) \
    || { echo "package-manifest: ERROR: npm ci failed in $TOOLS" >&2; exit 1; }
  cp "$TOOLS/package-lock.json" "$stamp"
fi

exec node "$TOOLS/package-manifest.mjs" "$@"
