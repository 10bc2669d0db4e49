/*
 * Plain-language panel for the Wagtail page editor.
 *
 * Posts the edit form (as the browser would submit it) to the easy_read JSON
 * view, debounced while the editor types, and renders the answer twice from
 * the same data: a panel at the top of the editor and the metrics and issues
 * of Wagtail's checks side panel. User text is only ever set as textContent.
 */
(() => {
  'use strict';

  const configElement = document.getElementById('easy-read-config');
  if (!configElement) return;
  const config = JSON.parse(configElement.textContent);
  const path = window.location.pathname;
  // Page editors only: /admin/pages/<id>/edit/ and /admin/pages/add/<app>/<model>/<parent>/
  if (!/\/pages\/(\d+\/edit|add\/[\w-]+\/[\w-]+\/\d+)\/?$/.test(path)) return;

  const start = () => {
    const form = document.querySelector('form[data-edit-form]') || document.getElementById('page-edit-form');
    if (!form) return;
    const locale = new URLSearchParams(window.location.search).get('locale');
    const panel = buildPanel(form);
    let labels = null;
    let timer = null;
    let firstChange = 0;
    let lastKey = null;
    let inFlight = false;
    let again = false;
    let lastLevel = null;

    const formData = () => {
      const data = new FormData(form);
      data.set('easy_read_path', path);
      if (locale) data.set('easy_read_locale', locale);
      return data;
    };

    // A cheap fingerprint of the text fields, so an unchanged form is not re-sent.
    const fingerprint = (data) => {
      const parts = [];
      data.forEach((value, name) => {
        if (typeof value === 'string' && name !== 'csrfmiddlewaretoken') parts.push(name, value);
      });
      return parts.join('\u0000');
    };

    const check = async () => {
      const data = formData();
      const key = fingerprint(data);
      if (key === lastKey) return;
      if (inFlight) {
        again = true;
        return;
      }
      lastKey = key;
      inFlight = true;
      panel.root.setAttribute('aria-busy', 'true');
      if (labels) panel.status.textContent = labels.checking;
      try {
        // URL-encoded, not multipart: a long page has hundreds of fields, and the
        // server parses this form several times faster.
        // Block ids and comment threads carry no text: leaving them out keeps long
        // pages under Django's DATA_UPLOAD_MAX_NUMBER_FIELDS.
        const body = new URLSearchParams();
        data.forEach((value, name) => {
          if (typeof value !== 'string' || /-id$/.test(name) || name.startsWith('comments-')) return;
          body.append(name, value);
        });
        const response = await fetch(config.endpoint, {
          method: 'POST',
          body,
          credentials: 'same-origin',
          headers: { 'X-Requested-With': 'XMLHttpRequest' },
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const result = await response.json();
        labels = result.labels;
        render(panel, result);
        renderChecks(result);
        // Announce the level only when it changes, not on every keystroke.
        panel.status.textContent = result.level !== lastLevel ? summary(result) : '';
        lastLevel = result.level;
      } catch (error) {
        lastKey = null;
        panel.status.textContent = labels ? labels.error : '';
      } finally {
        inFlight = false;
        panel.root.removeAttribute('aria-busy');
        if (again) {
          again = false;
          schedule();
        }
      }
    };

    const schedule = () => {
      const now = Date.now();
      if (!firstChange) firstChange = now;
      // Debounce, but never wait longer than maxWait while typing goes on.
      const wait = now - firstChange >= config.maxWait ? 0 : config.debounce;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        firstChange = 0;
        check();
      }, wait);
    };

    ['input', 'change', 'keyup', 'paste', 'cut', 'drop'].forEach((name) => {
      form.addEventListener(name, schedule, { passive: true });
    });
    // Rich text and StreamField changes do not always reach the form as events;
    // a slow poll catches them and posts only when the text really changed.
    window.setInterval(() => {
      if (!document.hidden) check();
    }, Math.max(config.maxWait, 2000));
    // StreamField and rich text inputs are built by Wagtail's scripts after the
    // page loads: check once they exist, not before.
    const first = () => window.setTimeout(check, config.debounce);
    if (document.readyState === 'complete') first();
    else window.addEventListener('load', first, { once: true });
  };

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function buildPanel(form) {
    const root = element('section', 'easy-read-panel');
    root.id = 'easy-read-panel';
    root.setAttribute('aria-labelledby', 'easy-read-title');
    const title = element('h2', 'easy-read-title');
    title.id = 'easy-read-title';
    const metrics = element('dl', 'easy-read-metrics');
    const note = element('p', 'easy-read-note');
    const status = element('p', 'easy-read-status');
    status.setAttribute('role', 'status');
    const details = element('details', 'easy-read-details');
    const summaryLine = element('summary', 'easy-read-summary');
    const body = element('div', 'easy-read-body');
    details.append(summaryLine, body);
    root.append(title, metrics, note, status, details);
    const tabPanel = form.querySelector('[role="tabpanel"]');
    (tabPanel || form).prepend(root);
    return { root, title, metrics, note, status, details, summaryLine, body };
  }

  function summary(result) {
    const l = result.labels;
    return `${l['panel-title']}: ${l.level} ${result.level_label}, ${l.lix} ${result.lix_label}`;
  }

  function metric(list, label, value, className) {
    const wrap = element('div');
    const dd = element('dd');
    const span = element('span', className || '', String(value));
    dd.append(span);
    wrap.append(element('dt', '', label), dd);
    list.append(wrap);
  }

  function renderReport(container, report, labels) {
    container.replaceChildren();
    if (!report.flagged.length) {
      container.append(element('p', 'easy-read-note', report.words ? labels['no-issues'] : labels['no-text']));
      return;
    }
    const list = element('ol', 'easy-read-flagged');
    report.flagged.forEach((entry) => {
      const item = element('li');
      item.append(element('q', 'easy-read-sentence', entry.text));
      const issues = element('ul', 'easy-read-issues');
      entry.issues.forEach((issue) => {
        const line = element('li', `easy-read-issue easy-read-issue--${issue.severity}`, issue.message);
        line.dataset.rule = issue.rule;
        if (issue.suggestion) {
          line.append(' ', element('span', 'easy-read-suggestion', `${labels.suggestion}: ${issue.suggestion}`));
        }
        issues.append(line);
      });
      item.append(issues);
      list.append(item);
    });
    container.append(list);
    if (report.more) container.append(element('p', 'easy-read-note', report.more_label));
  }

  function render(panel, result) {
    const l = result.labels;
    panel.title.textContent = l['panel-title'];
    panel.metrics.replaceChildren();
    metric(panel.metrics, l.level, result.level_label, `easy-read-level easy-read-level--${result.level || 'none'}`);
    metric(panel.metrics, l.lix, result.lix_label);
    metric(panel.metrics, l.words, result.words);
    metric(panel.metrics, l.sentences, result.sentences);
    metric(panel.metrics, l['reading-time'], result.reading_label);
    panel.note.textContent = result.analysed_in;
    panel.summaryLine.textContent = `${l.flagged} (${result.issue_count})`;
    renderReport(panel.body, result, l);
    if (result.easy_read) {
      const extra = element('section', 'easy-read-extra');
      extra.append(element('h3', 'easy-read-subheading', `${l['easy-read-version']}: ${result.easy_read.level_label}, ${l.lix} ${result.easy_read.lix_label}`));
      const box = element('div');
      renderReport(box, result.easy_read, l);
      extra.append(box);
      panel.body.append(extra);
    }
  }

  // Wagtail's checks side panel: the same figures, from the same response.
  function renderChecks(result) {
    const set = (name, value) => {
      document.querySelectorAll(`[data-easy-read-checks="${name}"]`).forEach((node) => {
        node.textContent = String(value);
      });
    };
    set('level', result.level_label);
    set('lix', result.lix_label);
    set('words', result.words);
    set('reading', result.reading_label);
    set('count', result.issue_count);
    document.querySelectorAll('[data-easy-read-checks="issues"]').forEach((node) => {
      renderReport(node, result, result.labels);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
