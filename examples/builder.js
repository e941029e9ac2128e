// The tag builder: an editor opens a data file, picks what to show, sees it live and copies the tags.
// Validation is the library's own: the document goes through a hidden element, whose tn-load and
// tn-error events give the validated document or every problem with its field path.
import { jsonProblemText, parseJsonText } from '../dist/json-text.js';
import { indicatorSummary } from '../dist/summary.js';

const $ = (id) => document.getElementById(id);
const EXAMPLE = new URL('./data/tp-thai-nguyen-2020-2025.json', location.href);

let doc = null; // the validated document
let srcGuess = '/data/nghi-quyet.json';
let attempt = 0; // each load or check; an older one that answers late is ignored

function say(text, ok) {
  const box = $('check');
  box.textContent = text;
  box.className = `check ${ok ? 'ok' : 'bad'}`;
}

function showIssues(list) {
  const ul = $('issues');
  ul.replaceChildren(...list.map((i) => Object.assign(document.createElement('li'), { textContent: i.path ? `${i.path}: ${i.message}` : i.message })));
  ul.hidden = list.length === 0;
}

/** What is wrong with the JSON, in the command line's words (the core's parseJsonText), with its line and column. */
function jsonProblem(problem) {
  return `Tệp không phải JSON hợp lệ: ${jsonProblemText(problem, 'vi')}.`;
}

function validate(data) {
  return new Promise((resolve) => {
    const el = $('validator');
    const done = (e) => {
      el.removeEventListener('tn-load', done);
      el.removeEventListener('tn-error', done);
      resolve(e);
    };
    el.addEventListener('tn-load', done);
    el.addEventListener('tn-error', done);
    el.resolution = data;
  });
}

/** Forgets the open document: steps 2 to 4 are hidden and the preview emptied, so a failed load or check
 * never leaves the previous file's element on screen beside its error. */
function reset() {
  doc = null;
  attempt += 1;
  for (const id of ['choose', 'preview-step', 'code-step']) $(id).hidden = true;
  $('preview').replaceChildren();
  $('snippet').value = '';
  $('copied').textContent = '';
  return attempt;
}

/** The file picker's own line: the chosen file's name, or "Chưa chọn tệp" (the native control's English
 * "No file chosen" is hidden). Loading the example or an address clears the choice. */
function showFileName(name) {
  $('file-name').textContent = name || 'Chưa chọn tệp';
  if (!name) $('file').value = '';
}

async function load(text, src) {
  const mine = reset();
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    say(jsonProblem(parsed.problem), false);
    showIssues([]);
    return;
  }
  const data = parsed.value;
  const result = await validate(data);
  if (mine !== attempt) return;
  if (result.type === 'tn-error') {
    say(`Tệp chưa đúng mẫu: ${result.detail.issues?.length ?? 0} lỗi. Sửa các trường dưới đây rồi mở lại tệp.`, false);
    showIssues(result.detail.issues ?? [{ path: '', message: result.detail.message }]);
    return;
  }
  doc = result.detail.resolution;
  srcGuess = src;
  showIssues([]);
  say(`Tệp hợp lệ: ${doc.indicators.length} chỉ tiêu, ${doc.milestones?.length ?? 0} mốc công việc.`, true);
  fillChoices();
  for (const id of ['choose', 'preview-step', 'code-step']) $(id).hidden = false;
  update();
}

const text = (t) => (typeof t === 'string' ? t : t?.vi ?? t?.en ?? Object.values(t ?? {})[0] ?? '');
const option = (value, label) => Object.assign(document.createElement('option'), { value, textContent: label });

function fillChoices() {
  $('indicator').replaceChildren(...doc.indicators.map((i) => option(i.id, `${text(i.title)} (${i.id})`)));
  $('group').replaceChildren(option('', 'Tất cả'), ...(doc.groups ?? []).map((g) => option(g.id, text(g.title))));
  const years = [];
  for (let y = doc.term.from + 1; y <= doc.term.to; y++) years.push(y);
  $('as-of').replaceChildren(option('', 'Số liệu mới nhất'), ...years.map((y) => option(String(y), String(y))));
  $('src').value = srcGuess;
}

const escape = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  if (!doc) return;
  const tag = $('element').value;
  const usesIndicator = tag === 'tn-indicator' || tag === 'tn-timeline';
  $('indicator').disabled = !usesIndicator;
  $('variant').disabled = tag !== 'tn-indicator';
  $('group').disabled = usesIndicator;
  const attrs = [['src', $('src').value.trim() || srcGuess]];
  if (usesIndicator) attrs.push(['indicator', $('indicator').value]);
  if (tag === 'tn-indicator' && $('variant').value !== 'card') attrs.push(['variant', $('variant').value]);
  if (!usesIndicator && $('group').value) attrs.push(['group', $('group').value]);
  if ($('lang').value) attrs.push(['lang', $('lang').value]);
  if ($('as-of').value) attrs.push(['as-of', $('as-of').value]);

  const el = document.createElement(tag);
  for (const [name, value] of attrs) if (name !== 'src') el.setAttribute(name, value);
  el.resolution = doc; // the preview uses the document already opened, wherever the file will live
  const inline = tag === 'tn-indicator' && $('variant').value === 'inline';
  const p = document.createElement('p');
  if (inline) p.append('Ví dụ trong câu: chỉ tiêu đạt ', el, ' theo số liệu mới nhất.');
  $('preview').replaceChildren(inline ? p : el);

  // The fallback text: what a page shows without the script, the card in one line as the card says it.
  writeSnippet(tag, attrs, fallbackText(el, tag));
  $('copied').textContent = '';
}

