import { sha256 } from '@noble/hashes/sha2.js';
import { escapeHtml as e } from './html';
import { reportTextLanguage, type ReportLang } from './report-input';

/**
 * verify.html: a page inside every pack that checks the unpacked folder with nothing installed.
 *
 * Browsers do not let a file:// page read the files beside it, so the user hands the folder to the
 * page (folder picker or drag-and-drop). The page's code is plain JavaScript kept in strings here,
 * so the exact text that ships is the text the unit tests evaluate.
 */

/**
 * The checks, free of the DOM. Must hash audit entries exactly as utils/audit/chain.ts does:
 * SHA-256 over canonical JSON (keys sorted at every level) of the entry without its hash.
 */
export const VERIFY_CORE_JS = String.raw`
'use strict';
var ZERO_HASH = '0000000000000000000000000000000000000000000000000000000000000000';
var HEX64 = /^[0-9a-f]{64}$/;

function canonicalJson(value) {
  return JSON.stringify(value, function (_key, v) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map(function (k) { return [k, v[k]]; }));
    }
    return v;
  });
}

function toHex(buffer) {
  var bytes = new Uint8Array(buffer);
  var out = '';
  for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return out;
}

async function sha256Hex(bytes) {
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

async function hashEntry(entry) {
  var unsealed = {
    seq: entry.seq, caseId: entry.caseId, at: entry.at, action: entry.action,
    evidenceId: entry.evidenceId, details: entry.details, prevHash: entry.prevHash,
  };
  return sha256Hex(new TextEncoder().encode(canonicalJson(unsealed)));
}

/** Walks the chain in order; returns one sentence per entry that does not fit. */
async function verifyAuditChain(entries, head) {
  var problems = [];
  var prev = ZERO_HASH;
  for (var i = 0; i < entries.length; i++) {
    var e = entries[i];
    if (!e || typeof e !== 'object') { problems.push('audit entry ' + i + ' is not a record'); continue; }
    if (e.seq !== i) problems.push('audit entry ' + e.seq + ' found where ' + i + ' was expected');
    if (e.prevHash !== prev) problems.push('audit entry ' + e.seq + ' does not point at the entry before it');
    if ((await hashEntry(e)) !== e.hash) problems.push('audit entry ' + e.seq + ' (' + e.action + ') was altered: its content no longer matches its hash');
    prev = e.hash;
  }
  if (head !== undefined && prev !== head && entries.length) problems.push('the audit head in the manifest is not the last entry of the log');
  return problems;
}

function baseName(p) { return p.slice(p.lastIndexOf('/') + 1); }

var UNBOUND_KEYS = ['audit', 'attestations'];
var OLDER_PACK_NOTE = "Older pack: its export entry does not record its files, so its reports, case.json and the manifest's order facts, times and notes are not bound by the log (packs made by earlier versions of OrderProof).";
var SEALING_FILES = ['manifest.json', 'SHA256SUMS'];

function textSha(s) { return sha256Hex(new TextEncoder().encode(s)); }

/** One hash per structured manifest field, as pack-binding.ts's manifestFieldHashes makes them. */
async function manifestFieldHashes(raw) {
  var out = {};
  var keys = Object.keys(raw).sort();
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (UNBOUND_KEYS.indexOf(key) >= 0) continue;
    var value = raw[key];
    if (key === 'evidence' && Array.isArray(value)) {
      out.evidence = await textSha(String(value.length));
      for (var j = 0; j < value.length; j++) out['evidence.' + j] = await textSha(canonicalJson(value[j]));
    } else out[key] = await textSha(canonicalJson(value));
  }
  return out;
}

function fieldName(key, raw) {
  var m = /^evidence\.(\d+)$/.exec(key);
  if (!m) return key === 'evidence' ? 'the number of evidence items' : 'the field "' + key + '"';
  var item = Array.isArray(raw.evidence) ? raw.evidence[Number(m[1])] : undefined;
  return 'evidence item ' + (Number(m[1]) + 1) + (item && typeof item.title === 'string' ? ' ("' + item.title + '")' : '');
}

/** The export entry, last in the log, must record every file and manifest field as they are. */
async function checkBinding(manifest, entries, actualByPath, listedPaths) {
  var problems = [];
  var last = entries[entries.length - 1];
  if (!last || last.action !== 'export') {
    problems.push('the log does not end with the pack\'s export entry' + (last ? ' (its last entry, ' + last.seq + ', is "' + last.action + '")' : '') + ': entries were cut off its end, or the pack was not made by an OrderProof export');
    return { problems: problems, notes: [] };
  }
  var pack = last.details && last.details.pack;
  if (pack === undefined) return { problems: problems, notes: [OLDER_PACK_NOTE] };
  if (!pack || !Array.isArray(pack.files) || !pack.manifest || typeof pack.manifest !== 'object') {
    problems.push('the export entry (log entry ' + last.seq + ') does not describe the pack\'s files readably');
    return { problems: problems, notes: [] };
  }
  var where = 'the export entry (log entry ' + last.seq + ')';
  var recorded = new Set();
  pack.files.forEach(function (f) {
    recorded.add(f.path);
    var a = actualByPath.get(f.path);
    if (!a) problems.push(f.path + ': recorded by ' + where + ' but missing from the pack');
    else if (a.sha256 !== f.sha256 || a.size !== f.size) problems.push(f.path + ': not the file ' + where + ' recorded (SHA-256 ' + a.sha256 + ', recorded ' + f.sha256 + ')');
  });
  listedPaths.forEach(function (path) {
    if (!recorded.has(path) && SEALING_FILES.indexOf(path) < 0) problems.push(path + ': in the pack but not recorded by ' + where);
  });
  var actual = await manifestFieldHashes(manifest);
  var keys = Object.keys(actual).concat(Object.keys(pack.manifest).filter(function (k) { return !(k in actual); })).sort();
  keys.forEach(function (key) {
    if (actual[key] === pack.manifest[key]) return;
    var what = fieldName(key, manifest);
    if (!actual[key]) problems.push('manifest.json: ' + what + ' is missing, but ' + where + ' recorded it');
    else if (!pack.manifest[key]) problems.push('manifest.json: ' + what + ' was not recorded by ' + where + ' (added later)');
    else problems.push('manifest.json: ' + what + ' is not what ' + where + ' recorded');
  });
  return { problems: problems, notes: [] };
}

/** Every item attached or moved in must be there with the hashes its entry recorded, and no other. */
function checkItemsAgainstLog(items, entries) {
  var problems = [];
  var logged = new Map();
  entries.forEach(function (e) {
    if (!e || !e.evidenceId || !e.details) return;
    var d = e.details;
    var title = typeof d.title === 'string' ? d.title : e.evidenceId;
    if (e.action === 'attach') {
      var files = Array.isArray(d.files) ? d.files : [];
      logged.set(e.evidenceId, { seq: e.seq, action: 'attach', title: title, hashes: new Set(files.map(function (f) { return String(f && f.sha256); })) });
    } else if (e.action === 'move' && typeof d.from === 'string') {
      logged.set(e.evidenceId, { seq: e.seq, action: d.merge ? 'move (merge)' : 'move', title: title, hashes: new Set((Array.isArray(d.files) ? d.files : []).map(String)) });
    } else if (e.action === 'move' && typeof d.to === 'string') logged.delete(e.evidenceId);
  });
  var present = new Set();
  items.forEach(function (item) {
    if (!item || typeof item !== 'object') return;
    present.add(item.id);
    var v = logged.get(item.id);
    if (!v) { problems.push('"' + item.title + '": no attach or move entry in the audit log records this item'); return; }
    if (item.deletedAt || !Array.isArray(item.files)) return;
    item.files.forEach(function (f) {
      var original = f.committedFrom || f.redactedFrom || f.sha256;
      if (!v.hashes.has(original)) problems.push('"' + item.title + '" / ' + f.name + ': its hash is not the one recorded in the audit log (entry ' + v.seq + ', ' + v.action + ')');
    });
  });
  logged.forEach(function (v, id) {
    if (!present.has(id)) problems.push('log entry ' + v.seq + ' (' + v.action + ') records the item "' + v.title + '" (' + id + '), which is missing from the pack');
  });
  return problems;
}

/** The head someone was given beforehand must be this log's head. */
function checkExpectedHead(entries, head, expected) {
  var want = String(expected).trim().toLowerCase();
  if (!want || head === want) return undefined;
  for (var i = 0; i < entries.length; i++) {
    if (entries[i] && entries[i].hash === want) return 'the head you gave is log entry ' + i + '; entries ' + (i + 1) + '–' + (entries.length - 1) + ' were added after it';
  }
  return 'the log\'s head is ' + head + ', not the head you gave (' + want + '): the log was cut, extended or rewritten after that head was given out';
}

/** Facts the manifest repeats from a file beside them (order.json, page.txt) must say the same. */
async function checkFactsAgainstFiles(manifest, bytesByPath) {
  var problems = [];
  var items = Array.isArray(manifest.evidence) ? manifest.evidence : [];
  for (var i = 0; i < items.length; i++) {
    var item = items[i];
    if (!item || item.deletedAt !== undefined || !Array.isArray(item.files)) continue;
    var find = function (name) {
      var f = item.files.find(function (x) { return x && x.name === name && typeof x.path === 'string'; });
      return f ? bytesByPath.get(f.path) : undefined;
    };
    var orderBytes = find('order.json');
    if (item.order !== undefined && orderBytes) {
      var same = false;
      try { same = canonicalJson(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(orderBytes))) === canonicalJson(item.order); } catch (err) { same = false; }
      if (!same) problems.push('"' + item.title + '": the order facts in manifest.json are not those in its order.json');
    }
    var textBytes = find('page.txt');
    if (typeof item.text === 'string' && textBytes) {
      var text;
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(textBytes); } catch (err) { text = undefined; }
      if (text !== item.text) problems.push('"' + item.title + '": the page text in manifest.json is not that of its page.txt');
    }
  }
  return problems;
}

/** Files made over manifest.json (utils/trust/attestations.ts): a signature, its key, timestamp tokens. */
var ATTESTATION_FILE = /^(manifest\.json\.sig|installation-key\.pem|manifest\.json\.tsr|tsa-chain\.pem|stamps\/[A-Za-z0-9_-]{1,80}\.txt(\.tsr)?)$/;

function pemBytes(text) {
  var m = /-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/.exec(text);
  if (!m) return null;
  try { return Uint8Array.from(atob(m[1].replace(/\s+/g, '')), function (c) { return c.charCodeAt(0); }); } catch (err) { return null; }
}

/** Whether the DER token holds these bytes (the message imprint) anywhere: all this page can see without ASN.1. */
function namesHash(token, want) {
  for (var i = 0; i + want.length <= token.length; i++) {
    var j = 0;
    while (j < want.length && token[i + j] === want[j]) j++;
    if (j === want.length) return true;
  }
  return false;
}

/**
 * Each capture stamp (stamps/<item>.txt, utils/trust/capture-stamps.ts) and its token: the token names the
 * text's hash, and each file hash the text lists is the one manifest.json gives that item's file. The
 * authority's signature and time are for openssl, as for manifest.json.tsr.
 */
async function checkCaptureStampFiles(manifest, attested, captures) {
  var problems = [];
  var evidence = Array.isArray(manifest.evidence) ? manifest.evidence : [];
  var paths = Array.from(attested.keys()).sort();
  for (var k = 0; k < paths.length; k++) {
    var path = paths[k];
    var m = /^stamps\/([A-Za-z0-9_-]{1,80})\.txt(\.tsr)?$/.exec(path);
    if (!m) continue;
    if (m[2]) {
      if (!attested.has(path.slice(0, -4))) problems.push(path + ': a capture token without the file it covers (' + path.slice(0, -4) + ')');
      continue;
    }
    var tsr = attested.get(path + '.tsr');
    if (!tsr) { problems.push(path + ': its token ' + path + '.tsr is missing'); continue; }
    var bytes = new Uint8Array(await attested.get(path).read());
    var want = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    if (!namesHash(new Uint8Array(await tsr.read()), want)) { problems.push(path + '.tsr: the token does not name the hash of ' + path + ': it covers other data, or ' + path + ' was changed after it was stamped'); continue; }
    var lines = new TextDecoder().decode(bytes).split('\n');
    var item = evidence.find(function (e) { return e && e.id === m[1]; });
    if (lines[0] !== 'OrderProof capture stamp 1' || lines[1] !== 'item ' + m[1]) { problems.push(path + ': not a capture stamp for item ' + m[1]); continue; }
    if (!item) { problems.push(path + ': the pack has no item ' + m[1]); continue; }
    var label = path + ' ("' + item.title + '")';
    lines.slice(4).filter(Boolean).forEach(function (line) {
      var f = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      var file = f && Array.isArray(item.files) ? item.files.find(function (x) { return x && x.name === f[2]; }) : undefined;
      if (!f) problems.push(label + ': unreadable line "' + line.slice(0, 80) + '"');
      else if (item.deletedAt || (file && !file.path)) return;
      else if (!file) problems.push(label + ': the item has no file ' + f[2] + ', which was stamped at capture');
      else if (file.sha256 !== f[1]) problems.push(label + ': ' + file.path + ' is not the file stamped at capture (stamped ' + f[1].slice(0, 12) + '…, now ' + String(file.sha256).slice(0, 12) + '…)');
    });
    captures.push({ path: path, title: item.title, capturedAt: (lines[2] || '').replace(/^captured-at /, '') });
  }
  return problems;
}

/**
 * This page carries no ASN.1 library, so it does not check the signature itself: it shows the key's
 * fingerprint (SHA-256 of the key, as utils/trust/pem.ts makes it), holds it to the one manifest.json
 * names, and gives the openssl command that checks the signature.
 */
async function checkTrustFiles(manifest, attested, manifestBytes) {
  var out = { problems: [], signed: false, fingerprint: '', stamped: false };
  var tsr = attested.get('manifest.json.tsr');
  if (tsr) {
    // Without an ASN.1 parser the page can only see whether the token names manifest.json's hash at all;
    // the authority's signature and certificates are for openssl (shown with the result).
    var want = new Uint8Array(await crypto.subtle.digest('SHA-256', manifestBytes));
    var token = new Uint8Array(await tsr.read());
    var found = false;
    for (var i = 0; i + want.length <= token.length && !found; i++) {
      var j = 0;
      while (j < want.length && token[i + j] === want[j]) j++;
      found = j === want.length;
    }
    if (found) out.stamped = true;
    else out.problems.push('manifest.json.tsr: the token does not name the hash of manifest.json: it covers other data, or manifest.json was changed after it was stamped');
  }
  out.captures = [];
  var stampProblems = await checkCaptureStampFiles(manifest, attested, out.captures);
  out.problems = out.problems.concat(stampProblems);
  var claimed = manifest.attestations && manifest.attestations.installationKey;
  var sig = attested.get('manifest.json.sig');
  var pem = attested.get('installation-key.pem');
  if (!sig && !pem) {
    if (claimed) out.problems.push('manifest.json.sig and installation-key.pem are missing, but manifest.json says the pack was signed (key ' + claimed.fingerprint + ')');
    return out;
  }
  if (!sig || !pem) { out.problems.push((sig ? 'installation-key.pem' : 'manifest.json.sig') + ' is missing: the signature over manifest.json cannot be checked'); return out; }
  var der = pemBytes(new TextDecoder().decode(await pem.read()));
  if (!der) { out.problems.push('installation-key.pem holds no PEM public key'); return out; }
  out.fingerprint = await sha256Hex(der);
  if (claimed && claimed.fingerprint !== out.fingerprint) out.problems.push('installation-key.pem: its fingerprint ' + out.fingerprint + ' is not the one manifest.json names (' + claimed.fingerprint + ')');
  out.signed = true;
  return out;
}

/**
 * files: [{ path (relative to the pack folder, or null when only the name is known), name, size,
 * read(): Promise<ArrayBuffer> }]; options.expectedHead: a head given beforehand. Returns every listed
 * file's status, extra files, problems and notes.
 */
async function checkPack(files, options) {
  options = options || {};
  var rows = [];
  var problems = [];
  var actualByPath = new Map();
  var bytesByPath = new Map();
  var byPath = new Map();
  var byName = new Map();
  files.forEach(function (f) {
    if (f.path) byPath.set(f.path, f);
    else byName.set(f.name, (byName.get(f.name) || []).concat([f]));
  });
  var manifestFile = byPath.get('manifest.json') || (byName.get('manifest.json') || [])[0];
  if (!manifestFile) return { ok: false, rows: rows, problems: ['manifest.json was not among the files given: pick the unpacked pack folder'], notes: [], auditEntries: 0, head: '' };
  var manifestBytes = new Uint8Array(await manifestFile.read());
  var manifest;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch (err) {
    return { ok: false, rows: rows, problems: ['manifest.json is not valid JSON'], notes: [], auditEntries: 0, head: '' };
  }
  if (!manifest || manifest.format !== 'orderproof-pack' || !Array.isArray(manifest.files) || !manifest.audit || !Array.isArray(manifest.audit.entries)) {
    return { ok: false, rows: rows, problems: ['manifest.json is not an OrderProof pack manifest'], notes: [], auditEntries: 0, head: '' };
  }
  var used = new Set([manifestFile]);
  var listedHash = new Map();
  for (var i = 0; i < manifest.files.length; i++) {
    var m = manifest.files[i];
    if (!m || typeof m.path !== 'string' || !HEX64.test(String(m.sha256))) { problems.push('manifest.json lists a file it does not describe properly (entry ' + i + ')'); continue; }
    listedHash.set(m.path, m.sha256);
    var candidates = byPath.has(m.path) ? [byPath.get(m.path)] : (byName.get(baseName(m.path)) || []).filter(function (f) { return !used.has(f); });
    if (!candidates.length) { rows.push({ path: m.path, status: 'missing' }); continue; }
    var found = null;
    var actual = '';
    var bytes = null;
    for (var j = 0; j < candidates.length && !found; j++) {
      bytes = new Uint8Array(await candidates[j].read());
      actual = await sha256Hex(bytes);
      if (actual === m.sha256 && bytes.byteLength === m.size) found = candidates[j];
    }
    if (found || candidates.length === 1) {
      actualByPath.set(m.path, { sha256: actual, size: bytes.byteLength });
      if (m.path === 'order.json' || /\/(order\.json|page\.txt)$/.test(m.path)) bytesByPath.set(m.path, bytes);
    }
    if (found) { used.add(found); rows.push({ path: m.path, status: 'ok', sha256: actual }); }
    else { if (candidates.length === 1) used.add(candidates[0]); rows.push({ path: m.path, status: 'mismatch', sha256: actual, expected: m.sha256 }); }
  }
  var sumsFile = byPath.get('SHA256SUMS') || (byName.get('SHA256SUMS') || [])[0];
  if (sumsFile) {
    used.add(sumsFile);
    var manifestHash = await sha256Hex(manifestBytes);
    var sums = new TextDecoder().decode(await sumsFile.read()).split('\n').filter(Boolean);
    var sumsOk = true;
    var manifestListed = false;
    sums.forEach(function (line) {
      var s = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      if (!s) { sumsOk = false; return; }
      if (s[2] === 'manifest.json') { manifestListed = true; if (s[1] !== manifestHash) sumsOk = false; }
      else if (listedHash.get(s[2]) !== s[1]) sumsOk = false;
    });
    if (sums.length !== listedHash.size + 1) sumsOk = false;
    rows.push({ path: 'manifest.json', status: manifestListed && sumsOk ? 'ok' : 'mismatch', sha256: manifestHash });
    rows.push({ path: 'SHA256SUMS', status: sumsOk ? 'ok' : 'mismatch' });
  } else {
    rows.push({ path: 'SHA256SUMS', status: 'missing' });
  }
  var attested = new Map();
  files.forEach(function (f) {
    if (used.has(f)) return;
    // Chosen one by one, files come without their folder: stamps/ files are known by their form.
    var at = f.path || (ATTESTATION_FILE.test(f.name) ? f.name : /^[A-Za-z0-9_-]{1,80}\.txt(\.tsr)?$/.test(f.name) ? 'stamps/' + f.name : '');
    if (at && ATTESTATION_FILE.test(at)) { attested.set(at, f); rows.push({ path: at, status: 'attestation' }); }
    else rows.push({ path: f.path || f.name, status: 'extra' });
  });
  var trust = await checkTrustFiles(manifest, attested, manifestBytes);
  problems = problems.concat(trust.problems);
  var entries = manifest.audit.entries;
  problems = problems.concat(await verifyAuditChain(entries, manifest.audit.head));
  if (options.expectedHead) {
    var wrongHead = checkExpectedHead(entries, manifest.audit.head, options.expectedHead);
    if (wrongHead) problems.push(wrongHead);
  }
  var evidence = Array.isArray(manifest.evidence) ? manifest.evidence : [];
  evidence.forEach(function (item) {
    if (!item || item.deletedAt || !Array.isArray(item.files)) return;
    item.files.forEach(function (f) {
      if (!f || !f.path) return;
      if (!listedHash.has(f.path)) problems.push('"' + item.title + '" / ' + f.name + ': points at ' + f.path + ', which is not one of the pack\'s listed files');
      else if (listedHash.get(f.path) !== f.sha256) problems.push(f.path + ': the manifest gives it two different hashes');
    });
  });
  evidence.forEach(function (item) {
    if (item && item.deletedAt && !entries.some(function (a) { return a && a.action === 'delete' && a.evidenceId === item.id; })) problems.push('"' + item.title + '": marked deleted, but the audit log has no record of its deletion');
  });
  problems = problems.concat(checkItemsAgainstLog(evidence, entries));
  problems = problems.concat(await checkFactsAgainstFiles(manifest, bytesByPath));
  var binding = await checkBinding(manifest, entries, actualByPath, Array.from(listedHash.keys()));
  problems = problems.concat(binding.problems);
  var ok = problems.length === 0 && rows.every(function (r) { return r.status === 'ok' || r.status === 'attestation'; });
  return { ok: ok, rows: rows, problems: problems, notes: binding.notes, trust: trust, auditEntries: entries.length, head: manifest.audit.head };
}
`;

