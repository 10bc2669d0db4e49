const blocks = Array.from(document.body.querySelectorAll('p, li, dd, td, blockquote, figcaption, div, article, section'));
const canvas = document.createElement('canvas').getContext('2d');
const out = [];
for (const el of blocks) {
  // Running text only: elements with a direct text node of some length.
  let own = '';
  for (const n of el.childNodes) if (n.nodeType === 3) own += n.textContent;
  own = own.replace(/\s+/g, ' ').trim();
  if (own.length < 40 || !__visible(el)) continue;
  if (el.closest('nav, header, footer, [role=navigation], button, label, code, pre')) continue;
  const s = getComputedStyle(el);
  const text = __text(el);
  const fs = parseFloat(s.fontSize);
  let lh = s.lineHeight === 'normal' ? fs * 1.2 : parseFloat(s.lineHeight);
  const width = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
  canvas.font = s.fontStyle + ' ' + s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
  const sample = text.slice(0, 400);
  const avg = sample ? canvas.measureText(sample).width / sample.length : fs / 2;
  const lines = Math.round(el.getBoundingClientRect().height / (lh || fs));
  const letters = own.replace(/[^\p{L}]/gu, '');
  const upper = own.replace(/[^\p{Lu}]/gu, '');
  out.push({
    selector: __sel(el), snippet: __snip(el), chars: text.length,
    font_size: fs, line_height: lh / fs, lines: lines,
    align: s.textAlign, italic: s.fontStyle === 'italic' || s.fontStyle.startsWith('oblique'),
    upper_ratio: s.textTransform === 'uppercase' ? 1 : (letters.length ? upper.length / letters.length : 0),
    letters: letters.length,
    chars_per_line: avg > 0 ? Math.round(width / avg) : 0,
  });
}
return out;
