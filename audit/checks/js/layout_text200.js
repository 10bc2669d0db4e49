const all = Array.from(document.body.querySelectorAll('*'));
const clipped = (el) => {
  const s = getComputedStyle(el);
  const hidden = (o) => o === 'hidden' || o === 'clip';
  return (hidden(s.overflowY) && el.scrollHeight > el.clientHeight + 2) ||
         (hidden(s.overflowX) && el.scrollWidth > el.clientWidth + 2) ||
         (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 2);
};
const before = new Set(all.filter(clipped));
const sizes = all.map((el) => parseFloat(getComputedStyle(el).fontSize));
all.forEach((el, i) => el.style.setProperty('font-size', (sizes[i] * 2) + 'px', 'important'));
const found = [];
for (const el of all) {
  if (before.has(el) || !__visible(el) || !__text(el) || !clipped(el)) continue;
  if (found.some((f) => f.el.contains(el))) continue;
  found.push({el, selector: __sel(el), snippet: __snip(el)});
  if (found.length >= 3) break;
}
return found.map(({selector, snippet}) => ({selector, snippet}));