/** Wires the folder picker, the file picker and drag-and-drop to checkPack, and shows the result. */
const VERIFY_UI_JS = String.raw`
function fromFileList(list) {
  return Array.prototype.map.call(list, function (f) {
    return { path: f.webkitRelativePath || null, name: f.name, size: f.size, read: function () { return f.arrayBuffer(); } };
  });
}

/** Paths arrive with the chosen folder's name (or more) in front: cut at the folder holding manifest.json. */
function rebase(files) {
  var withPath = files.filter(function (f) { return f.path; });
  if (!withPath.length) return files;
  var roots = withPath.filter(function (f) { return baseName(f.path) === 'manifest.json'; })
    .map(function (f) { return f.path.slice(0, f.path.length - 'manifest.json'.length); })
    .sort(function (a, b) { return a.length - b.length; });
  var root = roots.length ? roots[0] : '';
  return files.filter(function (f) { return !f.path || f.path.indexOf(root) === 0; })
    .map(function (f) { return f.path ? Object.assign({}, f, { path: f.path.slice(root.length) }) : f; });
}

function readEntry(entry, out) {
  return new Promise(function (resolve, reject) {
    if (entry.isFile) {
      entry.file(function (f) {
        out.push({ path: entry.fullPath.replace(/^\/+/, ''), name: f.name, size: f.size, read: function () { return f.arrayBuffer(); } });
        resolve();
      }, reject);
      return;
    }
    var reader = entry.createReader();
    var pending = [];
    (function more() {
      reader.readEntries(function (batch) {
        if (!batch.length) { Promise.all(pending).then(function () { resolve(); }, reject); return; }
        batch.forEach(function (child) { pending.push(readEntry(child, out)); });
        more();
      }, reject);
    })();
  });
}

function el(tag, text, attrs) {
  var node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  return node;
}

var lastFiles = null;

async function run(files) {
  lastFiles = files;
  var summary = document.getElementById('summary');
  var list = document.getElementById('results');
  var notes = document.getElementById('problems');
  var remarks = document.getElementById('notes');
  var headStatus = document.getElementById('head-status');
  list.replaceChildren();
  notes.replaceChildren();
  remarks.replaceChildren();
  headStatus.textContent = '';
  summary.textContent = L.checking;
  summary.removeAttribute('data-ok');
  if (!window.crypto || !crypto.subtle) {
    summary.textContent = L.noCrypto;
    summary.setAttribute('data-ok', 'false');
    return;
  }
  var result;
  try {
    result = await checkPack(rebase(files), { expectedHead: document.getElementById('expected-head').value });
  } catch (err) {
    result = { ok: false, rows: [], problems: [String(err && err.message || err)], notes: [], auditEntries: 0, head: '' };
  }
  result.rows.forEach(function (r) {
    var li = el('li', undefined, { 'data-path': r.path, 'data-status': r.status, class: r.status });
    li.appendChild(el('b', L[r.status] || r.status));
    li.appendChild(el('span', ' ' + r.path));
    if (r.status === 'mismatch' && r.expected) li.appendChild(el('small', ' ' + L.expected + ' ' + r.expected + ', ' + L.actual + ' ' + r.sha256));
    list.appendChild(li);
  });
  result.problems.forEach(function (p) { notes.appendChild(el('li', p)); });
  (result.notes || []).forEach(function (n) { remarks.appendChild(el('li', n === OLDER_PACK_NOTE ? L.olderPack : n)); });
  if (result.trust && result.trust.signed) {
    remarks.appendChild(el('li', L.signedBy + ' ' + result.trust.fingerprint));
    var how = el('li', L.checkSignature + ' ');
    how.appendChild(el('code', 'openssl dgst -sha256 -verify installation-key.pem -signature manifest.json.sig manifest.json'));
    remarks.appendChild(how);
  } else if (result.trust) remarks.appendChild(el('li', L.unsigned));
  if (result.trust && result.trust.stamped) {
    var stamp = el('li', L.stamped + ' ');
    stamp.appendChild(el('code', 'openssl ts -verify -data manifest.json -in manifest.json.tsr -CAfile tsa-chain.pem'));
    stamp.appendChild(el('span', ' ' + L.stampedTime + ' '));
    stamp.appendChild(el('code', 'openssl ts -reply -in manifest.json.tsr -text'));
    remarks.appendChild(stamp);
  } else if (result.trust) remarks.appendChild(el('li', L.unstamped));
  ((result.trust && result.trust.captures) || []).forEach(function (c) {
    var li = el('li', L.captureStamped.replace('{title}', c.title).replace('{local}', c.capturedAt) + ' ', { 'data-capture-stamp': c.path });
    li.appendChild(el('code', 'openssl ts -verify -data ' + c.path + ' -in ' + c.path + '.tsr -CAfile tsa-chain.pem'));
    li.appendChild(el('span', ' ' + L.stampedTime + ' '));
    li.appendChild(el('code', 'openssl ts -reply -in ' + c.path + '.tsr -text'));
    remarks.appendChild(li);
  });
  headStatus.textContent = document.getElementById('expected-head').value.trim() ? (result.ok ? L.headMatched : '') : L.noHeadGiven;
  var bad = result.rows.filter(function (r) { return r.status !== 'ok'; }).length;
  summary.setAttribute('data-ok', String(result.ok));
  summary.textContent = result.ok
    ? L.allOk.replace('{files}', String(result.rows.length)).replace('{entries}', String(result.auditEntries))
    : (result.problems.length ? L.notOk : L.notOkFiles).replace('{bad}', String(bad)).replace('{problems}', String(result.problems.length));
  // A heading over an empty list reads as "there were problems": each shows only with something under it.
  document.getElementById('problems-box').hidden = !notes.children.length;
  document.getElementById('notes-box').hidden = !remarks.children.length;
  document.getElementById('head').textContent = result.head || '';
}

document.getElementById('expected-head').addEventListener('change', function () { if (lastFiles) run(lastFiles); });
document.getElementById('folder').addEventListener('change', function (e) { run(fromFileList(e.target.files)); });
document.getElementById('files').addEventListener('change', function (e) { run(fromFileList(e.target.files)); });
var zone = document.getElementById('drop');
zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
zone.addEventListener('drop', function (e) {
  e.preventDefault();
  zone.classList.remove('over');
  var entries = Array.prototype.map.call(e.dataTransfer.items, function (i) { return i.webkitGetAsEntry && i.webkitGetAsEntry(); }).filter(Boolean);
  if (!entries.length) { run(fromFileList(e.dataTransfer.files)); return; }
  var out = [];
  Promise.all(entries.map(function (entry) { return readEntry(entry, out); })).then(function () { run(out); });
});
`;

