return Array.from(document.querySelectorAll('a[href], area[href]')).map((a) => ({
  href: a.href, name: __name(a), target: (a.getAttribute('target') || '').toLowerCase(),
  selector: __sel(a), snippet: __snip(a), visible: __visible(a),
  title: a.getAttribute('title') || '',
}));
