/** The paste-or-upload page: analyze an article (text or HTML), optionally save it to the corpus. */
import { analyzeArticle, ApiError, saveArticle, type ArticleRequest } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { renderAnalysis } from './analysis-panel.js';

/** Largest file the page reads, in bytes (the server refuses more anyway). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

/** Decode an uploaded file: strict UTF-8, else Windows-1252 (and say so). */
function decodeFile(bytes: ArrayBuffer): { text: string; note: string | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), note: null };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), note: 'The file is not valid UTF-8; it was read as Windows-1252.' };
  }
}

function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), input, hint ? h('small', { class: 'muted' }, hint) : null);
}

/** Render the analyze page. */
export function renderAnalyzeView(main: HTMLElement): void {
  const textarea = h('textarea', { id: 'article-input', rows: 12, placeholder: 'Paste the article text or its HTML here…', spellcheck: false });
  const file = h('input', { type: 'file', id: 'article-file', accept: '.txt,.text,.html,.htm,text/plain,text/html' });
  const format = h('select', { id: 'article-format' }, h('option', { value: 'auto' }, 'Detect'), h('option', { value: 'text' }, 'Plain text'), h('option', { value: 'html' }, 'HTML page'));
  const title = h('input', { type: 'text', id: 'article-title', maxlength: 2000 });
  const date = h('input', { type: 'date', id: 'article-date' });
  const outlet = h('input', { type: 'text', id: 'article-outlet', maxlength: 200 });
  const token = h('input', { type: 'password', id: 'write-token', autocomplete: 'off' });
  token.value = sessionStorage.getItem('whosaid-token') ?? '';
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const result = h('section', { class: 'analysis-host', 'aria-label': 'Analysis' });
  const analyzeButton = h('button', { type: 'submit', class: 'primary' }, 'Analyze');
  const saveButton = h('button', { type: 'button', id: 'save-article' }, 'Save to corpus');

  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      status.textContent = `The file has ${chosen.size} bytes; the limit is ${MAX_FILE_BYTES}.`;
      return;
    }
    void chosen.arrayBuffer().then((bytes) => {
      const decoded = decodeFile(bytes);
      textarea.value = decoded.text;
      if (/\.html?$/i.test(chosen.name)) format.value = 'html';
      status.textContent = decoded.note ?? `Loaded ${chosen.name}.`;
    });
  });

  const request = (): ArticleRequest | null => {
    const value = textarea.value;
    if (value.trim() === '') {
      status.textContent = 'Paste an article or choose a file first.';
      textarea.focus();
      return null;
    }
    const html = format.value === 'html' || (format.value === 'auto' && looksLikeHtml(value));
    return {
      ...(html ? { html: value } : { text: value }),
      ...(title.value.trim() ? { title: title.value.trim() } : {}),
      ...(date.value ? { date: date.value } : {}),
      ...(outlet.value.trim() ? { outlet: outlet.value.trim() } : {}),
    };
  };

  const form = h('form', { class: 'analyze-form', 'aria-label': 'Article to analyze' },
    field('Article', textarea),
    h('div', { class: 'field-row' }, field('Or upload a file', file), field('Format', format), field('Title', title), field('Published', date)),
    h('details', { class: 'save-options' }, h('summary', {}, 'Saving to the corpus'), h('div', { class: 'field-row' }, field('Outlet', outlet), field('Write token', token, 'Needed only when the server is not on this machine.'))),
    h('div', { class: 'actions' }, analyzeButton, saveButton),
    status);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = request();
    if (!body) return;
    status.textContent = 'Analyzing…';
    analyzeButton.disabled = true;
    analyzeArticle(body)
      .then((analysis) => {
        status.textContent = `Analyzed: ${analysis.quotes.length} quotation${analysis.quotes.length === 1 ? '' : 's'}.`;
        renderAnalysis(result, analysis);
      })
      .catch((error: unknown) => {
        status.textContent = error instanceof ApiError ? `Could not analyze: ${error.message}` : 'Could not analyze the article.';
        replaceChildren(result);
      })
      .finally(() => {
        analyzeButton.disabled = false;
      });
  });

  saveButton.addEventListener('click', () => {
    const body = request();
    if (!body) return;
    sessionStorage.setItem('whosaid-token', token.value);
    status.textContent = 'Saving…';
    saveArticle(body, token.value)
      .then((saved) => {
        replaceChildren(status, `Saved (${saved.status}). `, h('a', { href: `#/articles/${encodeURIComponent(saved.id)}` }, 'Open the stored article'));
      })
      .catch((error: unknown) => {
        status.textContent = error instanceof ApiError ? `Could not save: ${error.message}` : 'Could not save the article.';
      });
  });

  replaceChildren(main, h('h1', {}, 'Who said what'), h('p', { class: 'lede' }, 'Paste a news article to see every quotation, coloured by speaker. Hover or focus a quotation to see who said it and why whosaid thinks so.'), form, result);
}