const LABELS = {
  en: {
    title: 'Check this evidence pack',
    intro:
      'This page checks, on your computer and without the internet, that every file in this folder is exactly the file recorded in manifest.json, and that the audit log has not been altered. Browsers do not let a page read the files beside it: choose this folder (the one holding verify.html) below, or drop it here.',
    folder: 'Choose the pack folder',
    files: 'or choose the files',
    drop: 'Drop the pack folder here',
    head: 'Audit chain head',
    checking: 'Checking…',
    noCrypto:
      'This browser does not offer WebCrypto to this page; open it in a current Chrome, Edge, Firefox or Safari.',
    allOk: 'All {files} files match the manifest and the audit log ({entries} entries) is intact.',
    notOk: '{bad} file(s) do not match and {problems} other problem(s) were found. See below.',
    notOkFiles: '{bad} file(s) do not match. See below.',
    ok: 'OK',
    mismatch: 'CHANGED',
    missing: 'MISSING',
    extra: 'NOT IN MANIFEST',
    attestation: 'SIGNATURE / TIMESTAMP',
    expected: 'expected',
    actual: 'found',
    signedBy: 'Signed with the installation key whose fingerprint (SHA-256 of the key) is',
    checkSignature:
      'Packs with the same fingerprint come from the same OrderProof installation; the signature shows manifest.json is unchanged since it was signed, not who the user is nor when. This page does not check the signature itself; check it in this folder with:',
    unsigned: 'Not signed: the pack carries no installation-key signature.',
    stamped:
      "manifest.json.tsr is a trusted timestamp from a time-stamp authority, and it names manifest.json's hash. This page cannot check the authority's signature or read its time; check both with:",
    stampedTime: 'and read its time and authority with:',
    unstamped: "No trusted timestamp: the pack's times come from the computer's own clock.",
    captureStamped:
      "{title}: stamped at capture. Its token names the hash of the file that lists its files' hashes, and those are the ones manifest.json gives (the computer's clock said {local}). Check the authority's signature with:",
    problems: 'Problems',
    notes: 'Notes',
    expectedHead: 'Audit head you were given beforehand (optional)',
    noHeadGiven:
      'No head was given: these checks show the pack is consistent in itself. Its log has no signature and no trusted time, so whoever holds the pack could have rebuilt it whole. Compare the head above with one the sender gave you earlier (or a signed or time-stamped copy) to rule that out.',
    headMatched: 'The log ends at the head you were given.',
    olderPack:
      "Older pack: its export entry does not record its files, so its reports, case.json and the manifest's order facts, times and notes are not bound by the log (packs made by earlier versions of OrderProof).",
  },
  zh: {
    title: '校验本证据包',
    intro:
      '本页面在您的电脑上离线检查：本文件夹中的每个文件是否与 manifest.json 中记录的完全一致，操作日志是否被改动。浏览器不允许网页直接读取同一文件夹中的文件：请在下方选择本文件夹（包含 verify.html 的文件夹），或将其拖放到此处。',
    folder: '选择证据包文件夹',
    files: '或选择文件',
    drop: '将证据包文件夹拖放到这里',
    head: '日志链末端哈希',
    checking: '正在校验…',
    noCrypto: '此浏览器未向本页面提供 WebCrypto，请使用最新版 Chrome、Edge、Firefox 或 Safari 打开。',
    allOk: '全部 {files} 个文件与清单一致，操作日志（{entries} 条）完整。',
    notOk: '{bad} 个文件不一致，另有 {problems} 个问题。详见下方。',
    notOkFiles: '{bad} 个文件不一致。详见下方。',
    ok: '一致',
    mismatch: '已改动',
    missing: '缺失',
    extra: '不在清单中',
    attestation: '签名／时间戳',
    expected: '应为',
    actual: '实为',
    signedBy: '已用安装密钥签名，其指纹（密钥的 SHA-256）为',
    checkSignature:
      '指纹相同的证据包出自同一个 OrderProof 安装；签名说明 manifest.json 自签名后未被改动，但不说明用户是谁，也不说明签名时间。本页面不自行校验签名，请在本文件夹中运行：',
    unsigned: '未签名：本证据包没有安装密钥签名。',
    stamped:
      'manifest.json.tsr 是时间戳机构出具的可信时间戳，其中记载了 manifest.json 的哈希。本页面无法校验机构的签名，也无法读出其时间；请用以下命令校验：',
    stampedTime: '并用以下命令读出时间和机构：',
    unstamped: '没有可信时间戳：证据包中的时间来自电脑自身的时钟。',
    captureStamped:
      '{title}：已在采集时加盖时间戳。其时间戳记载了列出各文件哈希的那份文件的哈希，这些哈希与 manifest.json 中的一致（电脑时钟当时显示 {local}）。请用以下命令校验机构的签名：',
    problems: '问题',
    notes: '说明',
    expectedHead: '事先获得的日志链末端哈希（可选）',
    noHeadGiven:
      '未提供末端哈希：以上检查只说明本证据包自身前后一致。其日志没有签名，也没有可信时间戳，持有者可以整个重建。请将上方的末端哈希与发送方事先给您的哈希（或经签名、加盖时间戳的副本）比对，以排除这种可能。',
    headMatched: '日志的末端与您获得的哈希一致。',
    olderPack:
      '旧版证据包：其导出记录未登记各文件，因此报告、case.json 以及清单中的订单信息、时间和说明不受日志约束（早期版本的 OrderProof 生成的证据包）。',
  },
  'zh-TW': {
    title: '驗證本證據包',
    intro:
      '本頁面在您的電腦上離線檢查：本資料夾中的每個檔案是否與 manifest.json 中記錄的完全一致，操作紀錄是否被改動。瀏覽器不允許網頁直接讀取同一資料夾中的檔案：請在下方選擇本資料夾（包含 verify.html 的資料夾），或將其拖放到此處。',
    folder: '選擇證據包資料夾',
    files: '或選擇檔案',
    drop: '將證據包資料夾拖放到這裡',
    head: '日誌鏈末端雜湊',
    checking: '正在驗證…',
    noCrypto: '此瀏覽器未向本頁面提供 WebCrypto，請使用最新版 Chrome、Edge、Firefox 或 Safari 開啟。',
    allOk: '全部 {files} 個檔案與清單一致，操作紀錄（{entries} 筆）完整。',
    notOk: '{bad} 個檔案不一致，另有 {problems} 個問題。詳見下方。',
    notOkFiles: '{bad} 個檔案不一致。詳見下方。',
    ok: '一致',
    mismatch: '已改動',
    missing: '缺少',
    extra: '不在清單中',
    attestation: '簽章／時戳',
    expected: '應為',
    actual: '實為',
    signedBy: '以本安裝金鑰簽章，其指紋（金鑰的 SHA-256）為',
    checkSignature:
      '指紋相同的證據包出自同一個 OrderProof 安裝；簽章表示 manifest.json 自簽章後未被改動，但不表示使用者是誰，也不表示時間。本頁面不自行校驗簽章；請在本資料夾中用以下命令校驗：',
    unsigned: '未簽章：本證據包沒有安裝金鑰的簽章。',
    stamped:
      'manifest.json.tsr 是時戳機構出具的可信時戳，其中記載了 manifest.json 的雜湊。本頁面無法校驗機構的簽章，也無法讀出其時間；請用以下命令校驗：',
    stampedTime: '並用以下命令讀出時間和機構：',
    unstamped: '沒有可信時戳：證據包中的時間來自電腦自身的時鐘。',
    captureStamped:
      '{title}：已在擷取時加蓋時戳。其時戳記載了列出各檔案雜湊的那份檔案的雜湊，這些雜湊與 manifest.json 中的一致（電腦時鐘當時顯示 {local}）。請用以下命令校驗機構的簽章：',
    problems: '問題',
    notes: '說明',
    expectedHead: '事先取得的日誌鏈末端雜湊（選填）',
    noHeadGiven:
      '未提供末端雜湊：以上檢查只說明本證據包自身前後一致。其紀錄沒有簽章，也沒有可信時戳，持有者可以整個重建。請將上方的末端雜湊與寄件者事先給您的雜湊（或經簽章、加蓋時戳的副本）比對，以排除這種可能。',
    headMatched: '紀錄的末端與您取得的雜湊一致。',
    olderPack:
      '舊版證據包：其匯出紀錄未登記各檔案，因此報告、case.json 以及清單中的訂單資訊、時間和說明不受紀錄約束（早期版本的 OrderProof 產生的證據包）。',
  },
} as const;

