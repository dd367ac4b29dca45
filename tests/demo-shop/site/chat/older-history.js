// Older messages arrive once, on reaching the top of the list, then the list says there are no more.
// Each demo chat names its own pane, class names and wording on its <template id="older">, the way
// each real chat UI has its own.
(() => {
  const older = document.getElementById('older');
  const cfg = older.dataset;
  const pane = document.querySelector(cfg.pane);
  let loaded = false;
  pane.addEventListener('scroll', () => {
    if (loaded || pane.scrollTop > 20) return;
    loaded = true;
    const spinner = document.createElement('div');
    spinner.className = cfg.loadingClass;
    spinner.textContent = cfg.loadingText;
    pane.prepend(spinner);
    setTimeout(() => {
      const before = pane.scrollHeight;
      spinner.remove();
      const end = document.createElement('div');
      end.className = cfg.endClass;
      end.textContent = cfg.endText;
      pane.prepend(end, older.content.cloneNode(true));
      pane.scrollTop += pane.scrollHeight - before;
    }, 300);
  });
  pane.scrollTop = pane.scrollHeight;
})();
