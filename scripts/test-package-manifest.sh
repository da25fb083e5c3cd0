#!/usr/bin/env bash
# test-package-manifest.sh — checks scripts/package-manifest.sh: a sample GUID gives a valid, flat zip with the
# placeholders filled, and broken input (invalid manifest, wrong icon, bad or missing app id) is refused with a
# clear message. Works on temp copies only. Ends with "manifest: N passed, N failed"; exit 0 only if all pass.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PACK="$REPO/scripts/package-manifest.sh"
GUID=8d5e2f3a-1b2c-4d5e-9f60-718293a4b5c6
TEAMS_GUID=0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PASSED=0; FAILED=0

ok() { PASSED=$((PASSED + 1)); echo "  ok   $1"; }
bad() { FAILED=$((FAILED + 1)); echo "  FAIL $1"; sed 's/^/       | /' "$TMP/out.txt"; }
# pack: run the packager with no app id in the environment; output in $TMP/out.txt, exit code in $RC
pack() { RC=0; env -u MicrosoftAppId -u MICROSOFT_APP_ID -u TEAMS_APP_ID -u BOT_DOMAIN -u APP_VERSION "$PACK" "$@" > "$TMP/out.txt" 2>&1 || RC=$?; }
# expect_refused NAME PATTERN ARGS...: exit 1 and the message matches PATTERN (extended regex)
expect_refused() {
  local name=$1 pattern=$2; shift 2
  pack "$@"
  if [ "$RC" = 1 ] && grep -Eq "$pattern" "$TMP/out.txt"; then ok "$name"; else bad "$name (exit $RC, wanted 1 and /$pattern/)"; fi
}
# broken_copy NAME PYTHON: a copy of manifest/ in $TMP/NAME with manifest.json changed by PYTHON (m = the dict)
broken_copy() {
  rm -rf "${TMP:?}/$1"; cp -r "$REPO/manifest" "$TMP/$1"
  python3 - "$TMP/$1/manifest.json" "$2" <<'EOF'
import json, sys
path, code = sys.argv[1], sys.argv[2]
m = json.load(open(path, encoding="utf-8"))
exec(code)
json.dump(m, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
EOF
}
# zip_check ZIP PYTHON: PYTHON asserts on names (sorted list) and m (the packaged manifest.json)
zip_check() {
  python3 - "$1" "$2" <<'EOF'
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = sorted(z.namelist())
m = json.loads(z.read("manifest.json").decode("utf-8"))
exec(sys.argv[2])
EOF
}

echo "test-package-manifest: $PACK"

# 1. a sample GUID from the command line gives the zip, flat, with everything filled
pack --app-id "$GUID" --bot-domain reviewbot.contoso.com --version 1.4.2 --out "$TMP/app.zip"
if [ "$RC" = 0 ] && zip_check "$TMP/app.zip" "
assert names == ['color.png', 'manifest.json', 'outline.png'], names
assert m['bots'][0]['botId'] == '$GUID' and m['id'] == '$GUID', (m['id'], m['bots'][0]['botId'])
assert m['version'] == '1.4.2' and m['validDomains'] == ['reviewbot.contoso.com'], (m['version'], m['validDomains'])
assert '{{' not in json.dumps(m), 'placeholder left'
assert set(m['bots'][0]['scopes']) == {'personal', 'groupChat', 'team'} and m['bots'][0]['supportsFiles'] is True
titles = [c['title'] for c in m['bots'][0]['commandLists'][0]['commands']]
assert {'新建材料', '帮助', '取消'} <= set(titles), titles
" > "$TMP/out.txt" 2>&1; then ok "sample GUID packaged: flat zip, ids, version and domain filled"; else bad "sample GUID packaged"; fi

# 2. the app id from appsettings.json (with comments, as .NET allows), a separate Teams app id, no domain
cat > "$TMP/appsettings.json" <<EOF
{
  // the bot's Entra app registration
  "MicrosoftAppId": "$GUID", /* trailing comma below is fine for .NET */
  "Storage": { "Provider": "Sqlite" },
}
EOF
pack --settings "$TMP/appsettings.json" --teams-app-id "$TEAMS_GUID" --out "$TMP/app2.zip"
if [ "$RC" = 0 ] && zip_check "$TMP/app2.zip" "
assert m['bots'][0]['botId'] == '$GUID' and m['id'] == '$TEAMS_GUID', (m['id'], m['bots'][0]['botId'])
assert m.get('validDomains') == [] and m['version'] == '1.0.0', (m.get('validDomains'), m['version'])
" > "$TMP/out.txt" 2>&1; then ok "app id read from appsettings.json; Teams app id separate; no domain -> empty validDomains"
else bad "app id from appsettings.json"; fi

# 3. the environment variable wins over appsettings.json
RC=0; MicrosoftAppId=$TEAMS_GUID "$PACK" --settings "$TMP/appsettings.json" --out "$TMP/app3.zip" > "$TMP/out.txt" 2>&1 || RC=$?
if [ "$RC" = 0 ] && zip_check "$TMP/app3.zip" "assert m['bots'][0]['botId'] == '$TEAMS_GUID'" >> "$TMP/out.txt" 2>&1; then
  ok "env MicrosoftAppId overrides appsettings.json"; else bad "env MicrosoftAppId overrides appsettings.json"; fi

# 4. refusals
echo '{ "Logging": {} }' > "$TMP/no-id.json"
expect_refused "no app id anywhere" "no bot app id" --settings "$TMP/no-id.json" --out "$TMP/x.zip"
expect_refused "app id that is not a GUID" "not a GUID" --app-id 1234 --out "$TMP/x.zip"
broken_copy missing-developer "del m['developer']"
expect_refused "manifest without developer (schema)" "required property 'developer'" --app-id "$GUID" --manifest-dir "$TMP/missing-developer" --out "$TMP/x.zip"
broken_copy long-name "m['name']['short'] = 'ReviewBot ' + '很长的名字' * 6"
expect_refused "short name over 30 characters (schema)" "/name/short: must NOT have more than 30 characters" --app-id "$GUID" --manifest-dir "$TMP/long-name" --out "$TMP/x.zip"
broken_copy bad-scope "m['bots'][0]['scopes'].append('meetings')"
expect_refused "unknown bot scope (schema)" "/bots/0/scopes/3: must be equal to one of the allowed values" --app-id "$GUID" --manifest-dir "$TMP/bad-scope" --out "$TMP/x.zip"
broken_copy stray-placeholder "m['developer']['name'] = '{{COMPANY}}'"
expect_refused "placeholder nobody fills" "placeholders nobody fills: \{\{COMPANY\}\}" --app-id "$GUID" --manifest-dir "$TMP/stray-placeholder" --out "$TMP/x.zip"
broken_copy wrong-outline "pass"; cp "$REPO/manifest/color.png" "$TMP/wrong-outline/outline.png"
expect_refused "outline icon of the wrong size" "outline.*192x192.*32x32" --app-id "$GUID" --manifest-dir "$TMP/wrong-outline" --out "$TMP/x.zip"
broken_copy red-outline "pass"
python3 - "$TMP/red-outline/outline.png" <<'EOF'
import struct, sys, zlib
rows = b"".join(b"\x00" + bytes([200, 30, 30, 255] * 16 + [0, 0, 0, 0] * 16) for _ in range(32))  # left half red
chunk = lambda k, d: struct.pack(">I", len(d)) + k + d + struct.pack(">I", zlib.crc32(k + d))
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 32, 32, 8, 6, 0, 0, 0))
                              + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
EOF
expect_refused "outline icon that is not white on transparent" "non-white pixel rgb\(200,30,30\)" --app-id "$GUID" --manifest-dir "$TMP/red-outline" --out "$TMP/x.zip"
broken_copy missing-icon "pass"; rm "$TMP/missing-icon/color.png"
expect_refused "missing colour icon" "icon \"color\" not found" --app-id "$GUID" --manifest-dir "$TMP/missing-icon" --out "$TMP/x.zip"
broken_copy broken-json "pass"; echo '{ "manifestVersion": ' > "$TMP/broken-json/manifest.json"
expect_refused "manifest that is not JSON" "is not valid JSON" --app-id "$GUID" --manifest-dir "$TMP/broken-json" --out "$TMP/x.zip"
if [ -e "$TMP/x.zip" ]; then FAILED=$((FAILED + 1)); echo "  FAIL a refused run still wrote a zip"; else ok "no zip written by any refused run"; fi

echo "manifest: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
