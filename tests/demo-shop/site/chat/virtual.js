// A virtualised chat list, like the big marketplace chat apps: only the rows near the view exist in the
// DOM (about 30), older history arrives in pages of 20 when the list is scrolled to its top, and rows
// that scroll away are removed. Settings come from <body data-…>; the thread is generated, the same
// every time, so tests know exactly what it holds.
(() => {
  const cfg = document.body.dataset;
  const TOTAL = Number(cfg.total);
  const PAGE = Number(cfg.page || 20);
  const ROW = 48;
  const FAIL_AFTER = cfg.failAfter === undefined ? Infinity : Number(cfg.failAfter);
  // A slow chat app (tests/e2e/chat-slow.test.ts): each older page takes its own time (data-load-ms, the
  // last figure repeating), maybe with no spinner, and rows are built in time slices of data-slice-ms, each
  // costing data-row-work steps of script (as a framework renders), so a slow CPU builds a band over frames.
  const LOAD_MS = (cfg.loadMs || '150').split(',').map(Number);
  const SLICE_MS = Number(cfg.sliceMs || 0);
  const ROW_WORK = Number(cfg.rowWork || 0);
  const pane = document.querySelector('[data-op-chat-list]');
  const spacer = pane.querySelector('.v-spacer');
  const t0 = Date.parse('2026-10-20T09:00:00+08:00');
  const phrases = [
    ['请问这个尺寸适合 40 厘米的桌子吗？', 'Does this size fit a 40 cm table?'],
    ['适合的，边缘会留 2 厘米。', 'Yes, with 2 cm to spare at the edges.'],
    ['颜色和图片一样吗？', 'Is the colour as in the photos?'],
    ['实物略深一点，我们有色差说明。', 'The real one is slightly darker; see our colour note.'],
    ['什么时候能到上海？', 'When will it reach Shanghai?'],
    ['一般 2 到 3 天。', 'Usually 2 to 3 days.'],
    ['可以开发票吗？', 'Can you issue an invoice?'],
    ['可以，下单后在订单页申请。', 'Yes, request it on the order page after ordering.'],
  ];
  const message = (i) => {
    const who = i % 3 === 2 ? 'seller' : 'buyer';
    const [zh, en] = phrases[i % phrases.length];
    // Two identical messages in a row (same sender, same minute, same words): a transcript must keep both.
    if (i === 57 || i === 58) return { who: 'buyer', time: t0 + 57 * 420000, text: '好的 OK' };
    if (i === 101) return { who: 'buyer', time: t0 + i * 420000, text: '我的订单号是 DS-20261104-0001 (my order number)' };
    return { who, time: t0 + i * 420000, text: `${zh} ${en} · ${i + 1}` };
  };
  let first = Math.max(0, TOTAL - Number(cfg.initial || 40));
  let pages = 0;
  let loading = false;
  const pad = (n) => String(n).padStart(2, '0');
  const rowOf = (i) => {
    const y = (i - first) * ROW;
    const m = message(i);
    const row = document.createElement('div');
    row.className = 'chat-msg';
    row.dataset.sender = m.who;
    row.style.top = `${y}px`;
    const d = new Date(m.time);
    const name = document.createElement('b');
    name.className = 'sender';
    name.textContent = m.who === 'buyer' ? '我 Me' : '木作小铺 Woodshop';
    const time = document.createElement('time');
    time.dateTime = d.toISOString();
    time.textContent = `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
    const text = document.createElement('div');
    text.className = 'text';
    text.textContent = m.text;
    row.append(name, ' ', time, text);
    row.dataset.i = String(i);
    for (let k = 0, acc = 0; k < ROW_WORK; k++) acc += Math.sqrt(k + acc);
    return row;
  };
  let job = 0;
  const render = () => {
    const mine = ++job;
    spacer.style.height = `${(TOTAL - first) * ROW}px`;
    const top = pane.scrollTop - 300;
    const bottom = pane.scrollTop + pane.clientHeight + 300;
    const want = [];
    for (let i = first; i < TOTAL; i++) {
      const y = (i - first) * ROW;
      if (y + ROW >= top && y <= bottom) want.push(i);
    }
    const kept = new Map();
    for (const row of [...spacer.children]) {
      const i = Number(row.dataset.i);
      if (want.includes(i) && row.style.top === `${(i - first) * ROW}px`) kept.set(i, row);
      else row.remove();
    }
    const todo = want.filter((i) => !kept.has(i));
    const slice = () => {
      if (mine !== job) return;
      const until = performance.now() + SLICE_MS;
      while (todo.length && (!SLICE_MS || performance.now() < until)) {
        const i = todo.shift();
        const next = [...spacer.children].find((r) => Number(r.dataset.i) > i);
        spacer.insertBefore(rowOf(i), next ?? null);
      }
      if (todo.length) setTimeout(slice, 0);
    };
    slice();
  };
  const status = (cls, text) => {
    pane.querySelector(`.${cls}`)?.remove();
    if (!text) return;
    const p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    pane.prepend(p);
  };
  const loadOlder = () => {
    if (loading || first === 0 || pages >= FAIL_AFTER && pane.querySelector('.chat-history-error')) return;
    loading = true;
    if (cfg.noSpinner === undefined) status('chat-loading', '正在加载更早的消息… Loading earlier messages…');
    setTimeout(() => {
      loading = false;
      status('chat-loading', '');
      if (pages >= FAIL_AFTER) {
        status('chat-history-error', '加载失败，请稍后重试 · Could not load earlier messages');
        return;
      }
      const before = first;
      first = Math.max(0, first - PAGE);
      pages++;
      // Keep what the user sees in place: the new rows go above it.
      pane.scrollTop += (before - first) * ROW;
      render();
      if (first === 0) status('chat-start', '以下是全部聊天记录 · Start of conversation');
    }, LOAD_MS[Math.min(pages, LOAD_MS.length - 1)]);
  };
  pane.addEventListener('scroll', () => {
    render();
    if (pane.scrollTop < 40) loadOlder();
  });
  // A list that never stops ticking (data-tick-ms): a "typing…" line inside it whose text changes for ever,
  // as chat apps show, while the message rows stay as they are.
  if (cfg.tickMs) {
    const typing = document.createElement('div');
    typing.className = 'chat-typing';
    pane.append(typing);
    let n = 0;
    setInterval(() => (typing.textContent = `对方正在输入${'.'.repeat((n++ % 3) + 1)} · typing`), Number(cfg.tickMs));
  }
  render();
  pane.scrollTop = pane.scrollHeight;
  render();
})();
