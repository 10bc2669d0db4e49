const __sel = (el) => {
  const uniq = (s) => { try { return document.querySelectorAll(s).length === 1; } catch (e) { return false; } };
  if (el.id && uniq('#' + CSS.escape(el.id))) return '#' + CSS.escape(el.id);
  const parts = [];
  while (el && el.nodeType === 1 && el !== document.documentElement) {
    if (el.id && uniq('#' + CSS.escape(el.id))) { parts.unshift('#' + CSS.escape(el.id)); break; }
    let s = el.localName;
    const p = el.parentElement;
    if (p) {
      const kids = Array.from(p.children);
      if (kids.filter((c) => c.localName === el.localName).length > 1) s += ':nth-child(' + (kids.indexOf(el) + 1) + ')';
    }
    parts.unshift(s);
    el = p;
  }
  return parts.join(' > ');
};
const __snip = (el) => { const h = el.outerHTML || ''; const i = h.indexOf('>'); return (i > 0 && i < 250 ? h.slice(0, i + 1) : h.slice(0, 250)); };
const __visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
const __text = (el) => (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
const __name = (el) => {
  const label = el.getAttribute('aria-label');
  if (label && label.trim()) return label.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) { const t = by.split(/\s+/).map((id) => { const n = document.getElementById(id); return n ? __text(n) : ''; }).join(' ').trim(); if (t) return t; }
  let t = __text(el);
  el.querySelectorAll('img[alt]').forEach((img) => { t += ' ' + img.getAttribute('alt'); });
  t = t.replace(/\s+/g, ' ').trim();
  if (!t && el.getAttribute('title')) t = el.getAttribute('title').trim();
  return t;
};
