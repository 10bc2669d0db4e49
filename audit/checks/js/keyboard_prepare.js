const st = document.createElement('style');
st.textContent = '*,*::before,*::after{transition:none!important;animation:none!important}';
document.head.appendChild(st);
if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
const sig = (el) => {
  const s = getComputedStyle(el), r = el.getBoundingClientRect();
  const a = getComputedStyle(el, '::after'), b = getComputedStyle(el, '::before');
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderTopColor,
    s.borderBottomColor, s.borderBottomWidth, s.backgroundColor, s.color, s.textDecorationLine,
    s.textDecorationThickness, Math.round(r.x + scrollX), Math.round(r.y + scrollY),
    Math.round(r.width), Math.round(r.height),
    a.content, a.backgroundColor, a.borderBottomColor, b.content, b.outlineStyle].join('|');
};
const focusable = Array.from(document.querySelectorAll(
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'))
  .filter((el) => !el.disabled && el.tabIndex >= 0).slice(0, arguments[0]);
const base = new Map(focusable.map((el) => [el, sig(el)]));
const stops = [];
window.__erStops = stops;
document.addEventListener('focusin', (event) => {
  const el = event.target;
  if (!(el instanceof Element) || stops.length >= arguments[1]) return;
  const before = base.get(el);
  stops.push({selector: __sel(el), snippet: __snip(el), known: before !== undefined,
              changed: before !== undefined && before !== sig(el)});
}, true);
return focusable.length;
