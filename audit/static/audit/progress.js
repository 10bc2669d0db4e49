// Live progress of a running audit. Without JavaScript a <noscript> meta refresh reloads the page.
(function () {
  const box = document.getElementById("audit-progress");
  if (!box || box.dataset.active !== "1") return;
  const url = box.dataset.progressUrl;
  const bar = box.querySelector("progress");
  async function tick() {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!response.ok) return;
      const data = await response.json();
      for (const el of box.querySelectorAll("[data-field]")) {
        const value = data[el.dataset.field];
        if (value !== undefined && String(value) !== el.textContent) el.textContent = value;
      }
      if (bar) { bar.max = data.pages_total || 1; bar.value = data.pages_done; }
      if (!data.active) { window.location.reload(); return; }
    } catch (e) { /* try again on the next tick */ }
    window.setTimeout(tick, 2000);
  }
  window.setTimeout(tick, 2000);
})();
