const near = (el) => {
  // Text around the player: its figure / section / parent, for transcript links.
  const box = el.closest('figure, section, article, [role=region]') || el.parentElement || el;
  let t = __text(box);
  box.querySelectorAll('a[href]').forEach((a) => { t += ' ' + a.href; });
  const by = el.getAttribute('aria-describedby');
  if (by) by.split(/\s+/).forEach((id) => { const n = document.getElementById(id); if (n) t += ' ' + __text(n); });
  return t.slice(0, 2000);
};
const media = Array.from(document.querySelectorAll('video, audio')).map((m) => ({
  kind: m.localName, selector: __sel(m), snippet: __snip(m),
  autoplay: m.autoplay || m.hasAttribute('autoplay'), muted: m.muted || m.hasAttribute('muted'),
  loop: m.loop, controls: m.controls,
  tracks: Array.from(m.querySelectorAll('track')).map((t) => (t.getAttribute('kind') || 'subtitles').toLowerCase()),
  context: near(m),
}));
const embeds = Array.from(document.querySelectorAll('iframe[src]'))
  .filter((f) => /youtube(-nocookie)?\.com|youtu\.be|vimeo\.com|facebook\.com\/plugins\/video|dailymotion|lsm\.lv|ltv\.lsm/i.test(f.src))
  .map((f) => ({selector: __sel(f), snippet: __snip(f), src: f.src}));
return {media, embeds};
