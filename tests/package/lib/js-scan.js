// A small JavaScript scanner for the package tests: finds, in the code that ships, any call that
// could send, save or change a ticket, any secure setting named outside a "{{setting.x}}"
// placeholder, and every relative module reference. It is not a parser: it lexes just enough
// (comments, strings, template literals, regular expressions) to look at code and string values
// separately, so a comment that mentions client.invoke('ticket.submit') is not a finding, and a
// string that contains "invoke(" is not a call.

/**
 * Lexes `src` into a skeleton: comments blanked (newlines kept, so line numbers hold), each
 * string or template literal replaced by `§N§` (N indexes `strings`), each regular expression
 * by `__re__`. A template's `${…}` expressions follow its placeholder as code, between ‹ ›.
 */
export function skeleton(src) {
  const strings = [];
  const out = [];
  let i = 0;
  let last = ''; // last significant character or word of the output, to tell a regex from a division

  const push = (s, significant = s) => { out.push(s); if (significant.trim()) last = significant.trim(); };
  const newlines = (s) => '\n'.repeat((s.match(/\n/g) || []).length);
  const REGEX_AFTER = /^(?:[(,=:[!&|?{};+\-*%<>~^]|return|typeof|case|do|else|in|of|new|delete|void|throw|instanceof|yield|await|)$/;

  function lexCode(stopAtBrace) {
    let depth = 0;
    while (i < src.length) {
      const c = src[i];
      const n = src[i + 1];
      if (c === '/' && n === '/') {
        const end = src.indexOf('\n', i);
        i = end === -1 ? src.length : end;
        continue;
      }
      if (c === '/' && n === '*') {
        const end = src.indexOf('*/', i + 2);
        const stop = end === -1 ? src.length : end + 2;
        out.push(' ' + newlines(src.slice(i, stop)));
        i = stop;
        continue;
      }
      if (c === '"' || c === "'") {
        const start = i++;
        let value = '';
        while (i < src.length && src[i] !== c && src[i] !== '\n') {
          if (src[i] === '\\') { value += unescape1(src[i + 1]); i += 2; } else value += src[i++];
        }
        i++;
        strings.push(value);
        push(`§${strings.length - 1}§` + newlines(src.slice(start, i)), 'x');
        continue;
      }
      if (c === '`') {
        lexTemplate();
        continue;
      }
      if (c === '/' && REGEX_AFTER.test(last)) {
        i++;
        let inClass = false;
        while (i < src.length && src[i] !== '\n') {
          if (src[i] === '\\') { i += 2; continue; }
          if (src[i] === '[') inClass = true;
          else if (src[i] === ']') inClass = false;
          else if (src[i] === '/' && !inClass) break;
          i++;
        }
        i++;
        while (/[a-z]/i.test(src[i] || '')) i++;
        push('__re__', 'x');
        continue;
      }
      if (stopAtBrace) {
        if (c === '{') depth++;
        else if (c === '}') {
          if (depth === 0) { i++; return; }
          depth--;
        }
      }
      if (/[\w$]/.test(c)) {
        let j = i;
        while (j < src.length && /[\w$]/.test(src[j])) j++;
        push(src.slice(i, j));
        i = j;
        continue;
      }
      push(c);
      i++;
    }
  }

  function lexTemplate() {
    const start = i++;
    let value = '';
    const exprs = [];
    while (i < src.length && src[i] !== '`') {
      if (src[i] === '\\') { value += unescape1(src[i + 1]); i += 2; continue; }
      if (src[i] === '$' && src[i + 1] === '{') {
        i += 2;
        value += '${}';
        const mark = out.length;
        lexCode(true);
        exprs.push(out.splice(mark).join(''));
        continue;
      }
      value += src[i++];
    }
    i++;
    strings.push(value);
    const idx = strings.length - 1;
    // The expressions follow as code between ‹ ›, which the bracket matching below ignores, so
    // a string inside one still counts as a direct argument of the call around the template.
    const tail = exprs.map((e) => ` ‹${e.replace(/\n/g, ' ')}›`).join('');
    push(`§${idx}§${tail}${newlines(src.slice(start, i))}`, 'x');
  }

  lexCode(false);
  return { code: out.join(''), strings };
}

function unescape1(ch) {
  return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' }[ch] ?? ch ?? '';
}

const lineAt = (code, offset) => code.slice(0, offset).split('\n').length;

/** The text between the parenthesis at `open` and its partner (exclusive), or null. */
function balanced(code, open, o = '(', c = ')') {
  let depth = 0;
  for (let j = open; j < code.length; j++) {
    if (code[j] === o) depth++;
    else if (code[j] === c && --depth === 0) return { start: open + 1, end: j };
  }
  return null;
}

/** The innermost unclosed `o` before `at` and its partner, or null. */
function enclosing(code, at, o, c) {
  let depth = 0;
  for (let j = at - 1; j >= 0; j--) {
    if (code[j] === c) depth++;
    else if (code[j] === o) {
      if (depth === 0) return balanced(code, j, o, c);
      depth--;
    }
  }
  return null;
}

/** Paths whose invoke or set would send, save or change a ticket. */
export const FORBIDDEN_PATH = /^\s*(ticket\.(submit|save|status)|comment\.submit)(\.|\s*$)/i;
const WRITE_METHOD = /^\s*(POST|PUT|PATCH|DELETE)\s*$/i;
const TICKETS_API = /\/api\/v2\/tickets\b/i;

/**
 * Finds calls that could send a ticket. Returns [{line, rule, text}]:
 * - `invoke(…)` or `set(…)` (any receiver, or a bare destructured function) whose own
 *   arguments name ticket.submit, ticket.save, comment.submit or ticket.status, as a path
 *   string or as a key of a bulk object. Reading is fine (`get('ticket.status')`), and so is
 *   listening (`on('ticket.save', …)`);
 * - a request to /api/v2/tickets… with method or type POST, PUT, PATCH or DELETE in the same
 *   object literal or call, or through a `.put/.post/.patch/.delete(…)` helper.
 */
export function findSendPaths(src) {
  const { code, strings } = skeleton(src);
  const findings = [];
  const valueAt = (m) => strings[Number(m)];

  for (const m of code.matchAll(/(?<![\w$])(invoke|set)\s*\(/g)) {
    const span = balanced(code, m.index + m[0].length - 1);
    if (!span) continue;
    const args = code.slice(span.start, span.end);
    let depth = 0;
    for (let j = 0; j < args.length; j++) {
      const ch = args[j];
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (ch === '§' && depth === 0) {
        const close = args.indexOf('§', j + 1);
        const value = valueAt(args.slice(j + 1, close));
        if (FORBIDDEN_PATH.test(value)) {
          findings.push({ line: lineAt(code, m.index), rule: `${m[1]}('${value.trim()}')`, text: src.split('\n')[lineAt(code, m.index) - 1].trim() });
        }
        j = close;
      }
    }
  }

  strings.forEach((value, idx) => {
    if (!TICKETS_API.test(value)) return;
    const at = code.indexOf(`§${idx}§`);
    const object = enclosing(code, at, '{', '}');
    const call = enclosing(code, at, '(', ')');
    const methodIn = (text, bareLiteral) => {
      for (const p of text.matchAll(/(?<![\w$])(type|method)\s*:\s*§(\d+)§|§(\d+)§\s*:\s*§(\d+)§/g)) {
        const key = p[1] ?? valueAt(p[3]);
        const val = valueAt(p[2] ?? p[4]);
        if (/^(type|method)$/i.test(key) && WRITE_METHOD.test(val)) return val.trim().toUpperCase();
      }
      if (bareLiteral) {
        for (const p of text.matchAll(/§(\d+)§/g)) if (WRITE_METHOD.test(valueAt(p[1]))) return valueAt(p[1]).trim().toUpperCase();
      }
      return null;
    };
    let method = (object && methodIn(code.slice(object.start, object.end), false))
      || (call && methodIn(code.slice(call.start, call.end), true));
    if (!method && call) {
      const before = code.slice(0, call.start - 1).match(/\.(put|post|patch|delete)\s*$/i);
      if (before) method = before[1].toUpperCase();
    }
    if (method) findings.push({ line: lineAt(code, at), rule: `${method} ${value}`, text: src.split('\n')[lineAt(code, at) - 1].trim() });
  });
  return findings;
}

/**
 * Where a secure setting's name appears other than inside a "{{setting.<name>}}" placeholder
 * string: as code (an identifier or property, e.g. settings.llm_api_key) or in another string.
 * Comments are not code and are ignored. Returns [{line, where}].
 */
export function findSecureNameLeaks(src, name) {
  const { code, strings } = skeleton(src);
  const word = new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g');
  const out = [];
  for (const m of code.matchAll(word)) out.push({ line: lineAt(code, m.index), where: 'code' });
  strings.forEach((value, idx) => {
    const rest = value.split(`{{setting.${name}}}`).join('');
    if (rest.includes(name)) out.push({ line: lineAt(code, code.indexOf(`§${idx}§`)), where: `string ${JSON.stringify(value.slice(0, 80))}` });
  });
  return out;
}

/**
 * Module references a browser resolves relative to the file: static and dynamic imports,
 * `export … from`, and `new URL('…', import.meta.url)`. Returns [{spec, kind, line}].
 */
export function findModuleRefs(src) {
  const { code, strings } = skeleton(src);
  const refs = [];
  const patterns = [
    [/(?<![\w$.])import\s*\(\s*§(\d+)§\s*\)/g, 'import()'],
    [/(?<![\w$.])from\s*§(\d+)§/g, 'import'],
    [/(?<![\w$.])import\s*§(\d+)§/g, 'import'],
    [/(?<![\w$.])new\s+URL\s*\(\s*§(\d+)§\s*,\s*import\.meta\.url\s*\)/g, 'new URL'],
  ];
  for (const [re, kind] of patterns) {
    for (const m of code.matchAll(re)) refs.push({ spec: strings[Number(m[1])], kind, line: lineAt(code, m.index) });
  }
  return refs;
}
