(() => {
  let stored = null;
  try {
    stored = localStorage.getItem('theme');
  } catch {
    // Storage blocked (private mode, strict settings): follow the OS.
  }
  const dark = stored === 'dark' || (stored !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  const theme = dark ? 'dark' : 'light';
  document.documentElement.dataset.theme = theme;
  // A chosen theme colours the browser's bar too (the metas above this script follow the OS otherwise).
  if (stored === 'light' || stored === 'dark') {
    for (const meta of document.querySelectorAll('meta[name="theme-color"]')) {
      meta.setAttribute('content', meta.getAttribute(`data-${theme}`) || meta.content);
    }
  }
})();