/** "Tỷ lệ hộ nghèo: 0,54% (2023, ước) — Đạt (tạm tính)" for a card; a timeline's title; the document's. */
function fallbackText(el, tag) {
  // (the element's language: its lang, else the page's; en-GB is English, anything else Vietnamese)
  const lang = (el.closest('[lang]')?.lang ?? '').trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
  const id = el.getAttribute('indicator');
  if (tag === 'tn-indicator') return indicatorSummary(doc, id, lang, $('as-of').value || undefined) ?? '';
  const title = doc.indicators.find((i) => i.id === id)?.title;
  if (tag === 'tn-timeline') return typeof title === 'object' ? title[lang] ?? text(title) : text(title);
  return text(doc.title);
}

function writeSnippet(tag, attrs, fallback) {
  const form = $('form').value;
  const script = $('script').value.trim() || '/assets/tn-indicators.js';
  const inner = escape(fallback).replace(/>/g, '&gt;');
  let code;
  if (form === 'div') {
    // Sanitizer-proof: editors keep a div with data-* attributes; the site's template loads the script once.
    const inline = tag === 'tn-indicator' && attrs.some(([n, v]) => n === 'variant' && v === 'inline');
    const box = inline ? 'span' : 'div';
    code = `<${box} data-tn="${tag.slice(3)}" ${attrs.map(([n, v]) => `data-${n}="${escape(v)}"`).join(' ')}>${inner}</${box}>`;
  } else if (form === 'iframe') {
    const base = new URL('.', new URL(script, 'https://portal.invalid/')).pathname;
    const query = new URLSearchParams([['element', tag.slice(3)], ...attrs]).toString();
    const heights = { 'tn-indicator': 340, 'tn-timeline': 420, 'tn-milestones': 360, 'tn-resolution': 900 };
    const title = fallback || text(doc.title);
    code = `<iframe src="${escape(`${base}frame.html?${query}`)}" title="${escape(title)}" loading="lazy" style="width:100%;border:0" height="${heights[tag] ?? 360}"></iframe>\n<script src="${escape(`${base}frame-host.js`)}"></script>`;
  } else {
    code = `<script type="module" src="${escape(script)}"></script>\n<${tag} ${attrs.map(([n, v]) => `${n}="${escape(v)}"`).join(' ')}>${inner}</${tag}>`;
  }
  $('snippet').value = code;
}

$('use-example').addEventListener('click', async () => {
  const mine = reset();
  showFileName('');
  say('Đang tải ví dụ…', true);
  try {
    const response = await fetch(EXAMPLE);
    if (mine !== attempt) return;
    if (!response.ok) return say(`Máy chủ trả lỗi ${response.status} khi tải tệp ví dụ.`, false);
    const content = await response.text();
    if (mine === attempt) await load(content, '/data/tp-thai-nguyen-2020-2025.json');
  } catch {
    if (mine === attempt) say('Không tải được tệp ví dụ: lỗi mạng.', false);
  }
});

$('file').addEventListener('change', async (e) => {
  const file = e.target.files?.[0];
  showFileName(file?.name ?? '');
  if (!file) return;
  const mine = reset();
  showIssues([]);
  say(`Đang đọc ${file.name}…`, true);
  let content;
  try {
    content = await file.text();
  } catch {
    if (mine === attempt) say(`Không đọc được tệp ${file.name}.`, false);
    return;
  }
  if (mine === attempt) await load(content, `/data/${file.name}`);
});

$('url-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const url = $('url').value.trim();
  if (!url) return;
  const mine = reset();
  showIssues([]);
  showFileName('');
  say('Đang tải…', true);
  try {
    const response = await fetch(url);
    if (mine !== attempt) return;
    if (!response.ok) return say(`Máy chủ trả lỗi ${response.status} khi tải ${url}.`, false);
    const content = await response.text();
    if (mine === attempt) await load(content, url);
  } catch {
    if (mine === attempt) say(`Không tải được ${url}: lỗi mạng, hoặc máy chủ không cho phép trang này đọc tệp (CORS).`, false);
  }
});

for (const id of ['element', 'indicator', 'variant', 'group', 'lang', 'as-of', 'src', 'script', 'form']) $(id).addEventListener('input', update);

$('copy').addEventListener('click', async () => {
  const area = $('snippet');
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    area.select();
    document.execCommand('copy');
  }
  $('copied').textContent = 'Đã sao chép.';
});

if (new URL(location.href).searchParams.has('example')) $('use-example').click();
