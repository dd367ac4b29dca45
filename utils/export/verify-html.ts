import { sha256 } from '@noble/hashes/sha2.js';
import { escapeHtml as e } from './html';

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

/**
 * files: [{ path (relative to the pack folder, or null when only the name is known), name, size,
 * read(): Promise<ArrayBuffer> }]. Returns every listed file's status, extra files, and problems.
 */
async function checkPack(files) {
  var rows = [];
  var problems = [];
  var byPath = new Map();
  var byName = new Map();
  files.forEach(function (f) {
    if (f.path) byPath.set(f.path, f);
    else byName.set(f.name, (byName.get(f.name) || []).concat([f]));
  });
  var manifestFile = byPath.get('manifest.json') || (byName.get('manifest.json') || [])[0];
  if (!manifestFile) return { ok: false, rows: rows, problems: ['manifest.json was not among the files given: pick the unpacked pack folder'], auditEntries: 0, head: '' };
  var manifestBytes = new Uint8Array(await manifestFile.read());
  var manifest;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch (err) {
    return { ok: false, rows: rows, problems: ['manifest.json is not valid JSON'], auditEntries: 0, head: '' };
  }
  if (!manifest || manifest.format !== 'orderproof-pack' || !Array.isArray(manifest.files) || !manifest.audit || !Array.isArray(manifest.audit.entries)) {
    return { ok: false, rows: rows, problems: ['manifest.json is not an OrderProof pack manifest'], auditEntries: 0, head: '' };
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
    for (var j = 0; j < candidates.length && !found; j++) {
      var bytes = await candidates[j].read();
      actual = await sha256Hex(bytes);
      if (actual === m.sha256 && bytes.byteLength === m.size) found = candidates[j];
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
  files.forEach(function (f) {
    if (!used.has(f)) rows.push({ path: f.path || f.name, status: 'extra' });
  });
  var entries = manifest.audit.entries;
  problems = problems.concat(await verifyAuditChain(entries, manifest.audit.head));
  // Each saved file must carry the hash its "attach" entry recorded when it was saved.
  var vouched = new Map();
  entries.forEach(function (e) {
    if (e && e.action === 'attach' && e.evidenceId && e.details && Array.isArray(e.details.files)) {
      vouched.set(e.evidenceId, new Set(e.details.files.map(function (f) { return String(f && f.sha256); })));
    }
  });
  var moved = new Set(entries.filter(function (e) { return e && e.action === 'move'; }).map(function (e) { return e.evidenceId; }));
  (Array.isArray(manifest.evidence) ? manifest.evidence : []).forEach(function (item) {
    if (!item || item.deletedAt || !Array.isArray(item.files)) return;
    var v = vouched.get(item.id);
    if (!v && moved.has(item.id)) return;
    item.files.forEach(function (f) {
      var original = f.redactedFrom || f.sha256;
      if (!v || !v.has(original)) problems.push('"' + item.title + '" / ' + f.name + ': its hash is not the one recorded in the audit log when it was saved');
      if (f.path && listedHash.has(f.path) && listedHash.get(f.path) !== f.sha256) problems.push(f.path + ': the manifest gives it two different hashes');
    });
  });
  var ok = problems.length === 0 && rows.every(function (r) { return r.status === 'ok'; });
  return { ok: ok, rows: rows, problems: problems, auditEntries: entries.length, head: manifest.audit.head };
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

async function run(files) {
  var summary = document.getElementById('summary');
  var list = document.getElementById('results');
  var notes = document.getElementById('problems');
  list.replaceChildren();
  notes.replaceChildren();
  summary.textContent = L.checking;
  summary.removeAttribute('data-ok');
  if (!window.crypto || !crypto.subtle) {
    summary.textContent = L.noCrypto;
    summary.setAttribute('data-ok', 'false');
    return;
  }
  var result;
  try {
    result = await checkPack(rebase(files));
  } catch (err) {
    result = { ok: false, rows: [], problems: [String(err && err.message || err)], auditEntries: 0, head: '' };
  }
  result.rows.forEach(function (r) {
    var li = el('li', undefined, { 'data-path': r.path, 'data-status': r.status, class: r.status });
    li.appendChild(el('b', L[r.status] || r.status));
    li.appendChild(el('span', ' ' + r.path));
    if (r.status === 'mismatch' && r.expected) li.appendChild(el('small', ' ' + L.expected + ' ' + r.expected + ', ' + L.actual + ' ' + r.sha256));
    list.appendChild(li);
  });
  result.problems.forEach(function (p) { notes.appendChild(el('li', p)); });
  var bad = result.rows.filter(function (r) { return r.status !== 'ok'; }).length;
  summary.setAttribute('data-ok', String(result.ok));
  summary.textContent = result.ok
    ? L.allOk.replace('{files}', String(result.rows.length)).replace('{entries}', String(result.auditEntries))
    : L.notOk.replace('{bad}', String(bad)).replace('{problems}', String(result.problems.length));
  document.getElementById('head').textContent = result.head || '';
}

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
    intro: 'This page checks, on your computer and without the internet, that every file in this folder is exactly the file recorded in manifest.json, and that the audit log has not been altered. Browsers do not let a page read the files beside it: choose this folder (the one holding verify.html) below, or drop it here.',
    folder: 'Choose the pack folder',
    files: 'or choose the files',
    drop: 'Drop the pack folder here',
    head: 'Audit chain head',
    checking: 'Checking…',
    noCrypto: 'This browser does not offer WebCrypto to this page; open it in a current Chrome, Edge, Firefox or Safari.',
    allOk: 'All {files} files match the manifest and the audit log ({entries} entries) is intact.',
    notOk: '{bad} file(s) do not match and {problems} other problem(s) were found. See below.',
    ok: 'OK', mismatch: 'CHANGED', missing: 'MISSING', extra: 'NOT IN MANIFEST', expected: 'expected', actual: 'found',
    problems: 'Problems',
  },
  zh: {
    title: '校验本证据包',
    intro: '本页面在您的电脑上离线检查：本文件夹中的每个文件是否与 manifest.json 中记录的完全一致，操作日志是否被改动。浏览器不允许网页直接读取同一文件夹中的文件：请在下方选择本文件夹（包含 verify.html 的文件夹），或将其拖放到此处。',
    folder: '选择证据包文件夹',
    files: '或选择文件',
    drop: '将证据包文件夹拖放到这里',
    head: '日志链末端哈希',
    checking: '正在校验…',
    noCrypto: '此浏览器未向本页面提供 WebCrypto，请使用最新版 Chrome、Edge、Firefox 或 Safari 打开。',
    allOk: '全部 {files} 个文件与清单一致，操作日志（{entries} 条）完整。',
    notOk: '{bad} 个文件不一致，另有 {problems} 个问题。详见下方。',
    ok: '一致', mismatch: '已改动', missing: '缺失', extra: '不在清单中', expected: '应为', actual: '实为',
    problems: '问题',
  },
} as const;

function base64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function renderVerifyHtml(lang: 'en' | 'zh' = 'en'): string {
  const l = LABELS[lang];
  const script = `var L = ${scriptJson(l)};\n${VERIFY_CORE_JS}\n${VERIFY_UI_JS}`;
  // The CSP allows this one script by its hash and nothing else: no network, no other code.
  const scriptHash = base64(sha256(new TextEncoder().encode(script)));
  const csp = `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'unsafe-inline'; img-src data:`;
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(l.title)}</title>
<style>body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#111}
#drop{border:2px dashed #888;border-radius:8px;padding:2rem;text-align:center;margin:1rem 0}#drop.over{background:#eef}
#summary{font-weight:600;font-size:1.1rem}#summary[data-ok=true]{color:#060}#summary[data-ok=false]{color:#b00}
ul{padding-left:1.2rem}li b{display:inline-block;min-width:9em}li.ok b{color:#060}li.mismatch b,li.missing b,li.extra b{color:#b00}
small,code{word-break:break-all;color:#555}label{display:block;margin:.5rem 0}</style>
</head><body>
<h1>${e(l.title)}</h1>
<p>${e(l.intro)}</p>
<label>${e(l.folder)}: <input id="folder" type="file" webkitdirectory multiple></label>
<label>${e(l.files)}: <input id="files" type="file" multiple></label>
<div id="drop">${e(l.drop)}</div>
<p id="summary" role="status"></p>
<ul id="results"></ul>
<h2>${e(l.problems)}</h2>
<ul id="problems"></ul>
<p>${e(l.head)}: <code id="head"></code></p>
<script>${script}</script>
</body></html>`;
}
