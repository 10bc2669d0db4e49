const vw = document.documentElement.clientWidth;
const sw = Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0);
if (sw <= vw + 1) return {overflow: false, width: sw, culprits: []};
const scrolls = (el) => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true; } return false; };
const culprits = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.right <= vw + 1 || r.width === 0 || !__visible(el) || scrolls(el)) continue;
  const p = el.parentElement;
  if (p && p !== document.body && p.getBoundingClientRect().right > vw + 1) continue;
  culprits.push({selector: __sel(el), snippet: __snip(el), right: Math.round(r.right)});
  if (culprits.length >= 3) break;
}
return {overflow: true, width: sw, culprits};
