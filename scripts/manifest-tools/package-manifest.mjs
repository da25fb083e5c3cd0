#!/usr/bin/env node
// Fill, validate and zip the Teams app manifest. Run it through scripts/package-manifest.sh, which installs
// the pinned npm dependencies first. Offline: the JSON schema comes from manifest/schema/, never from its URL.
//
//   package-manifest.mjs [--app-id GUID] [--teams-app-id GUID] [--bot-domain HOST] [--version X.Y.Z]
//                        [--settings FILE] [--manifest-dir DIR] [--out FILE.zip]
//
// Placeholders in manifest.json and where their values come from (first found wins):
//   {{MICROSOFT_APP_ID}}  --app-id, env MicrosoftAppId, env MICROSOFT_APP_ID, "MicrosoftAppId" in appsettings.json
//   {{TEAMS_APP_ID}}      --teams-app-id, env TEAMS_APP_ID, else the bot's app id
//   {{APP_VERSION}}       --version, env APP_VERSION, else 1.0.0
//   {{BOT_DOMAIN}}        --bot-domain, env BOT_DOMAIN; optional: without it the list entry is dropped
// Exit codes: 0 packaged, 1 invalid input (message says what and where), 2 usage error.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const ICON_SIZES = { color: 192, outline: 32, color32x32: 32 };

class PackagingError extends Error {}
const fail = (msg) => { throw new PackagingError(msg); };

function parseArgs(argv) {
  const names = { '--app-id': 'appId', '--teams-app-id': 'teamsAppId', '--bot-domain': 'botDomain', '--version': 'version',
    '--settings': 'settings', '--manifest-dir': 'manifestDir', '--out': 'out' };
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-h' || argv[i] === '--help') {
      const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
      console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
      process.exit(0);
    }
    const key = names[argv[i]];
    if (!key || i + 1 >= argv.length) usage(`unknown or incomplete argument: ${argv[i]}`);
    opts[key] = argv[++i];
  }
  return opts;
}

function usage(msg) {
  console.error(`package-manifest: ${msg} (see --help)`);
  process.exit(2);
}

// appsettings.json may have comments and trailing commas, as .NET's configuration reader allows.
function readLenientJson(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const noComments = text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str ?? '');
  const noTrailingCommas = noComments.replace(/("(?:\\.|[^"\\])*")|,(\s*[}\]])/g, (m, str, close) => str ?? close);
  try {
    return JSON.parse(noTrailingCommas);
  } catch (e) {
    return fail(`${file} is not valid JSON: ${e.message}`);
  }
}

function readJson(file, what) {
  if (!fs.existsSync(file)) fail(`${what} not found: ${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return fail(`${what} ${file} is not valid JSON: ${e.message}`);
  }
}

function resolveValues(opts) {
  const settingsFile = opts.settings ?? path.join(repo, 'appsettings.json');
  const fromSettings = () => {
    if (!fs.existsSync(settingsFile)) return undefined;
    const id = readLenientJson(settingsFile).MicrosoftAppId;
    return typeof id === 'string' && id.trim() ? id.trim() : undefined;
  };
  const appId = opts.appId ?? process.env.MicrosoftAppId ?? process.env.MICROSOFT_APP_ID ?? fromSettings();
  if (!appId) {
    fail(`no bot app id: pass --app-id GUID, set MicrosoftAppId in the environment, or set "MicrosoftAppId" in ${settingsFile}`);
  }
  if (!GUID.test(appId)) fail(`the bot app id "${appId}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
  const teamsAppId = opts.teamsAppId ?? process.env.TEAMS_APP_ID ?? appId;
  if (!GUID.test(teamsAppId)) fail(`the Teams app id "${teamsAppId}" is not a GUID`);
  const botDomain = opts.botDomain ?? process.env.BOT_DOMAIN;
  if (botDomain !== undefined && !/^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(botDomain)) {
    fail(`the bot domain "${botDomain}" is not a host name (no scheme, no path, e.g. reviewbot.contoso.com)`);
  }
  const version = opts.version ?? process.env.APP_VERSION ?? '1.0.0';
  if (!/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)) fail(`the app version "${version}" is not MAJOR.MINOR.PATCH`);
  return { MICROSOFT_APP_ID: appId, TEAMS_APP_ID: teamsAppId, APP_VERSION: version, BOT_DOMAIN: botDomain };
}