function base64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function renderVerifyHtml(lang: ReportLang = 'en'): string {
  const l = LABELS[lang];
  const script = `var L = ${scriptJson(l)};\n${VERIFY_CORE_JS}\n${VERIFY_UI_JS}`;
  // The CSP allows this one script by its hash and nothing else: no network, no other code.
  const scriptHash = base64(sha256(new TextEncoder().encode(script)));
  const csp = `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'unsafe-inline'; img-src data:`;
  return `<!doctype html>
<html lang="${reportTextLanguage(lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(l.title)}</title>
<style>body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#111}
#drop{border:2px dashed #888;border-radius:8px;padding:2rem;text-align:center;margin:1rem 0}#drop.over{background:#eef}
#summary{font-weight:600;font-size:1.1rem}#summary[data-ok=true]{color:#060}#summary[data-ok=false]{color:#b00}
ul{padding-left:1.2rem}li b{display:inline-block;min-width:9em}li.ok b{color:#060}li.mismatch b,li.missing b,li.extra b{color:#b00}li.attestation b{color:#036}
small,code{word-break:break-all;color:#555}label{display:block;margin:.5rem 0}</style>
</head><body>
<h1>${e(l.title)}</h1>
<p>${e(l.intro)}</p>
<label>${e(l.folder)}: <input id="folder" type="file" webkitdirectory multiple></label>
<label>${e(l.files)}: <input id="files" type="file" multiple></label>
<div id="drop">${e(l.drop)}</div>
<label>${e(l.expectedHead)}: <input id="expected-head" type="text" size="66" spellcheck="false" autocomplete="off" pattern="[0-9a-fA-F]{64}"></label>
<p id="summary" role="status"></p>
<ul id="results"></ul>
<section id="problems-box" hidden><h2>${e(l.problems)}</h2>
<ul id="problems"></ul></section>
<section id="notes-box" hidden><h2>${e(l.notes)}</h2>
<ul id="notes"></ul></section>
<p>${e(l.head)}: <code id="head"></code></p>
<p id="head-status"></p>
<script>${script}</script>
</body></html>`;
}