// Replace {{NAME}} everywhere; an array element that is exactly an unset optional placeholder is dropped.
function fill(node, values) {
  if (typeof node === 'string') {
    return node.replace(/\{\{([A-Z_]+)\}\}/g, (m, name) => values[name] ?? m);
  }
  if (Array.isArray(node)) {
    const unsetOptional = (x) => {
      const name = typeof x === 'string' && /^\{\{([A-Z_]+)\}\}$/.exec(x)?.[1];
      return Boolean(name) && name in values && values[name] === undefined;
    };
    return node.filter((x) => !unsetOptional(x)).map((x) => fill(x, values));
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, values)]));
  }
  return node;
}

function validateSchema(manifest, manifestDir) {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string') fail('manifest.json has no "manifestVersion" string');
  const schemaFile = path.join(manifestDir, 'schema', `MicrosoftTeams.v${version}.schema.json`);
  const schema = readJson(schemaFile, `schema for manifestVersion ${version}`);
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (!validate(manifest)) {
    const lines = validate.errors.map((e) => `  ${e.instancePath || '/'}: ${e.message}${
      e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`);
    fail(`manifest.json does not match ${path.basename(schemaFile)}:\n${[...new Set(lines)].join('\n')}`);
  }
  return path.basename(schemaFile);
}

function checkIcons(manifest, manifestDir) {
  const files = [];
  for (const [kind, rel] of Object.entries(manifest.icons ?? {})) {
    const file = path.join(manifestDir, rel);
    if (path.dirname(rel) !== '.') fail(`icon "${kind}" must be a file next to manifest.json, not ${rel} (Teams wants a flat zip)`);
    if (!fs.existsSync(file)) fail(`icon "${kind}" not found: ${file}`);
    let png;
    try {
      png = PNG.sync.read(fs.readFileSync(file));
    } catch (e) {
      fail(`icon "${kind}" (${file}) is not a readable PNG: ${e.message}`);
    }
    const want = ICON_SIZES[kind];
    if (want && (png.width !== want || png.height !== want)) {
      fail(`icon "${kind}" (${rel}) is ${png.width}x${png.height}; Teams requires ${want}x${want}`);
    }
    if (kind === 'outline') checkOutline(png, rel);
    files.push(rel);
  }
  return files;
}

// Teams: the outline icon is white on a transparent background.
function checkOutline(png, rel) {
  let opaque = 0;
  let transparent = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = png.data.subarray(i, i + 4);
    if (a === 0) { transparent++; continue; }
    if (r < 240 || g < 240 || b < 240) {
      fail(`outline icon ${rel} has a non-white pixel rgb(${r},${g},${b}) at ${(i / 4) % png.width},${Math.floor(i / 4 / png.width)}; it must be white on transparent`);
    }
    opaque++;
  }
  if (transparent === 0) fail(`outline icon ${rel} has no transparent pixels; it must be white on transparent`);
  if (opaque === 0) fail(`outline icon ${rel} is fully transparent`);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const manifestDir = path.resolve(opts.manifestDir ?? path.join(repo, 'manifest'));
  const out = path.resolve(opts.out ?? path.join(repo, 'out', 'reviewbot-teams-app.zip'));
  const values = resolveValues(opts);
  const manifest = fill(readJson(path.join(manifestDir, 'manifest.json'), 'manifest'), values);
  const left = JSON.stringify(manifest).match(/\{\{[A-Za-z_]+\}\}/g);
  if (left) fail(`manifest.json has placeholders nobody fills: ${[...new Set(left)].join(', ')}`);
  const schemaName = validateSchema(manifest, manifestDir);
  const icons = checkIcons(manifest, manifestDir);

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'));
  for (const rel of icons) zip.addFile(rel, fs.readFileSync(path.join(manifestDir, rel)));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  zip.writeZip(out);
  console.log(`package-manifest: ${path.relative(process.cwd(), out) || out} (manifest ${manifest.version} valid against ${schemaName}; `
    + `bot ${values.MICROSOFT_APP_ID}, app ${values.TEAMS_APP_ID}; icons ${icons.join(', ')})`);
}

try {
  main();
} catch (e) {
  if (!(e instanceof PackagingError)) throw e;
  console.error(`package-manifest: ERROR: ${e.message}`);
  process.exit(1);
}
