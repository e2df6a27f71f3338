import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(98016);
const utils = __nccwpck_require__(64059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 78265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(64059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 98016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(31781);
const parse = __nccwpck_require__(78265);
const utils = __nccwpck_require__(64059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 31781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(64059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 76770:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   Rz: () => (/* binding */ GlobList),
/* harmony export */   YP: () => (/* binding */ indexIn),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   yz: () => (/* binding */ lowerBound)
/* harmony export */ });
/* unused harmony export ascendingUnique */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

function globProblem(pattern) {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (body.trim() === '')
        return 'an empty pattern matches nothing';
    if (body !== body.trim())
        return 'leading or trailing spaces are not allowed';
    if (body.startsWith('/'))
        return 'patterns are relative to the repository root; drop the leading "/"';
    if (body.includes('\\'))
        return 'use "/" as the path separator';
    if (body.endsWith('/'))
        return `a trailing "/" matches nothing; write "${body}**" for everything inside`;
    if (body.split('/').some((seg) => seg === '..' || seg === '.')) {
        return '"." and ".." segments are not allowed; write the path from the repository root';
    }
    if (!balanced(body, '[', ']') || !balanced(body, '{', '}') || !balanced(body, '(', ')')) {
        return 'unbalanced brackets or braces';
    }
    if (simpleShape(body))
        return undefined;
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(body, { dot: true });
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
    return undefined;
}
function simpleShape(pattern) {
    if (pattern.length > 64 * 1024)
        return false;
    if (pattern === '**' || shapeOf(pattern).kind !== 'other')
        return true;
    const suffix = /^\*\*\/\*([^/]+)$/.exec(pattern);
    return suffix?.[1] !== undefined && !GLOB_CHARS.test(suffix[1]);
}
function balanced(s, open, close) {
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === open)
            depth++;
        else if (c === close) {
            depth--;
            if (depth < 0)
                return false;
        }
    }
    return depth === 0;
}
class GlobList {
    compiled;
    rangeable;
    matches;
    constructor(patterns) {
        this.compiled =
            'compiled' in patterns
                ? patterns.compiled
                : patterns.map((p) => {
                    const negated = p.startsWith('!');
                    const body = negated ? p.slice(1) : p;
                    return { negated, shape: shapeOf(body), test: compileOne(body) };
                });
        const compiled = this.compiled;
        this.rangeable = compiled.every((c) => c.negated || c.shape.kind !== 'other');
        if (compiled.length === 0)
            this.matches = () => false;
        else if (compiled.every((c) => !c.negated)) {
            this.matches = (file) => {
                for (const c of compiled)
                    if (c.test(file))
                        return true;
                return false;
            };
        }
        else {
            this.matches = (file) => {
                for (let i = compiled.length - 1; i >= 0; i--) {
                    const c = compiled[i];
                    if (c.test(file))
                        return !c.negated;
                }
                return false;
            };
        }
    }
    within(dir) {
        if (dir === '')
            return this;
        const kept = this.compiled.filter(({ shape }) => {
            if (shape.kind === 'literal')
                return shape.path === dir || shape.path.startsWith(`${dir}/`);
            if (shape.kind === 'dir') {
                const base = shape.base;
                return base === dir || dir.startsWith(`${base}/`) || base.startsWith(`${dir}/`);
            }
            return true;
        });
        return kept.length === this.compiled.length ? this : new GlobList({ compiled: kept });
    }
    allMatches(sorted) {
        return this.allMatchIndices(sorted).map((i) => sorted[i]);
    }
    allMatchIndices(sorted) {
        if (!this.rangeable) {
            const all = [];
            for (let i = 0; i < sorted.length; i++)
                if (this.matches(sorted[i]))
                    all.push(i);
            return all;
        }
        const runs = [];
        this.scanRanges(sorted, (i, p) => {
            (runs[p] ??= []).push(i);
            return false;
        });
        return inOrder(Object.values(runs));
    }
    firstMatch(sorted) {
        if (!this.rangeable)
            return sorted.find(this.matches);
        let first;
        this.scanRanges(sorted, (i) => {
            first = sorted[i];
            return true;
        });
        return first;
    }
    scanRanges(sorted, found) {
        for (const [p, { shape, negated }] of this.compiled.entries()) {
            if (negated || shape.kind === 'other')
                continue;
            const base = shape.kind === 'literal' ? shape.path : shape.base;
            const at = lowerBound(sorted, base);
            if (sorted[at] === base && this.matches(base) && found(at, p))
                return;
            if (shape.kind === 'literal')
                continue;
            const dir = `${base}/`;
            for (let i = lowerBound(sorted, dir); i < sorted.length; i++) {
                const f = sorted[i];
                if (!f.startsWith(dir))
                    break;
                if (this.matches(f) && found(i, p))
                    return;
            }
        }
    }
}
function inOrder(runs) {
    if (runs.length <= 1)
        return runs[0] ?? [];
    runs.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < runs.length; i++) {
        if (runs[i - 1]?.at(-1) >= runs[i]?.[0])
            return ascendingUnique(runs.flat());
    }
    return runs.flat();
}
function ascendingUnique(indices) {
    let sorted = true;
    for (let i = 1; i < indices.length; i++) {
        if (indices[i - 1] >= indices[i]) {
            sorted = false;
            break;
        }
    }
    if (sorted)
        return indices;
    indices.sort((a, b) => a - b);
    return indices.filter((v, i) => i === 0 || v !== indices[i - 1]);
}
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function indexIn(sorted, value) {
    const at = lowerBound(sorted, value);
    return sorted[at] === value ? at : undefined;
}
function compileGlobs(patterns) {
    return new GlobList(patterns).matches;
}
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;
function shapeOf(pattern) {
    if (!GLOB_CHARS.test(pattern))
        return { kind: 'literal', path: pattern };
    const dirOnly = /^(.+)\/\*\*$/.exec(pattern);
    if (dirOnly?.[1] !== undefined && !GLOB_CHARS.test(dirOnly[1]))
        return { kind: 'dir', base: dirOnly[1] };
    return { kind: 'other' };
}
const compiledTests = new Map();
function compileOne(pattern) {
    let test = compiledTests.get(pattern);
    if (!test)
        compiledTests.set(pattern, (test = compileTest(pattern)));
    return test;
}
function compileTest(pattern) {
    if (pattern === '**')
        return () => true;
    const shape = shapeOf(pattern);
    if (shape.kind === 'literal')
        return (f) => f === shape.path;
    if (shape.kind === 'dir') {
        const { base } = shape;
        const dir = `${base}/`;
        return (f) => f === base || f.startsWith(dir);
    }
    const suffix = /^\*\*\/\*([^/]+)$/.exec(pattern);
    if (suffix?.[1] !== undefined && !GLOB_CHARS.test(suffix[1])) {
        const end = suffix[1];
        return (f) => f.endsWith(end);
    }
    const under = /^(.+)\/\*\*\/\*([^/]+)$/.exec(pattern);
    if (under?.[1] !== undefined &&
        under[2] !== undefined &&
        !GLOB_CHARS.test(under[1]) &&
        !GLOB_CHARS.test(under[2])) {
        const dir = `${under[1]}/`;
        const end = under[2];
        return (f) => f.startsWith(dir) && f.length - dir.length >= end.length && f.endsWith(end);
    }
    const re = picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(pattern, { dot: true });
    const scan = picomatch__WEBPACK_IMPORTED_MODULE_0___default().scan(pattern);
    if (scan.base.includes('\\') || scan.base === '')
        return (f) => re.test(f);
    const base = scan.base;
    const dir = `${base}/`;
    return (f) => (f === base || f.startsWith(dir)) && re.test(f);
}


/***/ }),

/***/ 45881:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ History),
/* harmony export */   E: () => (/* binding */ DEEPEN_STEPS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(71243);


const DEEPEN_STEPS = [32, 128, 512, 2048, 8192];
class History {
    git;
    logger;
    ready;
    remoteName;
    constructor(git, logger, ready = Promise.resolve()) {
        this.git = git;
        this.logger = logger;
        this.ready = ready;
    }
    async remote() {
        if (this.remoteName === undefined) {
            const remotes = await this.git.remotes();
            this.remoteName = remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
        }
        return this.remoteName;
    }
    async ensureCommit(sha) {
        if (await this.git.hasCommit(sha))
            return true;
        const remote = await this.remote();
        if (!remote || !/^[0-9a-f]{40}$/.test(sha))
            return false;
        await this.ready;
        return this.git.exclusive(async () => {
            if (await this.git.hasCommit(sha))
                return true;
            this.logger.debug(`fetching ${sha} from ${remote}`);
            const depth = (await this.git.isShallow()) ? { depth: 1 } : {};
            const r = await this.git.fetchCommits(remote, [sha], depth);
            if (r.exitCode !== 0)
                this.logger.debug(`fetch of ${sha} failed: ${r.stderr.trim()}`);
            return this.git.hasCommit(sha);
        });
    }
    async ensureBranch(branch) {
        const remote = await this.remote();
        if (!remote)
            return this.git.resolveCommit(branch);
        if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isBranchName */ .Q8)(branch))
            return undefined;
        const ref = `refs/remotes/${remote}/${branch}`;
        const local = await this.git.resolveCommit(ref);
        if (local)
            return local;
        const tip = await this.remoteTip(branch);
        if (!tip || !(await this.ensureCommit(tip)))
            return undefined;
        await this.git.updateRef(ref, tip);
        return tip;
    }
    async remoteTip(branch) {
        const remote = await this.remote();
        if (!remote || !(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isBranchName */ .Q8)(branch))
            return undefined;
        await this.ready;
        try {
            const [tip] = await this.git.lsRemote(remote, [`refs/heads/${branch}`]);
            if (tip === undefined)
                this.logger.debug(`branch ${branch} is not on ${remote}`);
            return tip?.sha;
        }
        catch (err) {
            this.logger.debug(`cannot list branch ${branch} of ${remote}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
            return undefined;
        }
    }
    async ensureTag(name) {
        if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isTagName */ .Ij)(name))
            return undefined;
        const local = await this.git.resolveCommit(`refs/tags/${name}`);
        if (local)
            return local;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        await this.ready;
        let listed;
        try {
            listed = await this.git.lsRemote(remote, [`refs/tags/${name}`], { peel: true });
        }
        catch (err) {
            this.logger.debug(`cannot list tag ${name} of ${remote}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
            return undefined;
        }
        const sha = (listed.find((r) => r.ref.endsWith('^{}')) ?? listed[0])?.sha;
        if (sha === undefined)
            return undefined;
        return (await this.ensureCommit(sha)) ? sha : undefined;
    }
    async fetchTags() {
        const remote = await this.remote();
        if (!remote)
            return;
        await this.ready;
        await this.git.exclusive(async () => {
            const depth = (await this.git.isShallow()) ? { depth: 1 } : {};
            await this.git.fetchTags(remote, depth);
        });
    }
    async deepenUntil(refs, found) {
        const first = await found();
        if (first !== undefined)
            return first;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        await this.ready;
        for (const step of DEEPEN_STEPS) {
            if (!(await this.git.isShallow()))
                return found();
            this.logger.info(`deepening the shallow clone by ${step} commits to find the base`);
            const r = await this.git.exclusive(() => this.git.deepen(remote, step, refs));
            if (r.exitCode !== 0) {
                this.logger.debug(`deepen failed: ${r.stderr.trim()}`);
                return undefined;
            }
            const value = await found();
            if (value !== undefined)
                return value;
        }
        return undefined;
    }
}


/***/ }),

/***/ 70286:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readImages),
/* harmony export */   O2: () => (/* binding */ requireImageFor),
/* harmony export */   ng: () => (/* binding */ keyMissProblem),
/* harmony export */   zd: () => (/* binding */ imageFor)
/* harmony export */ });
/* unused harmony export imagesData */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _changes_globs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76770);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);
/* harmony import */ var _overlay_key_path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(12875);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8431);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(98286);
/* harmony import */ var _source_check_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(31513);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(30616);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(22143);









const IMAGE_KEYS = ('name repository context dockerfile paths target build-args platforms key helm-key ' +
    'helm-repository-key value').split(' ');
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const PLATFORM_RE = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/;
const KEY_EXAMPLE = 'e.g. api.image.tag, or spec.template.spec.containers[name=api].image';
function normaliseDir(input, label, value) {
    const v = value.trim().replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');
    if (v === '' || v === '.')
        return '.';
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(v) || v.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${label} "${value}" must be a path inside the workspace`, 'write it relative to the repository root');
    }
    return v;
}
function stringList(where, value) {
    if (value === undefined || value === null)
        return [];
    if (typeof value === 'string')
        return (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .lines */ .Mn)(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
        return value.map(String);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a list of strings`);
}
function buildArgs(where, value) {
    if (value === undefined || value === null)
        return {};
    let entries;
    if (Array.isArray(value)) {
        entries = value.map((v) => {
            const s = typeof v === 'string' ? v : '';
            const eq = s.indexOf('=');
            if (eq <= 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}: ${JSON.stringify(v)} is not KEY=VALUE`);
            return [s.slice(0, eq), s.slice(eq + 1)];
        });
    }
    else if (typeof value === 'object') {
        entries = Object.entries(value);
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a map or a list of KEY=VALUE`);
    }
    const out = {};
    for (const [k, v] of entries) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}: "${k}" is not a valid build-arg name`);
        if (v === null || v === undefined)
            out[k] = '';
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[k] = String(v);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.${k} must be a scalar`);
    }
    return out;
}
function optionalString(where, value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a string`);
    return value.trim();
}
function keyPath(where, value) {
    const problem = (0,_overlay_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .keyPathProblem */ .Q2)(value);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} "${value}" is not a key path: ${problem}`, KEY_EXAMPLE);
    return value;
}
function shape(where, value) {
    if (_types_js__WEBPACK_IMPORTED_MODULE_8__/* .VALUE_SHAPES */ .B.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} "${value}" is not a value shape`, `use one of: ${_types_js__WEBPACK_IMPORTED_MODULE_8__/* .VALUE_SHAPES */ .B.join(', ')}`);
}
function perFile(where, value, check) {
    if (value === undefined || value === null || value === '')
        return {};
    if (typeof value === 'string')
        return { all: check(where, value.trim()) };
    if (typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a string, or a map from overlay path (or glob) to one`, 'e.g. {envs/dev/lambda.tfvars.json: lambda_image_uri, envs/prod/*.tfvars: lambda.image_uri}');
    }
    const byFile = Object.entries(value).map(([raw, v]) => {
        const pattern = raw.trim().replace(/^\.\//, '');
        const problem = pattern.startsWith('!')
            ? 'a per-file pattern cannot be negated'
            : (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .globProblem */ .AI)(pattern);
        if (problem) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}: "${raw}" is not an overlay path or glob: ${problem}`);
        }
        const at = `${where}["${pattern}"]`;
        if (typeof v !== 'string' || v.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${at} must be a string`);
        return { pattern, value: check(at, v.trim()) };
    });
    return { byFile };
}
function settingFor(settings, path) {
    return settings.find((s) => (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlobs */ .tI)([s.pattern])(path))?.value;
}
function imageFor(image, overlayPath) {
    const { keyByFile, valueByFile, ...out } = image;
    if (keyByFile) {
        const key = settingFor(keyByFile, overlayPath);
        if (key === undefined)
            delete out.key;
        else
            out.key = key;
    }
    if (valueByFile)
        out.value = settingFor(valueByFile, overlayPath) ?? 'auto';
    return out;
}
function keyMissProblem(image, overlayPath) {
    if (!image.keyByFile || imageFor(image, overlayPath).key !== undefined)
        return undefined;
    return `image ${image.name} has no key for ${overlayPath}: its key map names ${image.keyByFile.map((s) => s.pattern).join(', ')} — add the file (or a glob that matches it) to the key of ${image.name} in "images"`;
}
function requireImageFor(image, overlayPath) {
    const problem = keyMissProblem(image, overlayPath);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(problem);
    return imageFor(image, overlayPath);
}
function parseImage(raw, registry, workspace) {
    const { where, fields } = raw;
    const inputOf = (field) => raw.flat ? field : 'images';
    for (const key of Object.keys(fields)) {
        if (!IMAGE_KEYS.includes(key)) {
            const hint = (0,_source_check_js__WEBPACK_IMPORTED_MODULE_6__/* .nearest */ .p)(key, IMAGE_KEYS, 3);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} has an unknown key "${key}"`, hint ? `did you mean "${hint}"?` : `allowed keys: ${IMAGE_KEYS.join(', ')}`);
        }
    }
    const name = optionalString(`${where}.name`, fields.name);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} needs a "name" (the image name the overlay uses)`);
    if (!NAME_RE.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.name "${name}" is not a valid image name`);
    const context = normaliseDir(inputOf('context'), `${where}.context`, optionalString(`${where}.context`, fields.context) ?? '.');
    const dockerfileRaw = optionalString(`${where}.dockerfile`, fields.dockerfile);
    const dockerfile = dockerfileRaw
        ? normaliseDir(inputOf('dockerfile'), `${where}.dockerfile`, dockerfileRaw)
        : context === '.'
            ? 'Dockerfile'
            : `${context}/Dockerfile`;
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideWorkspace */ .sv)(workspace, context, inputOf('context'));
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideWorkspace */ .sv)(workspace, dockerfile, inputOf('dockerfile'));
    const paths = (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .checkGlobs */ .EQ)(inputOf('paths'), stringList(`${where}.paths`, fields.paths), workspace, raw.flat ? undefined : `${where}.paths`);
    const repositoryRaw = optionalString(`${where}.repository`, fields.repository) ?? name;
    let repository;
    try {
        repository = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .joinRepository */ .pA)(registry, repositoryRaw);
    }
    catch (err) {
        if (!(err instanceof _reference_js__WEBPACK_IMPORTED_MODULE_5__/* .ReferenceError */ .AF))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.repository "${repositoryRaw}": ${err.reason}`, 'give a repository name without tag or digest');
    }
    if (repository.tag !== undefined || repository.digest !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.repository "${repositoryRaw}" must not carry a tag or digest`);
    }
    const platforms = stringList(`${where}.platforms`, fields.platforms).flatMap((p) => (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(p));
    const badPlatform = platforms.find((p) => !PLATFORM_RE.test(p));
    if (badPlatform !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.platforms: "${badPlatform}" is not os/arch[/variant]`, 'e.g. linux/amd64');
    }
    if (fields.key !== undefined && fields['helm-key'] !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} has both "key" and "helm-key"`, 'they are the same setting (helm-key is the old name); keep "key"');
    }
    const keyField = fields.key === undefined ? 'helm-key' : 'key';
    const key = perFile(`${where}.${keyField}`, fields[keyField], keyPath);
    const value = perFile(`${where}.value`, fields.value, shape);
    const image = {
        name,
        repository,
        context,
        dockerfile,
        paths,
        buildArgs: buildArgs(`${where}.build-args`, fields['build-args']),
        platforms,
        value: value.all ?? 'auto',
    };
    if (registry === undefined && fields.repository === undefined)
        image.defaultRepository = true;
    if (key.all !== undefined)
        image.key = key.all;
    if (key.byFile)
        image.keyByFile = key.byFile;
    if (value.byFile)
        image.valueByFile = value.byFile;
    const repositoryKey = optionalString(`${where}.helm-repository-key`, fields['helm-repository-key']);
    if (repositoryKey !== undefined)
        image.repositoryKey = keyPath(`${where}.helm-repository-key`, repositoryKey);
    const target = optionalString(`${where}.target`, fields.target);
    if (target !== undefined) {
        if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where}.target "${target}" is not a stage name`);
        image.target = target;
    }
    return image;
}
function imageEntries(data) {
    let doc = data;
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'images' in doc)
        doc = doc.images;
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', 'must be a non-empty YAML list of image entries', 'e.g. "- name: api\\n  context: services/api"');
    }
    return doc.map((entry, i) => {
        const where = `images[${i}]`;
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `${where} must be a map with at least "name"`);
        }
        return { where, fields: entry };
    });
}
function imagesData(source, workspace) {
    const data = readYaml('images', source, workspace);
    return data === undefined ? undefined : imageEntries(data).map((r) => ({ ...r.fields }));
}
function readImages(values, registry, workspace) {
    let raws;
    if (values.images !== undefined) {
        if (values.image) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('image', 'cannot be combined with "images"', 'list every image under "images"');
        }
        raws = imageEntries(values.images);
    }
    else if (values.image) {
        const fields = { name: values.image, context: values.context };
        if (values.dockerfile)
            fields.dockerfile = values.dockerfile;
        if (values.paths.length > 0)
            fields.paths = values.paths;
        raws = [{ where: 'image', fields, flat: true }];
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', 'no image configured', 'set "images" (a YAML list) or "image" for a single image');
    }
    const images = raws.map((r) => parseImage(r, registry, workspace));
    const seen = new Set();
    for (const { name } of images) {
        if (seen.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('images', `image name "${name}" appears twice`, 'names must be unique');
        seen.add(name);
    }
    return images;
}


/***/ }),

/***/ 64389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony export OUTPUTS */
const INPUTS = {
    images: {
        kind: 'yaml',
        description: "YAML list of images (inline, or a path to a YAML file in the workspace). Each entry: name, repository, context, dockerfile, paths, target, build-args, platforms, key (alias helm-key), helm-repository-key, value (auto | tag | digest | reference). key and value also take a map from overlay path (or glob) to that file's key path or shape, e.g. key: {envs/dev/lambda.tfvars.json: lambda_image_uri, envs/prod/prod.tfvars: lambda.image_uri}.",
        default: '',
    },
    image: {
        kind: 'text',
        description: 'Single-image shorthand: the image name as overlays know it (also its repository under `registry`).',
        default: '',
    },
    context: {
        kind: 'text',
        description: 'Single-image shorthand: build context directory.',
        default: '.',
    },
    dockerfile: {
        kind: 'text',
        description: 'Single-image shorthand: Dockerfile path (default <context>/Dockerfile).',
        default: '',
    },
    paths: {
        kind: 'globs',
        description: 'Single-image shorthand: globs (one per line) whose changes mean "rebuild this image".',
        default: '',
    },
    registry: {
        kind: 'text',
        pattern: /^[A-Za-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?\/*$/,
        problem: 'is not a registry host with an optional namespace',
        fix: 'e.g. ghcr.io/acme or 123456789012.dkr.ecr.us-east-1.amazonaws.com',
        description: 'Registry (and optional namespace) the image repositories live under, e.g. ghcr.io/acme or localhost:5000.',
        default: '',
    },
    overlay: {
        kind: 'lines',
        description: 'Overlay file(s) that say what the environment runs (kustomization.yaml, Helm values, any YAML, JSON or .tfvars file), one per line.',
        default: '',
    },
    'overlay-format': {
        kind: 'enum',
        values: ['auto', 'kustomize', 'helm', 'yaml', 'json', 'tfvars'],
        description: 'Format of the overlay files (helm is yaml); auto goes by the file name, then the content.',
        default: 'auto',
    },
    'overlay-repository': {
        kind: 'text',
        pattern: /^([A-Za-z0-9-]+\/[A-Za-z0-9._-]+|(https?|ssh|git|file):\/\/\S+|[\w.-]+@[\w.-]+:\S+)$/,
        problem: 'is neither owner/name nor a git URL',
        fix: 'e.g. acme/gitops or https://git.example.com/acme/gitops.git',
        description: 'The overlays live in this repository (owner/name on the same GitHub server, or a git URL); `overlay` paths are relative to it.',
        default: '',
    },
    'overlay-branch': {
        kind: 'text',
        description: 'Branch of overlay-repository to read and write (default: its default branch).',
        default: '',
    },
    'overlay-token': {
        kind: 'secret',
        description: 'Token for overlay-repository (default: github-token).',
        default: '',
    },
    'allow-local-overlay-repository': {
        kind: 'boolean',
        description: 'Allow overlay-repository to be a repository on this machine (a file:// URL or a path). Off by default: a workflow input must not make the action read and push any repository on the runner.',
        default: 'false',
    },
    'create-missing': {
        kind: 'boolean',
        description: 'Add an entry (or key) for an image the overlay does not name yet, instead of failing.',
        default: 'false',
    },
    'from-overlay': {
        kind: 'text',
        description: 'Promotion source overlay (e.g. staging): its refs are verified and written to `overlay`.',
        default: '',
    },
    'deploy-paths': {
        kind: 'globs',
        description: "Globs (one per line) of deploy configuration outside image build contexts: changes there alone never trigger a build (a file docker sends with an image is always that image's code; keep it out with .dockerignore).",
        default: 'k8s/**\ndeploy/**\ninfra/**\nhelm/**',
    },
    'ignore-paths': {
        kind: 'globs',
        description: "Globs (one per line) of files outside image build contexts that never affect a deployment (a file docker sends with an image is always that image's code; keep it out with .dockerignore).",
        default: '**/*.md\ndocs/**\n.github/**',
    },
    mode: {
        kind: 'enum',
        values: ['auto', 'build', 'reuse', 'promote', 'rollback', 'plan'],
        description: 'auto decides per image from state; build, reuse, promote and rollback force one decision; plan decides and outputs a build matrix.',
        default: 'auto',
    },
    'tag-template': {
        kind: 'template',
        of: 'tag',
        immutable: true,
        description: 'Immutable tag for new builds. Tokens: {sha} {sha:N} {branch} {pr} {date} {datetime} {run} {version}.',
        default: 'sha-{sha:7}',
    },
    'pr-tag-template': {
        kind: 'template',
        of: 'tag',
        immutable: true,
        description: 'Tag for pull request preview builds.',
        default: 'pr-{pr}-{sha:7}',
    },
    'extra-tags': {
        kind: 'template',
        of: 'tag',
        list: true,
        description: 'Mutable tags added to builds, one per line: templates with {branch} on every branch push, others (latest) on the default branch only. Never written into an overlay without a digest.',
        default: 'latest',
    },
    'promote-tags': {
        kind: 'template',
        of: 'tag',
        list: true,
        description: 'Tags added in the registry to promoted/released images (e.g. the environment name), one per line. Never written into an overlay.',
        default: '',
    },
    'source-tag': {
        kind: 'template',
        of: 'source',
        description: 'Immutable tag every image image-promote pushes also gets, naming its source: {source:N} is the first N hex of the source key. Empty turns source tags off.',
        default: 'src-{source:16}',
    },
    tag: {
        kind: 'lines',
        description: 'Redeploy: one REF for every image, or NAME=REF lines for some (the others keep running what they run). A REF is a tag (sha-1a2b3c4, v1.2.3), TAG@sha256:<digest>, a digest sha256:<64 hex>, a full reference with a tag and/or digest (ghcr.io/acme/api:v1), or a commit SHA (7-40 lowercase hex: the tag tag-template makes for it). Roll back: previous, previous~N, or NAME=previous. In a matrix build job: the planned tag.',
        default: '',
    },
    'force-build': {
        kind: 'boolean',
        description: 'Build even when no code changed.',
        default: 'false',
    },
    push: { kind: 'boolean', description: 'Push built images (false: build only).', default: 'true' },
    'write-overlay': {
        kind: 'boolean',
        description: 'Write the chosen refs into the overlay file(s).',
        default: 'false',
    },
    'pin-digest': {
        kind: 'boolean',
        description: 'Also write the digest into the overlay.',
        default: 'false',
    },
    commit: {
        kind: 'enum',
        values: ['false', 'local', 'true', 'pull-request'],
        description: 'false leaves the overlay change in the work tree; local commits it without pushing (a later step pushes it); true commits and pushes it (retrying with rebase); pull-request pushes it to pull-request-branch and opens or updates a pull request.',
        default: 'false',
    },
    'pull-request-branch': {
        kind: 'template',
        of: 'branch',
        description: 'Branch name (not a ref) a commit: pull-request change is pushed to. Token: {environment}, as a slug (Production EU → production-eu).',
        default: 'image-promote/{environment}',
    },
    'commit-message': {
        kind: 'template',
        of: 'commit-message',
        description: 'Commit message template. Tokens: {environment} {changes} {image} {from} {to} {sha}.',
        default: 'deploy({environment}): {changes} ({sha}) [skip ci]',
    },
    environment: {
        kind: 'text',
        description: 'Environment name, free text ("Production EU"), used as written in commit messages, the summary, the deploy record (commit trailers) and as the GitHub Deployment\'s environment.',
        default: '',
    },
    'environment-url': {
        kind: 'text',
        pattern: /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/,
        problem: 'is not an http(s) URL without credentials',
        fix: 'e.g. https://shop.example.com',
        description: 'Where the environment is reached (a GitHub Deployment\'s environment URL, shown on the environment page and as "View deployment"), e.g. https://shop.example.com. Needs environment.',
        default: '',
    },
    'github-deployment': {
        kind: 'enum',
        values: ['auto', 'true', 'false'],
        description: "Record each deploy as a GitHub Deployment of `environment` (ref: the commit deployed; statuses in_progress → success or failure, the run as its log, environment-url; the previous deployment marked inactive) and read the newest one back to tell which commit's configuration runs. auto: when environment is set. Needs `permissions: deployments: write`; without it, a warning (the overlay commit's trailers still record the deploy).",
        default: 'auto',
    },
    base: {
        kind: 'text',
        pattern: /^(?!-)[A-Za-z0-9_./~^@{}-]+$/,
        problem: 'is not a git revision',
        fix: 'give a commit SHA, tag or branch',
        description: 'Override the base commit of the change detection.',
        default: '',
    },
    'github-token': {
        kind: 'secret',
        description: 'Token for the GitHub API (change-list fallback, pull requests, deployments) and, by default, for overlay-repository.',
        default: '${{ github.token }}',
    },
    'dry-run': {
        kind: 'boolean',
        description: 'Decide and verify, but build, push and write nothing.',
        default: 'false',
    },
    'insecure-registries': {
        kind: 'list',
        pattern: /^[A-Za-z0-9.-]+(:\d+)?$/,
        problem: 'is not a host[:port]',
        description: 'Registries reached over plain HTTP besides localhost/127.0.0.1, one per line.',
        default: '',
    },
    'allow-tag-overwrite': {
        kind: 'boolean',
        description: 'Allow moving an existing immutable tag to a different digest (refused by default).',
        default: 'false',
    },
    'cache-from': {
        kind: 'lines',
        description: 'buildx --cache-from entries, one per line.',
        default: '',
    },
    'cache-to': {
        kind: 'lines',
        description: 'buildx --cache-to entries, one per line.',
        default: '',
    },
    'matrix-image': {
        kind: 'text',
        description: 'In a matrix build job: build only this image (name from the plan matrix).',
        default: '',
    },
    'from-plan': {
        kind: 'json',
        fix: 'pass the `images` output of the plan job unchanged',
        description: 'The `images` output of an earlier `mode: plan` run: verify those refs exist and apply them instead of deciding again.',
        default: '',
    },
    'max-parallel': {
        kind: 'integer',
        min: 1,
        max: 32,
        description: 'Images built (or promoted, copied and tagged) at the same time.',
        default: '2',
    },
    sign: {
        kind: 'enum',
        values: ['none', 'keyless', 'key'],
        description: "Sign every image this run builds, before any tag an overlay uses is added: a source statement (the image digest, its source key, repository, commit, workflow and run; docs/trust.md) in a Sigstore bundle stored as an OCI referrer of the image. keyless: the workflow's OIDC token (permissions: id-token: write) through Fulcio and Rekor; key: signing-key.",
        default: 'none',
    },
    'signing-key': {
        kind: 'secret',
        description: 'sign: key — the PEM text of an unencrypted EC P-256 private key (PKCS#8, from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`), from a secret. Bundles carry its hint and no log entry (GHES, air-gapped registries).',
        default: '',
    },
    'fulcio-url': {
        kind: 'text',
        pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
        problem: 'is not an http(s) URL without credentials',
        fix: 'e.g. https://fulcio.sigstore.dev',
        description: 'sign: keyless — the Fulcio certificate authority.',
        default: 'https://fulcio.sigstore.dev',
    },
    'rekor-url': {
        kind: 'text',
        pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
        problem: 'is not an http(s) URL without credentials',
        fix: 'e.g. https://rekor.sigstore.dev',
        description: 'sign: keyless — the Rekor transparency log.',
        default: 'https://rekor.sigstore.dev',
    },
    'tsa-url': {
        kind: 'text',
        pattern: /^https?:\/\/[^\s/@]+(\/\S*)?$/,
        problem: 'is not an http(s) URL without credentials',
        fix: 'e.g. https://timestamp.sigstore.dev',
        description: 'sign: keyless — an RFC 3161 timestamp authority to timestamp signatures too (default: none; the Rekor entry carries the time).',
        default: '',
    },
    verify: {
        kind: 'enum',
        values: ['none', 'signature'],
        description: "signature: every image the run would reuse, promote, adopt, roll back to or redeploy must carry a source statement signed under the policy (certificate-identity and certificate-oidc-issuer, or verify-key) whose subject is its digest, and, for reuse, promote and adopt, whose source key is this image's; otherwise the image fails and nothing is written.",
        default: 'none',
    },
    'verify-key': {
        kind: 'document',
        inline: /-----BEGIN /,
        what: 'a PEM file of public keys',
        description: 'verify: signature with key-based signatures — the PEM text of one or more EC P-256 public keys (or the path of such a file in the workspace). When set, only signatures by these keys count.',
        default: '',
    },
    'certificate-identity': {
        kind: 'text',
        description: "verify: signature, keyless — a regular expression the signing certificate's identity must match whole (it is anchored). Default: any workflow of this repository, https://<server>/<owner>/<repo>/.github/workflows/<file>@<ref>.",
        default: '',
    },
    'certificate-oidc-issuer': {
        kind: 'text',
        description: "verify: signature, keyless — the signing certificate's OIDC issuer, exactly.",
        default: 'https://token.actions.githubusercontent.com',
    },
    'trusted-root': {
        kind: 'document',
        inline: /^\s*\{/,
        what: 'a Sigstore trusted_root.json',
        description: 'verify: signature, keyless — the path of a Sigstore trusted_root.json in the workspace (or its text), replacing the pinned public-good root image-promote ships (docs/trust.md says how it is refreshed).',
        default: '',
    },
    'sign-requested': {
        kind: 'boolean',
        cli: true,
        description: "Sign the requested image (the tag input) with the statement of its image's source at the head commit, instead of deploying it (image-promote sign; the command line only).",
        default: 'false',
    },
    'registry-check': {
        kind: 'boolean',
        cli: true,
        description: 'false writes the requested values as given, asking no registry and applying no tag rule (set-image --no-verify; the command line only).',
        default: 'true',
    },
};
const OUTPUTS = {
    decision: 'build | reuse | promote | rollback | skip (the strongest decision over all images), or failed when the run failed.',
    reason: 'One human sentence explaining the decision (on failure: the first failure).',
    tag: 'The tag to deploy (of the first image when images differ).',
    images: 'JSON array, one entry per image: name, repository, ref, tag, digest, source, decision (build | reuse | promote | rollback | skip, or not-attempted for an image the run never decided), reason, status (verified | pushed | built | planned | failed | not-attempted), from, base, and with sign or verify the signature (identity, issuer or keyHint, signedAt, runUrl, workflowRef, repository, commit, sourceKey, referrer; signedNow when this run signed it).',
    digests: 'JSON object: image name → digest.',
    matrix: 'JSON {include:[…]} of the images to build, for a build matrix.',
    base: "The commit the explanation compares with: the one the environment runs, else the event rule's base.",
    head: 'Head commit.',
    'base-rule': 'Which rule chose the base (deployed, push, new-branch, force-push, pull-request, merge-group, previous-tag, input, …).',
    changed: 'code | deploy | ignored | none | unknown: what changed since the commit the environment runs.',
    'overlay-changed': 'true when this run changed (or, in a dry run, would change) an overlay file.',
    'kustomize-args': 'Arguments for `kustomize edit set image`, space separated.',
    'commit-sha': "The commit that holds the overlay change (pushed by this run, or already there); the first overlay repository's.",
    commits: 'JSON object: overlay repository → {commit} or {pullRequest: {number, url}, branch, commit}.',
    'pull-request-number': 'The pull request that carries the overlay change (commit: pull-request).',
    'pull-request-url': 'Its URL.',
};


/***/ }),

/***/ 30616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  EQ: () => (/* binding */ checkGlobs),
  eB: () => (/* binding */ isValidBranchName),
  Mn: () => (/* binding */ lines),
  p_: () => (/* binding */ list),
  Ko: () => (/* binding */ readInputs)
});

// UNUSED EXPORTS: readYaml

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/changes/globs.ts
var globs = __nccwpck_require__(76770);
// EXTERNAL MODULE: ./src/overlay/commit-message.ts
var commit_message = __nccwpck_require__(19153);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __nccwpck_require__(8431);
// EXTERNAL MODULE: ./src/tags/template.ts
var tags_template = __nccwpck_require__(78159);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __nccwpck_require__(64389);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
;// CONCATENATED MODULE: ./src/config/yaml-input.ts



const MAX_INPUT_FILE_BYTES = 1024 * 1024;
function readInputFile(input, file, shown = file, what = 'a regular YAML file') {
    const cannot = (err) => new errors/* InputError */.dz(input, `cannot read ${shown}: ${err.code ?? String(err)}`);
    let info;
    try {
        info = (0,external_node_fs_.statSync)(file);
    }
    catch (err) {
        throw cannot(err);
    }
    if (!info.isFile()) {
        const kind = info.isDirectory()
            ? 'a directory'
            : info.isFIFO()
                ? 'a FIFO'
                : 'not a regular file';
        throw new errors/* InputError */.dz(input, `${shown} is ${kind}`, `name ${what}`);
    }
    if (info.size > MAX_INPUT_FILE_BYTES) {
        throw new errors/* InputError */.dz(input, `${shown} is ${info.size} bytes`, 'an input file is at most 1 MiB');
    }
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw cannot(err);
    }
}
function parseInputYaml(input, text, what) {
    try {
        return (0,dist/* parse */.qg)(text, { maxAliasCount: 100, uniqueKeys: true });
    }
    catch (err) {
        const detail = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
        throw new errors/* InputError */.dz(input, `${what} is not valid YAML: ${detail}`);
    }
}

;// CONCATENATED MODULE: ./src/config/read.ts









function lines(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
function list(value) {
    return lines(value).flatMap((l) => l
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean));
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function checkGlobs(input, patterns, workspace, label) {
    const where = label ? `${label}: ` : '';
    for (const p of patterns) {
        const problem = (0,globs/* globProblem */.AI)(p);
        if (problem)
            throw new errors/* InputError */.dz(input, `${where}invalid glob "${p}": ${problem}`);
        const body = p.startsWith('!') ? p.slice(1) : p;
        if (!/[*?[\]{}()!+@\\]/.test(body) && isDirectory((0,external_node_path_.join)(workspace, body))) {
            throw new errors/* InputError */.dz(input, `${where}"${p}" is a directory and matches nothing inside it`, `write "${p}/**"`);
        }
    }
    return patterns;
}
function checkTagTemplate(name, template, immutable = false) {
    let tokens;
    try {
        tokens = (0,tags_template/* parseTemplate */.QC)(template).flatMap((p) => ('token' in p ? [p] : []));
    }
    catch (err) {
        if (err instanceof tags_template/* TemplateError */.$w)
            throw new errors/* InputError */.dz(name, err.message);
        throw err;
    }
    const source = name === 'source-tag';
    const other = tokens.find((p) => (p.token === 'source') !== source);
    if (other && !source) {
        throw new errors/* InputError */.dz(name, '{source} is only for source-tag', 'use {sha:7} to name the commit');
    }
    if (other) {
        throw new errors/* InputError */.dz(name, `{${other.token}} would give one source several tags`, 'use only {source:N} and literal text');
    }
    if (source && !tokens.some((p) => (p.length ?? 64) >= 12)) {
        throw new errors/* InputError */.dz(name, `"${template}" does not name the source with at least 12 hex characters`, 'include {source:16} (or {source}), or set it empty to turn source tags off');
    }
    if (immutable && !(0,tags_template/* isImmutableTemplate */.pe)(template)) {
        throw new errors/* InputError */.dz(name, `"${template}" gives the same tag to different builds`, 'include {sha:7} (or {sha}, {version}, {run}, {datetime}) so every build gets its own immutable tag');
    }
    return template;
}
function isValidBranchName(name) {
    return (/^[A-Za-z0-9._/-]+$/.test(name) &&
        !name.startsWith('-') &&
        !name.startsWith('/') &&
        !name.endsWith('/') &&
        !name.endsWith('.') &&
        !name.endsWith('.lock') &&
        !name.includes('..') &&
        !name.includes('//') &&
        !name.split('/').some((part) => part.startsWith('.')));
}
function checkBranchTemplate(name, value) {
    const unknown = /\{(?!environment\})[^}]*\}?/.exec(value);
    if (unknown) {
        throw new errors/* InputError */.dz(name, `"${value}" has an unknown token ${unknown[0]}`, 'the only token is {environment}');
    }
    if (value.startsWith('refs/')) {
        throw new errors/* InputError */.dz(name, `"${value}" is a ref, not a branch name`, `give the branch name, e.g. ${value.replace(/^refs\/(heads\/)?/, '') || 'main'}`);
    }
    if (!isValidBranchName(value.replace(/\{environment\}/g, 'env'))) {
        throw new errors/* InputError */.dz(name, `"${value}" is not a valid branch name`, 'use letters, digits, "/", "-", "_" and "."');
    }
    return value;
}
function readYaml(name, source, workspace) {
    const data = source.structured?.(name);
    if (data !== undefined)
        return data;
    const raw = source.get(name);
    const single = raw.trim();
    if (single === '')
        return undefined;
    const file = !single.includes('\n') && /\.ya?ml$/i.test(single) && !single.startsWith('-');
    const text = file
        ? readInputFile(name, (0,paths/* resolveInsideWorkspace */.sv)(workspace, single, name), single)
        : raw;
    return parseInputYaml(name, text, 'the list');
}
function readInput(name, spec, source, workspace) {
    if (spec.kind === 'yaml')
        return readYaml(name, source, workspace);
    const raw = source.get(name);
    const keepsEmpty = spec.kind === 'lines' ||
        spec.kind === 'list' ||
        spec.kind === 'globs' ||
        spec.kind === 'secret' ||
        (spec.kind === 'template' && (spec.of === 'source' || (spec.of === 'tag' && spec.list)));
    const text = raw.trim() === '' && !keepsEmpty ? spec.default : raw;
    const value = text.trim();
    switch (spec.kind) {
        case 'boolean': {
            const v = value.toLowerCase();
            if (v === 'true' || v === 'false')
                return v === 'true';
            throw new errors/* InputError */.dz(name, `"${value}" is not a boolean`, 'use true or false');
        }
        case 'enum': {
            const v = value.toLowerCase();
            if (spec.values.includes(v))
                return v;
            throw new errors/* InputError */.dz(name, `"${value}" is not allowed`, `use one of: ${spec.values.join(', ')}`);
        }
        case 'integer': {
            const n = Number(value);
            if (/^\d+$/.test(value) && n >= spec.min && n <= spec.max)
                return n;
            throw new errors/* InputError */.dz(name, `"${value}" is not a whole number from ${spec.min} to ${spec.max}`);
        }
        case 'text':
            if (/[\r\n]/.test(value))
                throw new errors/* InputError */.dz(name, 'must be one line', 'remove the line breaks');
            if (value !== '' && spec.pattern && !spec.pattern.test(value)) {
                throw new errors/* InputError */.dz(name, `"${value}" ${spec.problem ?? 'is not valid'}`, spec.fix);
            }
            return value === '' ? undefined : value;
        case 'secret':
            return value === '' ? undefined : value;
        case 'document': {
            if (value === '')
                return undefined;
            if (spec.inline.test(value))
                return value;
            if (/[\r\n]/.test(value)) {
                throw new errors/* InputError */.dz(name, `is neither ${spec.what} nor the path of one`);
            }
            const file = (0,paths/* resolveInsideWorkspace */.sv)(workspace, value, name);
            return readInputFile(name, file, value, spec.what).trim();
        }
        case 'lines':
            return lines(text);
        case 'globs':
            return checkGlobs(name, lines(text), workspace);
        case 'list': {
            const items = list(text);
            const bad = items.find((i) => spec.pattern && !spec.pattern.test(i));
            if (bad !== undefined)
                throw new errors/* InputError */.dz(name, `"${bad}" ${spec.problem ?? 'is not valid'}`);
            return items;
        }
        case 'json':
            if (value === '')
                return undefined;
            try {
                return JSON.parse(value);
            }
            catch {
                throw new errors/* InputError */.dz(name, 'is not JSON', spec.fix);
            }
        case 'template':
            switch (spec.of) {
                case 'tag':
                    return spec.list
                        ? list(text).map((t) => checkTagTemplate(name, t))
                        : checkTagTemplate(name, value, spec.immutable);
                case 'source':
                    return value === '' ? undefined : checkTagTemplate(name, value);
                case 'commit-message':
                    (0,commit_message/* checkCommitTemplate */.cD)(value, name);
                    return value;
                case 'branch':
                    return checkBranchTemplate(name, value);
            }
    }
}
function readInputs(source, workspace) {
    const values = {};
    for (const [name, spec] of Object.entries(inputs/* INPUTS */.m)) {
        values[name] = readInput(name, spec, source, workspace);
    }
    return values;
}


/***/ }),

/***/ 41803:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qe: () => (/* binding */ parseTagInput),
  KI: () => (/* binding */ plainTagOf),
  oH: () => (/* binding */ requestedRef)
});

// UNUSED EXPORTS: parseRequestedRef

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __nccwpck_require__(98286);
;// CONCATENATED MODULE: ./src/overlay/set-image-args.ts

const KEEP = '*';
const SET_IMAGE_FORMS = (/* unused pure expression or super */ null && ([
    '<image>=<newimage>:<newtag>@<digest>',
    '<image>=<newimage>:<newtag>',
    '<image>=<newimage>@<digest>',
    '<image>=<newimage>',
    '<image>:<newtag>@<digest>',
    '<image>:<newtag>',
    '<image>@<digest>',
]));
class SetImageArgError extends Error {
    arg;
    reason;
    name = 'SetImageArgError';
    constructor(arg, reason) {
        super(`invalid image argument "${arg}": ${reason}`);
        this.arg = arg;
        this.reason = reason;
    }
}
function splitImage(value) {
    const slash = value.indexOf('/');
    const offset = slash > 0 ? slash : 0;
    const at = value.indexOf('@', offset);
    const colon = value.indexOf(':', offset);
    const hasTag = colon >= 0 && (at < 0 || colon < at);
    const nameEnd = hasTag ? colon : at;
    if (nameEnd < 0)
        return { name: value };
    return {
        name: value.slice(0, nameEnd),
        ...(hasTag ? { tag: value.slice(colon + 1, at < 0 ? value.length : at) } : {}),
        ...(at >= 0 ? { digest: value.slice(at + 1) } : {}),
    };
}
function change(arg, part, value, problem) {
    if (value === undefined || value === '')
        return 'remove';
    if (value === KEEP)
        return 'keep';
    const issue = problem(value);
    if (issue)
        throw new SetImageArgError(arg, `${part} "${value}": ${issue}`);
    return { set: value };
}
function repositoryProblem(value) {
    try {
        parseRepositoryName(value);
        return undefined;
    }
    catch (err) {
        if (err instanceof ReferenceError)
            return err.reason;
        throw err;
    }
}
function parseSetImageArg(arg) {
    const eq = arg.indexOf('=');
    const key = eq === -1 ? undefined : arg.slice(0, eq);
    const value = eq === -1 ? arg : arg.slice(eq + 1);
    const parts = splitImage(value);
    if (key === undefined && parts.tag === undefined && parts.digest === undefined) {
        throw new SetImageArgError(arg, `it sets nothing; use one of:\n  ${SET_IMAGE_FORMS.join('\n  ')}`);
    }
    const name = key ?? parts.name;
    if (name === '' || name === KEEP)
        throw new SetImageArgError(arg, 'the image name is missing');
    const nameIssue = repositoryProblem(name);
    if (nameIssue)
        throw new SetImageArgError(arg, `image name "${name}": ${nameIssue}`);
    return {
        name,
        patch: {
            newName: change(arg, 'new name', key === undefined ? undefined : parts.name, repositoryProblem),
            newTag: change(arg, 'tag', parts.tag, tagProblem),
            digest: change(arg, 'digest', parts.digest, digestProblem),
        },
    };
}
function parseSetImageArgs(args) {
    const byName = new Map();
    for (const arg of args) {
        const parsed = parseSetImageArg(arg);
        byName.delete(parsed.name);
        byName.set(parsed.name, parsed);
    }
    return [...byName.values()];
}

// EXTERNAL MODULE: ./src/source/check.ts
var check = __nccwpck_require__(31513);
;// CONCATENATED MODULE: ./src/config/tag-input.ts




const SHA_RE = /^[0-9a-f]{7,40}$/;
function withKeep(text) {
    const parts = splitImage(text);
    const keep = {};
    if (parts.tag === '*')
        keep.tag = true;
    if (parts.digest === '*')
        keep.digest = true;
    const tag = parts.tag === '*' ? undefined : parts.tag;
    const digest = parts.digest === '*' ? undefined : parts.digest;
    if (parts.name !== '*' && (parts.name.includes('*') || !parts.name.includes('/'))) {
        return { problem: `"${parts.name}" is not a repository: * stands for a whole part` };
    }
    if ([tag, digest].some((p) => p?.includes('*'))) {
        return { problem: '* stands for a whole part (repository, tag or digest)' };
    }
    const given = (parts.name === '*' ? '' : parts.name) +
        (tag !== undefined ? `${parts.name === '*' ? '' : ':'}${tag}` : '') +
        (digest !== undefined ? `@${digest}` : '');
    const body = parts.name === '*' && tag === undefined && digest !== undefined ? digest : given;
    if (body === '' && !keep.tag && !keep.digest) {
        return { problem: 'it names neither a tag nor a digest' };
    }
    const parsed = body === '' ? { ref: {} } : parseRequestedRef(body, { keeps: true });
    if ('problem' in parsed)
        return parsed;
    return { ref: { ...parsed.ref, keep } };
}
function parseRequestedRef(text, options = {}) {
    const bad = (problem) => ({ problem });
    if (text === '')
        return bad('the reference is empty');
    if (text.includes('*') && !options.keeps)
        return withKeep(text);
    if (SHA_RE.test(text))
        return { ref: { commit: text } };
    if (text.includes('/')) {
        const parsed = (0,reference/* tryParseReference */.WF)(text);
        if (!parsed.ok)
            return bad(`not a valid image reference: ${parsed.reason}`);
        const { tag, digest } = parsed.ref;
        if (tag === undefined && digest === undefined && !options.keeps) {
            return bad('a full reference needs a tag or a digest (:tag, @sha256:...)');
        }
        const ref = { repository: (0,reference/* withTagAndDigest */.gh)(parsed.ref) };
        if (tag !== undefined)
            ref.tag = tag;
        if (digest !== undefined)
            ref.digest = digest;
        return { ref };
    }
    const at = text.indexOf('@');
    if (at === -1 && /^[a-z0-9]+([+._-][a-z0-9]+)*:/.test(text)) {
        const issue = (0,reference/* digestProblem */.WQ)(text);
        if (!issue)
            return { ref: { digest: text } };
        if (/^sha\d+:/.test(text))
            return bad(`not a valid digest: ${issue}`);
        return bad(`a tag cannot contain ":"; a full reference needs its repository path (docker.io/library/${text})`);
    }
    const tag = at === -1 ? text : text.slice(0, at);
    const tagIssue = (0,reference/* tagProblem */.qH)(tag);
    if (tagIssue)
        return bad(`"${tag}" is not a valid tag: ${tagIssue}`);
    if (at === -1)
        return { ref: { tag } };
    const digest = text.slice(at + 1);
    const digestIssue = (0,reference/* digestProblem */.WQ)(digest);
    if (digestIssue)
        return bad(`"${digest}" is not a valid digest: ${digestIssue}`);
    return { ref: { tag, digest } };
}
function parsePrevious(value) {
    const m = /^previous(?:~(\d+))?$/.exec(value);
    if (!m)
        return undefined;
    const steps = m[1] === undefined ? 1 : Number(m[1]);
    if (!Number.isSafeInteger(steps) || steps < 1 || steps > 50) {
        throw new errors/* InputError */.dz('tag', `"${value}": N in previous~N goes from 1 to 50`);
    }
    return steps;
}
function parseTagInput(entries, images) {
    if (entries.length === 0)
        return undefined;
    const names = images.map((i) => i.name);
    const byName = new Map();
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const name = eq === -1 ? undefined : entry.slice(0, eq).trim();
        if (name !== undefined && !names.includes(name)) {
            const hint = (0,check/* nearest */.p)(name, names, 3);
            throw new errors/* InputError */.dz('tag', `"${entry}" names the image "${name}", which is not configured`, `the configured images are: ${names.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`);
        }
        if (byName.has(name)) {
            throw new errors/* InputError */.dz('tag', name === undefined ? 'gives more than one REF for every image' : `"${name}" is named twice`, 'give one REF, or NAME=REF lines (one per image)');
        }
        byName.set(name, { entry, value: (eq === -1 ? entry : entry.slice(eq + 1)).trim() });
    }
    const previous = [...byName.values()].map((e) => parsePrevious(e.value));
    if (previous.some((p) => p !== undefined)) {
        if (previous.some((p) => p === undefined)) {
            throw new errors/* InputError */.dz('tag', 'mixes "previous" with tags', 'roll back (previous) and redeploy (tags) in separate runs');
        }
        if (new Set(previous).size > 1)
            throw new errors/* InputError */.dz('tag', 'asks for different previous~N steps', 'use one N');
        const request = { kind: 'previous', steps: previous[0] ?? 1 };
        if (!byName.has(undefined))
            request.images = [...byName.keys()];
        return request;
    }
    const request = { kind: 'refs', byImage: {} };
    for (const [name, { entry, value: line }] of byName) {
        const [value = '', as, extra] = line.split(/\s*->\s*/);
        if (extra !== undefined || (as !== undefined && (0,reference/* tagProblem */.qH)(as) !== undefined)) {
            throw new errors/* InputError */.dz('tag', `"${entry}": after "->" comes the one tag the image gets in its repository${as !== undefined && (0,reference/* tagProblem */.qH)(as) ? ` ("${as}": ${(0,reference/* tagProblem */.qH)(as) ?? ''})` : ''}`, 'e.g. api=ghcr.io/acme/staging-api:v1.2.3 -> v1.2.3');
        }
        const parsed = parseRequestedRef(value);
        if ('problem' in parsed) {
            throw new errors/* InputError */.dz('tag', `"${entry}": ${parsed.problem}`, 'give a tag such as sha-1a2b3c4, a digest, a full reference, a commit SHA, NAME=REF lines, or "previous" to roll back');
        }
        const ref = as === undefined ? parsed.ref : { ...parsed.ref, as };
        if (name === undefined)
            request.all = ref;
        else
            request.byImage[name] = ref;
    }
    return request;
}
function requestedRef(request, name) {
    return request?.kind === 'refs' ? (request.byImage[name] ?? request.all) : undefined;
}
function plainTagOf(ref) {
    return ref && ref.digest === undefined && ref.repository === undefined && ref.commit === undefined
        ? ref.tag
        : undefined;
}


/***/ }),

/***/ 22143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ VALUE_SHAPES),
/* harmony export */   Y: () => (/* binding */ DECISIONS)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(64389);

const VALUE_SHAPES = ['auto', 'tag', 'digest', 'reference'];
const DECISIONS = ['build', 'reuse', 'promote', 'rollback', 'skip'];


/***/ }),

/***/ 71896:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   SI: () => (/* binding */ writesOverlays),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   bp: () => (/* binding */ describeValue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _tags_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(27251);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90652);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3171);




function describeValue(value) {
    if (!value)
        return 'nothing';
    const ref = value.tag ?? (value.digest ? `@${value.digest.slice(0, 19)}…` : undefined);
    return ref ?? value.repository ?? 'nothing';
}
function short(digest) {
    return digest.slice(0, 19);
}
function running(f, image) {
    const commit = f.deployed?.commit ? `, built from ${f.deployed.commit.sha.slice(0, 7)}` : '';
    return `${describeValue(f.deployed?.value)} (${short(image.digest)}…${commit})`;
}
function origin(image) {
    const built = image.revision ? `, built from ${image.revision.slice(0, 7)}` : '';
    return `${image.tag} (${short(image.digest)}…${built})`;
}
function fail(f, name, reason, error) {
    return { kind: 'fail', name, image: f.image, reason, error };
}
function gated(f, ctx, d, need) {
    return (0,_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .trusted */ .IZ)(f, ctx.facts, ctx.config, d, need);
}
function lookupError(lookup) {
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(lookup) ? lookup.problem : undefined;
}
function explanation(f) {
    const { change, rule } = f.comparison;
    const since = rule === 'deployed' ? ` since the deployed ${describeValue(f.deployed?.value)}` : '';
    const example = change.example ? ` (e.g. ${change.example})` : '';
    if (change.untrusted !== undefined)
        return `the change list is unknown (${change.untrusted})`;
    switch (change.kind) {
        case 'code':
            return `code of ${f.image.name} changed${since}${example}`;
        case 'deploy':
            return `only deploy config changed${since}${example}`;
        case 'ignored':
            return `only ignored files changed${since}${example}`;
        case 'none':
            return `nothing that affects ${f.image.name} changed${since}`;
    }
}
function decide(input) {
    const ctx = {
        ...input,
        extra: input.policy.extra.map((tag) => ({ tag, mutable: true })),
    };
    const decisions = input.facts.images.map((f) => {
        try {
            return decideImage(f, ctx);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
                throw err;
            return fail(f, 'skip', 'cannot be decided for this run', (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err));
        }
    });
    return sharedValues(decisions, input);
}
function writesOverlays(config) {
    return (config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan';
}
function decideImage(f, ctx) {
    const { config, trigger } = ctx;
    if (f.planned)
        return fromPlan(f, ctx);
    if (!config.registryCheck)
        return unverified(f);
    switch (config.mode) {
        case 'build':
            return buildMode(f, ctx);
        case 'reuse':
            return reuseMode(f, ctx);
        case 'promote':
            return promoteMode(f, ctx);
        case 'rollback':
            return rollback(f, ctx);
        case 'auto':
        case 'plan':
            break;
    }
    if (trigger.deleted) {
        const why = trigger.kind === 'release'
            ? `the release ${trigger.tagName ?? ''} was not published by this event (edited, deleted or unpublished); nothing to deploy`
            : `the push deleted ${trigger.ref ?? 'the ref'}; nothing to deploy`;
        return keepDeployed(f, 'skip', why);
    }
    const request = config.tag;
    if (request?.kind === 'previous')
        return rollback(f, ctx);
    if (request?.kind === 'refs') {
        if (!f.requested) {
            return keepDeployed(f, 'skip', `not named in the tag input; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}`);
        }
        return redeploy(f, f.requested, ctx);
    }
    if (trigger.kind === 'tag' || trigger.kind === 'release')
        return release(f, ctx);
    return bySource(f, ctx);
}
function unverified(f) {
    const requested = f.requested;
    if (!requested) {
        return {
            kind: 'keep-unverified',
            image: f.image,
            reason: `not named; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}`,
        };
    }
    return {
        kind: 'write-unverified',
        image: f.image,
        reason: `setting ${describeRequested(f, requested)} as given, without asking the registry`,
        write: {
            repository: requested.repository,
            ...(requested.tag ? { tag: requested.tag } : {}),
            ...(requested.digest ? { digest: requested.digest } : {}),
        },
    };
}
function keepDeployed(f, name, reason) {
    const deployed = f.deployed;
    if (!deployed)
        return { kind: 'keep-unverified', image: f.image, reason };
    const problem = lookupError(deployed.image);
    if (problem)
        return fail(f, name, reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(deployed.image);
    if (!image) {
        return fail(f, name, reason, `the overlay ${deployed.overlay} runs ${describeValue(deployed.value)}, which is not in ${deployed.repository.name}`);
    }
    return { kind: 'keep', name, image: f.image, reason, target: image };
}
function keepName(f) {
    const config = f.record?.config;
    if (config)
        return config.decision;
    return f.comparison.change.kind === 'deploy' || f.comparison.note ? 'reuse' : 'skip';
}
function configNote(f) {
    return f.record?.config ? `; ${f.record.config.reason}` : '';
}
function keepHeld(f, hold) {
    const reason = `${hold.reason}; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}${configNote(f)}`;
    const d = keepDeployed(f, keepName(f), reason);
    return d.kind === 'keep' ? { ...d, held: hold.origin } : d;
}
function envTags(ctx) {
    const { config, trigger, policy } = ctx;
    if (!writesOverlays(config) || trigger.pullRequest)
        return [];
    return policy.env().map((tag) => ({ tag, mutable: true }));
}
function bySource(f, ctx) {
    const { config, policy } = ctx;
    const hold = f.record?.hold;
    if (hold)
        return keepHeld(f, hold);
    const why = explanation(f);
    if (config.forceBuild)
        return build(f, ctx, `force-build is set (${why})`);
    if ('problem' in f.source) {
        return fail(f, 'build', `cannot tell what ${f.image.name} is built from`, f.source.problem);
    }
    const key = f.source.key;
    const sourceProblem = lookupError(f.sourceImage);
    if (sourceProblem) {
        return fail(f, 'build', `cannot tell whether an image of this source exists`, sourceProblem);
    }
    const source = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.sourceImage);
    const deployed = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.deployed?.image);
    if (source && deployed?.digest === source.digest) {
        const name = keepName(f);
        const keep = {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the environment already runs ${running(f, deployed)}, an image of this source${configNote(f)}`,
            target: deployed,
        };
        return gated(f, ctx, keep, 'source');
    }
    if (source && deployed && f.deployed?.sourceKey === key) {
        const keep = {
            kind: 'keep',
            name: keepName(f),
            image: f.image,
            reason: `${why}; the environment already runs ${running(f, deployed)}, built from this source${configNote(f)}`,
            target: deployed,
        };
        return gated(f, ctx, keep, 'source');
    }
    const primary = policy.primary();
    if (source) {
        const promoted = promote(f, ctx, source, primary, `${why}; an image of this source exists: ${origin(source)}`);
        return gated(f, ctx, promoted, 'source');
    }
    const sourceTag = policy.sourceTag(key);
    const adopted = adoption(f, key);
    if (adopted) {
        const name = keepName(f);
        const keep = {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the deployed ${running(f, adopted)} was built from the same source before it had a source tag of this key version, so it is reused${sourceTag ? ` and gets ${sourceTag}` : ''}${configNote(f)}`,
            target: adopted,
            ...(sourceTag ? { adopt: sourceTag } : {}),
        };
        return gated(f, ctx, keep, 'source');
    }
    return build(f, ctx, `${why}; ${firstDeployNote(f) ?? 'no image of this source exists'}`);
}
function adoption(f, key) {
    const deployed = f.deployed;
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(deployed?.image);
    if (!deployed || !image || deployed.sourceKey !== key)
        return undefined;
    return image;
}
function firstDeployNote(f) {
    const deployed = f.deployed;
    if (!deployed)
        return undefined;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(deployed.image))
        return undefined;
    if (deployed.value.tag === undefined && deployed.value.digest === undefined) {
        return `first deploy: ${deployed.overlay} names no image for ${f.image.name} yet, so the first build fills it in`;
    }
    return `first deploy: the overlay's ${describeValue(deployed.value)} is not an image in ${deployed.repository.name}, so the first build replaces it`;
}
function build(f, ctx, reason, later = ctx.extra, { tag: primary, image: primaryImage } = primaryOf(f, ctx)) {
    const { policy } = ctx;
    const existing = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(primaryImage);
    if (existing) {
        const rerun = {
            kind: 'tag',
            name: 'build',
            image: f.image,
            reason: `${reason} (${primary} was already built by an earlier run; not rebuilt)`,
            target: existing,
            addTags: sourceTagToAdd(f, policy),
            laterTags: later,
            write: { tag: primary },
        };
        return gated(f, ctx, rerun, 'source');
    }
    return {
        kind: 'build',
        image: f.image,
        reason,
        pushTags: [primary, ...sourceTagToAdd(f, policy)],
        laterTags: later,
        write: { tag: primary },
    };
}
function primaryOf(f, ctx) {
    const tag = f.primary ?? ctx.policy.primary();
    return { tag, image: f.tagged.get(tag) };
}
function sourceTagToAdd(f, policy) {
    if ('problem' in f.source || (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.sourceImage) || (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(f.sourceImage))
        return [];
    const tag = policy.sourceTag(f.source.key);
    return tag ? [tag] : [];
}
function promote(f, ctx, source, tag, reason) {
    const existing = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.tagged.get(tag));
    if (existing && existing.digest !== source.digest) {
        return fail(f, 'promote', reason, `${tag} already names another image (${short(existing.digest)}…) in ${existing.repository.name}; tags are never moved`);
    }
    return {
        kind: 'tag',
        name: 'promote',
        image: f.image,
        reason,
        target: source,
        addTags: [tag],
        laterTags: ctx.extra,
        write: { tag },
    };
}
function release(f, ctx) {
    const { facts, policy, trigger } = ctx;
    const name = trigger.tagName ?? 'the release';
    if (facts.gate && !facts.gate.ok)
        return fail(f, 'promote', `release ${name}`, facts.gate.reason);
    const tag = policy.release;
    if (tag === undefined) {
        return fail(f, 'promote', `release ${name}`, `the git tag "${name}" gives no usable registry tag`);
    }
    const later = [
        { tag, mutable: false },
        ...policy.env().map((t) => ({ tag: t, mutable: true })),
    ];
    const releaseImage = f.tagged.get(tag);
    const releaseProblem = lookupError(releaseImage);
    if (releaseProblem)
        return fail(f, 'promote', `release ${name}`, releaseProblem);
    if (ctx.config.forceBuild)
        return releaseBuild(f, ctx, `release ${name}: force-build is set`, later);
    if ('problem' in f.source)
        return fail(f, 'promote', `release ${name}`, f.source.problem);
    const sourceProblem = lookupError(f.sourceImage);
    if (sourceProblem)
        return fail(f, 'promote', `release ${name}`, sourceProblem);
    const source = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.sourceImage) ?? adoption(f, f.source.key);
    if (source) {
        const existing = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(releaseImage);
        if (existing && existing.digest !== source.digest) {
            return fail(f, 'promote', `release ${name}`, `${tag} already names another image (${short(existing.digest)}…) in ${existing.repository.name}; release tags are never moved`);
        }
        const adopt = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.sourceImage) ? [] : sourceTagToAdd(f, policy);
        const promoted = {
            kind: 'tag',
            name: 'promote',
            image: f.image,
            reason: `release ${name}: promoting the image of ${trigger.head.slice(0, 7)}'s source, ${origin(source)}, without rebuilding`,
            target: source,
            addTags: adopt,
            laterTags: later,
            write: { tag },
        };
        return gated(f, ctx, promoted, 'source');
    }
    return releaseBuild(f, ctx, `release ${name}: no image of ${trigger.head.slice(0, 7)}'s source exists, so building it once`, later);
}
function releaseBuild(f, ctx, reason, later) {
    const decision = build(f, ctx, reason, later);
    const tag = later[0]?.tag;
    if (!tag || (decision.kind !== 'build' && decision.kind !== 'tag'))
        return decision;
    return { ...decision, write: { tag } };
}
function redeploy(f, requested, ctx) {
    const reason = `redeploying the requested ${describeRequested(f, requested)} (was ${describeValue(f.deployed?.value)})`;
    const image = requestedImage(f, requested, 'reuse', reason);
    if ('kind' in image)
        return image;
    const written = pinnedWrite(f, ctx, 'reuse', reason, image, [], envTags(ctx), undefined, requested.digest !== undefined);
    return gated(f, ctx, written, 'digest');
}
function describeRequested(f, r) {
    const at = r.digest ? `@${short(r.digest)}…` : '';
    const ref = `${r.tag ?? ''}${at}`;
    return r.repository.name === f.image.repository.name ? ref : `${r.repository.name}:${ref}`;
}
function requestedImage(f, requested, name, reason) {
    const problem = lookupError(requested.image);
    if (problem)
        return fail(f, name, reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(requested.image);
    if (image && requested.tag && requested.digest && image.tagDigest !== requested.digest) {
        return fail(f, name, reason, `${requested.repository.name}:${requested.tag} ${image.tagDigest ? `is ${image.tagDigest}` : 'does not exist'}, not the digest given (${requested.digest})`);
    }
    if (image)
        return image;
    const what = `${requested.repository.name}${requested.tag ? `:${requested.tag}` : ''}${requested.digest ? `@${requested.digest}` : ''}`;
    return fail(f, name, reason, `${what} does not exist in registry ${requested.repository.domain} (no such tag, digest or repository); nothing was built — check the reference, or name only the images that have it (${f.image.name}=…, one per image)`);
}
function pinnedWrite(f, ctx, name, reason, image, addTags = [], later = [], copyFrom, given = false) {
    const decision = (write) => ({
        kind: 'tag',
        name,
        image: f.image,
        reason,
        target: image,
        addTags,
        laterTags: later,
        write,
        ...(copyFrom ? { copyFrom: copyFrom.repository } : {}),
    });
    if (!image.tag)
        return decision({ digest: image.digest });
    const mutable = ctx.policy.mutableReason(image.tag);
    if (mutable && !ctx.config.pinDigest && !given) {
        return fail(f, name, reason, (0,_tags_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .mutableTagRefusal */ .xo)(mutable, `set pin-digest: true to write it with its digest ${short(image.digest)}…, or give an immutable tag`));
    }
    if (mutable || given)
        return decision({ tag: image.tag, digest: image.digest });
    if (image.tagDigest !== image.digest) {
        return fail(f, name, reason, `${image.repository.name}:${image.tag} ${image.tagDigest ? `now points to ${image.tagDigest}` : 'no longer exists'}, not to the pinned ${image.digest}; tags are never moved back — deploy the digest or a tag that names it`);
    }
    return decision({ tag: image.tag });
}
function rollback(f, ctx) {
    const request = ctx.config.tag;
    const steps = request?.kind === 'previous' ? request.steps : 1;
    const rb = f.rollback;
    const from = describeValue(f.deployed?.value);
    if (!rb) {
        return keepDeployed(f, 'skip', `not rolled back; ${f.image.name} keeps running ${from}`);
    }
    const back = steps === 1 ? 'the previous deploy' : `${steps} deploys back`;
    if (!rb.target) {
        return fail(f, 'rollback', `rolling ${f.image.name} back from ${from} to ${back}`, rb.problem ?? 'no earlier deployed value exists');
    }
    const { image, commit, skipped } = rb.target;
    const skippedNote = skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : '';
    const written = pinnedWrite(f, ctx, 'rollback', `rolling ${f.image.name} back from ${from} to ${describeValue(rb.target.value)}, deployed by ${commit.slice(0, 7)}${skippedNote}`, image, [], envTags(ctx));
    return gated(f, ctx, written, 'digest');
}
function buildMode(f, ctx) {
    const planned = f.requested?.tag;
    const reason = ctx.config.matrixImage
        ? `matrix build of ${f.image.name}`
        : 'mode "build" builds every image';
    if (planned === undefined)
        return build(f, ctx, reason);
    const requested = f.requested?.image;
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(requested))
        return fail(f, 'build', reason, requested.problem);
    return build(f, ctx, reason, ctx.extra, { tag: planned, image: requested });
}
function reuseMode(f, ctx) {
    if (f.requested)
        return redeploy(f, f.requested, ctx);
    if (!f.deployed) {
        return fail(f, 'reuse', 'mode "reuse"', `the overlay has no value for ${f.image.name} and no tag was given`);
    }
    const kept = keepDeployed(f, 'reuse', `mode "reuse": ${f.image.name} keeps running ${describeValue(f.deployed.value)}`);
    return gated(f, ctx, kept, 'digest');
}
function promoteMode(f, ctx) {
    const { facts, policy } = ctx;
    const env = policy.env().map((t) => ({ tag: t, mutable: true }));
    if (facts.gate && !facts.gate.ok)
        return fail(f, 'promote', 'promotion', facts.gate.reason);
    if (f.requested) {
        const reason = `promoting the requested ${describeRequested(f, f.requested)}`;
        const image = requestedImage(f, f.requested, 'promote', reason);
        if ('kind' in image)
            return image;
        return gated(f, ctx, promoteInto(f, ctx, image, reason, env, f.requested.as), 'digest');
    }
    const source = f.promoteSource;
    if (!source) {
        return keepDeployed(f, 'skip', `the source overlay does not run ${f.image.name}; it keeps running ${describeValue(f.deployed?.value)}`);
    }
    const reason = `promoting ${describeValue(source.value)} from ${source.overlay}`;
    const problem = lookupError(source.image);
    if (problem)
        return fail(f, 'promote', reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(source.image);
    if (!image) {
        return fail(f, 'promote', reason, `${source.repository.name}:${describeValue(source.value)} is not in the registry`);
    }
    if (source.value.tag === undefined) {
        return fail(f, 'promote', reason, `the source pins only a digest for ${f.image.name}; add its tag next to the digest in ${source.overlay}`);
    }
    return gated(f, ctx, promoteInto(f, ctx, image, reason, env), 'digest');
}
function promoteInto(f, ctx, image, reason, env, as) {
    const cross = image.repository.name !== f.image.repository.name;
    if (!cross && as === undefined)
        return pinnedWrite(f, ctx, 'promote', reason, image, [], env);
    const tag = as ?? image.tag;
    if (!tag) {
        return fail(f, 'promote', reason, `${image.repository.name}@${short(image.digest)}… has no tag to copy it under into ${f.image.repository.name}; name one (REF -> TAG)`);
    }
    const target = as === undefined
        ? { ...image, repository: f.image.repository }
        : { ...image, repository: f.image.repository, tag: as, tagDigest: image.digest };
    return pinnedWrite(f, ctx, 'promote', `${reason}${cross ? ` (copied from ${image.repository.name})` : ''}`, target, [tag], env, cross ? image : undefined);
}
function fromPlan(f, ctx) {
    const planned = f.planned;
    if (!planned)
        throw new Error('internal error: fromPlan without a plan entry');
    const later = planned.addTags.map((tag) => ({
        tag,
        mutable: ctx.policy.mutableReason(tag) !== undefined,
    }));
    const reason = `applying the plan: ${planned.decision}${planned.tag ? ` ${planned.tag}` : ''}`;
    const need = planned.decision === 'build' || planned.decision === 'promote' ? 'source' : 'digest';
    if (planned.decision === 'skip' && planned.tag === '') {
        return { kind: 'keep-unverified', image: f.image, reason };
    }
    if (planned.decision === 'promote' && planned.digest) {
        const now = f.requested?.image;
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(now))
            return fail(f, 'promote', reason, now.problem);
        if (now && now.digest !== planned.digest) {
            return fail(f, 'promote', reason, `${f.image.repository.name}:${planned.tag} already names another image (${short(now.digest)}…), not the planned ${short(planned.digest)}…; tags are never moved`);
        }
        const promoted = {
            kind: 'tag',
            name: 'promote',
            image: f.image,
            reason,
            target: { repository: f.image.repository, tag: '', digest: planned.digest },
            addTags: [],
            laterTags: [
                { tag: planned.tag, mutable: ctx.policy.mutableReason(planned.tag) !== undefined },
                ...later,
            ],
            write: { tag: planned.tag },
        };
        return gated(f, ctx, promoted, need);
    }
    const requested = f.requested;
    const problem = requested ? lookupError(requested.image) : undefined;
    if (problem)
        return fail(f, planned.decision, reason, problem);
    const image = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(requested?.image);
    if (!image) {
        return fail(f, planned.decision, reason, `${f.image.repository.name}:${planned.tag} is not in the registry; did its build job succeed?`);
    }
    if (planned.decision === 'skip' ||
        (planned.decision === 'reuse' && f.deployed?.value.tag === planned.tag)) {
        const keep = {
            kind: 'keep',
            name: planned.decision === 'skip' ? 'skip' : 'reuse',
            image: f.image,
            reason,
            target: image,
        };
        return gated(f, ctx, keep, need);
    }
    const addTags = planned.decision === 'build' ? sourceTagToAdd(f, ctx.policy) : [];
    const applied = {
        kind: 'tag',
        name: planned.decision,
        image: f.image,
        reason,
        target: image,
        addTags,
        laterTags: later.filter((t) => !addTags.includes(t.tag)),
        write: { tag: planned.tag },
    };
    return gated(f, ctx, applied, need);
}
function writtenTag(d) {
    return d.kind === 'tag' || d.kind === 'build' ? d.write.tag : undefined;
}
function sharedValues(decisions, input) {
    const { facts, config } = input;
    const slotOf = new Map();
    for (const state of facts.overlays) {
        for (const f of facts.images) {
            const slot = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .overlaySlot */ .lJ)(state, f.image);
            if (slot && !slotOf.has(f.image.name))
                slotOf.set(f.image.name, `${state.overlay.path}#${slot}`);
        }
    }
    const groups = new Map();
    decisions.forEach((d, i) => {
        const slot = slotOf.get(d.image.name);
        if (slot)
            groups.set(slot, [...(groups.get(slot) ?? []), i]);
    });
    const out = [...decisions];
    for (const [slot, members] of groups) {
        if (members.length < 2)
            continue;
        const where = slot.replace('#', ' key ');
        const names = members.map((i) => out[i].image.name).join(', ');
        const tags = [
            ...new Set(members.map((i) => writtenTag(out[i])).filter((t) => t !== undefined)),
        ];
        if (tags.length === 0)
            continue;
        const failAll = (error) => {
            for (const i of members) {
                const d = out[i];
                if (d.kind !== 'fail')
                    out[i] = fail(facts.images[i], nameOf(d), d.reason, error);
            }
        };
        if (tags.length > 1) {
            failAll(`${names} share ${where} but would get different tags (${tags.join(', ')}); deploy them together or give each its own key`);
            continue;
        }
        const tag = tags[0];
        for (const i of members) {
            const d = out[i];
            if (d.kind !== 'keep')
                continue;
            const f = facts.images[i];
            const there = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .found */ .F9)(f.tagged.get(tag));
            if (!config.push) {
                failAll(`${d.image.name} shares ${where} with the images that change, but push: false cannot add ${tag} to its image`);
                break;
            }
            if (there && there.digest !== d.target.digest) {
                failAll(`${d.image.name} shares ${where}, but ${tag} already names another image in ${there.repository.name}; writing it would change what ${d.image.name} runs`);
                break;
            }
            const release = input.policy.release === tag;
            out[i] = {
                kind: 'tag',
                name: 'reuse',
                image: d.image,
                reason: `${d.reason}; it shares ${where} with the images that change, so its current image gets ${tag} too (no build)`,
                target: d.target,
                addTags: [...(release ? [] : [tag]), ...(d.adopt ? [d.adopt] : [])],
                laterTags: release ? [{ tag, mutable: false }] : [],
                write: { tag },
            };
        }
    }
    return out;
}
function nameOf(d) {
    switch (d.kind) {
        case 'keep':
        case 'tag':
        case 'fail':
            return d.name;
        case 'keep-unverified':
            return 'skip';
        case 'write-unverified':
            return 'reuse';
        case 'build':
            return 'build';
    }
}


/***/ }),

/***/ 53810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   DT: () => (/* binding */ revisionOf),
/* harmony export */   _M: () => (/* binding */ repositoryOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98286);


const REVISION_LABEL = 'org.opencontainers.image.revision';
async function lookup(deps, repository, tag, digest) {
    try {
        const registry = await deps.registries.forReference(repository);
        const [byDigest, byTag] = await Promise.all([
            digest
                ? registry.resolve((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(repository, undefined, digest))
                : Promise.resolve(undefined),
            tag ? registry.resolve((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(repository, tag)) : Promise.resolve(undefined),
        ]);
        const image = digest ? byDigest : byTag;
        if (!image)
            return undefined;
        const found = {
            repository,
            tag: tag ?? '',
            digest: image.digest,
            mediaType: image.mediaType,
            size: image.size,
        };
        if (tag && byTag)
            found.tagDigest = byTag.digest;
        return found;
    }
    catch (err) {
        return { problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err) };
    }
}
async function revisionOf(deps, image) {
    try {
        const registry = await deps.registries.forReference(image.repository);
        const config = await registry.imageConfig((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(image.repository, undefined, image.digest));
        const revision = config?.labels[REVISION_LABEL];
        return revision && /^[0-9a-f]{40}$/.test(revision) ? revision : undefined;
    }
    catch (err) {
        deps.logger.debug(`cannot read the labels of ${image.repository.name}@${image.digest}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        return undefined;
    }
}
function repositoryOf(value, image) {
    if (value.repository === undefined)
        return image.repository;
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseReference */ .WF)(value.repository);
    return parsed.ok ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTagAndDigest */ .gh)(parsed.ref) : image.repository;
}


/***/ }),

/***/ 21731:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ factNeeds)
/* harmony export */ });
const NONE = {
    tree: false,
    sourceTags: false,
    primary: false,
    release: false,
    comparison: false,
    gate: false,
    rollback: false,
    records: false,
    recordKeys: false,
    labels: false,
};
function writesRecord(config) {
    return ((config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan' && !config.dryRun);
}
function releaseTrigger(trigger) {
    return (trigger.kind === 'tag' || trigger.kind === 'release') && !trigger.deleted;
}
function factNeeds(config, trigger) {
    const needs = byMode(config, trigger);
    const labels = needs.sourceTags && config.mode !== 'plan';
    return { ...needs, labels, ...(config.signRequested ? { tree: true } : {}) };
}
function byMode(config, trigger) {
    const recordKeys = writesRecord(config);
    if (config.fromPlan)
        return { ...NONE, tree: true, sourceTags: true };
    switch (config.mode) {
        case 'build':
            return { ...NONE, tree: true, sourceTags: true, primary: config.tag === undefined };
        case 'reuse':
            return { ...NONE, recordKeys: recordKeys && config.tag !== undefined };
        case 'rollback':
            return { ...NONE, rollback: true, recordKeys };
        case 'promote':
            return { ...NONE, gate: releaseTrigger(trigger) };
        case 'auto':
        case 'plan':
            break;
    }
    if (trigger.deleted)
        return NONE;
    if (config.tag?.kind === 'previous')
        return { ...NONE, rollback: true, recordKeys };
    if (config.tag?.kind === 'refs')
        return { ...NONE, recordKeys };
    if (releaseTrigger(trigger)) {
        return { ...NONE, tree: true, sourceTags: true, release: true, comparison: true, gate: true };
    }
    return {
        ...NONE,
        tree: true,
        sourceTags: true,
        primary: true,
        comparison: true,
        records: true,
    };
}


/***/ }),

/***/ 90652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ trusted),
/* harmony export */   cx: () => (/* binding */ signatureKey),
/* harmony export */   zv: () => (/* binding */ verifiedSignature)
/* harmony export */ });
/* unused harmony exports signedIn, signedBy */
/* harmony import */ var _source_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3317);

function signatureKey(repository, digest) {
    return `${repository}@${digest}`;
}
function signedIn(s) {
    return s.runUrl !== undefined
        ? `in ${s.runUrl}`
        : `outside a workflow run (${s.repository} at ${s.commit.slice(0, 7)})`;
}
function signedBy(s) {
    return `signed by ${s.identity} ${signedIn(s)}`;
}
function refuse(d, error) {
    return { kind: 'fail', name: d.name, image: d.image, reason: d.reason, error };
}
function trusted(f, facts, config, d, need) {
    if (config.verify === undefined || (d.kind !== 'keep' && d.kind !== 'tag'))
        return d;
    const repository = (d.kind === 'tag' ? d.copyFrom : undefined) ?? d.target.repository;
    const digest = d.target.digest;
    const where = `${digest} in ${repository.name}`;
    const fact = facts.signatures?.get(signatureKey(repository.name, digest));
    if (fact === undefined) {
        return refuse(d, `${where} was not checked for a signature, and verify: signature trusts nothing unchecked`);
    }
    if (!fact.ok) {
        return refuse(d, `${fact.problem}; verify: signature requires ${fact.required} — sign it from a trusted workflow (image-promote sign) only if you know what it was built from, or deploy an image signed under the policy`);
    }
    const s = fact.signature;
    if (need === 'source') {
        if ('problem' in f.source) {
            return refuse(d, `${where} is ${signedBy(s)}, but this image's source key is unknown (${f.source.problem}), so the statement cannot be compared with it`);
        }
        const key = f.source.key;
        if (s.sourceKey !== key || s.sourceKeyVersion !== _source_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_KEY_VERSION */ .PO) {
            const version = s.sourceKeyVersion === _source_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_KEY_VERSION */ .PO ? '' : ` (${s.sourceKeyVersion})`;
            return refuse(d, `${where} is ${signedBy(s)}, but for another source: source key ${s.sourceKey.slice(0, 16)}…${version} of ${s.repository} at ${s.commit.slice(0, 7)}, not this image's ${key.slice(0, 16)}… (${_source_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_KEY_VERSION */ .PO}); verify: signature requires a statement of this source — an image of other code under this source's tag is never deployed`);
        }
    }
    return { ...d, reason: `${d.reason}; ${signedBy(s)}` };
}
function verifiedSignature(facts, d) {
    if (d.kind !== 'keep' && d.kind !== 'tag')
        return undefined;
    const repository = (d.kind === 'tag' ? d.copyFrom : undefined) ?? d.target.repository;
    const fact = facts.signatures?.get(signatureKey(repository.name, d.target.digest));
    return fact?.ok ? fact.signature : undefined;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ isProblem),
/* harmony export */   F9: () => (/* binding */ found),
/* harmony export */   lJ: () => (/* binding */ overlaySlot),
/* harmony export */   uk: () => (/* binding */ overlayValue)
/* harmony export */ });
function isProblem(lookup) {
    return lookup !== undefined && 'problem' in lookup;
}
function found(lookup) {
    return lookup !== undefined && !('problem' in lookup) ? lookup : undefined;
}
function overlayValue(state, name) {
    const s = state.images.get(name);
    return s?.found ? s.value : undefined;
}
function overlaySlot(state, image) {
    const s = state.images.get(image.name);
    return s?.found ? s.slot : undefined;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
class UserError extends Error {
    name = 'UserError';
}
class InputError extends UserError {
    input;
    name = 'InputError';
    constructor(input, problem, fix) {
        super(`input '${input}': ${problem}${fix ? ` — ${fix}` : ''}`);
        this.input = input;
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message || err.name;
    if (typeof err === 'string')
        return err;
    try {
        return `unexpected error: ${JSON.stringify(err)}`;
    }
    catch {
        return `unexpected error: ${String(err)}`;
    }
}


/***/ }),

/***/ 99668:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ isVersionTag),
/* harmony export */   NO: () => (/* binding */ triggerFromEvent),
/* harmony export */   dT: () => (/* binding */ TriggerError)
/* harmony export */ });
/* unused harmony export versionFromTagName */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71243);

class TriggerError extends Error {
    name = 'TriggerError';
}
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
const SHA_RE = /^[0-9a-f]{40}$/;
const RELEASE_ACTIONS = ['published', 'released', 'prereleased', 'created'];
function versionFromTagName(name) {
    return /^v\d+(\.\d+)*([-+].*)?$/.test(name) ? name.slice(1) : name;
}
function isVersionTag(name) {
    return /^v?\d+(\.\d+)*([-+][0-9A-Za-z.+-]+)?$/.test(name);
}
function sha(v) {
    const s = str(v);
    return s && SHA_RE.test(s) ? s : undefined;
}
function refName(ref, prefix) {
    return ref?.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}
function tagged(tagName, kind, notRelease) {
    const release = isVersionTag(tagName);
    return {
        kind: release ? kind : 'other',
        onDefaultBranch: false,
        base: release
            ? { kind: 'previous-tag', tagName }
            : { kind: 'unknown', reason: `${notRelease}, so it is not a release` },
        ...(release ? { tagName, version: versionFromTagName(tagName) } : {}),
    };
}
function triggerFromEvent(eventName, payloadIn, env, baseOverride) {
    const payload = obj(payloadIn);
    const repo = obj(payload.repository);
    const defaultBranch = str(repo.default_branch);
    const [owner, name] = (str(repo.full_name) ?? env.GITHUB_REPOSITORY ?? '').split('/');
    const envRef = env.GITHUB_REF;
    const common = {
        eventName,
        dispatchInputs: {},
        deleted: false,
        ...(defaultBranch ? { defaultBranch } : {}),
        ...(owner && name ? { repository: { owner, name } } : {}),
        ...(env.GITHUB_RUN_NUMBER ? { runNumber: env.GITHUB_RUN_NUMBER } : {}),
    };
    const headFromEnv = () => {
        const s = sha(env.GITHUB_SHA);
        if (!s)
            throw new TriggerError(`event ${eventName}: GITHUB_SHA is missing or not a commit SHA`);
        return s;
    };
    let trigger;
    switch (eventName) {
        case 'push': {
            const ref = str(payload.ref) ?? envRef;
            const after = sha(payload.after) ?? headFromEnv();
            const before = sha(payload.before);
            const deleted = payload.deleted === true || after === _git_js__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_SHA */ .gy;
            const tagName = refName(ref, 'refs/tags/');
            if (tagName !== undefined) {
                trigger = {
                    ...common,
                    ...tagged(tagName, 'tag', `tag "${tagName}" is not a version tag (v1.2.3)`),
                    head: after,
                    deleted,
                    ...(ref ? { ref } : {}),
                };
                break;
            }
            const branch = refName(ref, 'refs/heads/');
            let base;
            if (before === undefined || before === _git_js__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_SHA */ .gy || payload.created === true) {
                base = { kind: 'new-branch' };
            }
            else {
                base = {
                    kind: 'push',
                    before,
                    ...(typeof payload.forced === 'boolean' ? { forced: payload.forced } : {}),
                };
            }
            trigger = {
                ...common,
                kind: 'push',
                head: after,
                onDefaultBranch: branch !== undefined && branch === defaultBranch,
                base,
                deleted,
                ...(ref ? { ref } : {}),
                ...(branch ? { branch } : {}),
            };
            break;
        }
        case 'pull_request':
        case 'pull_request_target': {
            const pr = obj(payload.pull_request);
            const head = obj(pr.head);
            const base = obj(pr.base);
            const headSha = sha(head.sha);
            const baseSha = sha(base.sha);
            const number = [pr.number, payload.number].find((n) => typeof n === 'number');
            if (!headSha || !baseSha || number === undefined) {
                throw new TriggerError(`event ${eventName}: the payload has no pull_request.head.sha/base.sha/number`);
            }
            const baseRef = str(base.ref) ?? defaultBranch ?? 'main';
            const headRepo = str(obj(head.repo).full_name);
            const baseRepo = str(obj(base.repo).full_name);
            const info = {
                number,
                headSha,
                baseSha,
                baseRef,
                headRef: str(head.ref) ?? '',
                fork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
                ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
            };
            trigger = {
                ...common,
                kind: 'pull-request',
                head: headSha,
                branch: info.headRef,
                onDefaultBranch: false,
                pullRequest: info,
                base: { kind: 'pull-request', baseSha, baseRef },
                ...(envRef ? { ref: envRef } : {}),
            };
            break;
        }
        case 'merge_group': {
            const mg = obj(payload.merge_group);
            const head = sha(mg.head_sha);
            const baseSha = sha(mg.base_sha);
            if (!head || !baseSha)
                throw new TriggerError('event merge_group: the payload has no merge_group.head_sha/base_sha');
            const target = refName(str(mg.base_ref), 'refs/heads/');
            trigger = {
                ...common,
                kind: 'merge-group',
                head,
                onDefaultBranch: false,
                base: { kind: 'merge-group', baseSha },
                ...(str(mg.head_ref) ? { ref: str(mg.head_ref) } : {}),
                ...(target ? { branch: target } : {}),
            };
            break;
        }
        case 'release': {
            const release = obj(payload.release);
            const tagName = str(release.tag_name) ?? refName(envRef, 'refs/tags/');
            if (!tagName)
                throw new TriggerError('event release: the payload has no release.tag_name');
            const action = str(payload.action) ?? 'published';
            trigger = {
                ...common,
                ...tagged(tagName, 'release', `release "${tagName}" is not named like a version (v1.2.3)`),
                head: headFromEnv(),
                ref: `refs/tags/${tagName}`,
                deleted: !RELEASE_ACTIONS.includes(action),
            };
            break;
        }
        case 'workflow_dispatch':
        case 'schedule':
        case 'workflow_run': {
            const run = obj(payload.workflow_run);
            const head = eventName === 'workflow_run' ? (sha(run.head_sha) ?? headFromEnv()) : headFromEnv();
            const branch = eventName === 'workflow_run' ? str(run.head_branch) : refName(envRef, 'refs/heads/');
            const tagName = eventName === 'workflow_run' ? undefined : refName(envRef, 'refs/tags/');
            const inputs = obj(payload.inputs);
            const dispatchInputs = {};
            for (const [k, v] of Object.entries(inputs)) {
                if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                    dispatchInputs[k] = String(v);
            }
            trigger = {
                ...common,
                kind: eventName === 'workflow_dispatch'
                    ? 'dispatch'
                    : eventName === 'schedule'
                        ? 'schedule'
                        : 'workflow-run',
                head,
                dispatchInputs,
                onDefaultBranch: branch !== undefined && branch === defaultBranch,
                base: { kind: 'overlay' },
                ...(envRef && eventName !== 'workflow_run' ? { ref: envRef } : {}),
                ...(branch ? { branch } : {}),
                ...(tagName ? { tagName, version: versionFromTagName(tagName) } : {}),
            };
            break;
        }
        default: {
            trigger = {
                ...common,
                kind: 'other',
                head: headFromEnv(),
                onDefaultBranch: false,
                base: {
                    kind: 'unknown',
                    reason: `event "${eventName}" has no rule for finding a base commit`,
                },
                ...(envRef ? { ref: envRef } : {}),
            };
        }
    }
    if (baseOverride)
        trigger.base = { kind: 'input', rev: baseOverride };
    return trigger;
}


/***/ }),

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ExecError: () => (/* binding */ ExecError),
/* harmony export */   exec: () => (/* binding */ exec),
/* harmony export */   formatCommand: () => (/* binding */ formatCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_4__);





class ExecError extends Error {
    command;
    exitCode;
    stderr;
    name = 'ExecError';
    constructor(command, exitCode, stderr, detail) {
        const last = stderr.trimEnd().split('\n').slice(-20).join('\n');
        super(`${command} ${detail}${stderr.trim() ? `: ${last}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function formatCommand(file, args) {
    return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
const STREAMING_TAIL_BYTES = 256 * 1024;
const MAX_LINE_CHARS = 64 * 1024;
class ByteTail {
    limit;
    chunks = [];
    size = 0;
    dropped = false;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        if (this.size > 2 * this.limit)
            this.compact();
    }
    compact() {
        const all = Buffer.concat(this.chunks);
        const kept = all.subarray(all.length - this.limit);
        this.chunks = [kept];
        this.dropped ||= kept.length < all.length;
        this.size = kept.length;
    }
    bytes() {
        if (this.size > this.limit)
            this.compact();
        return Buffer.concat(this.chunks);
    }
    text() {
        const text = this.bytes().toString('utf8');
        if (!this.dropped)
            return text;
        const newline = text.indexOf('\n');
        return newline === -1 ? '' : text.slice(newline + 1);
    }
}
class LineSplitter {
    emit;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_4__.StringDecoder('utf8');
    partial = '';
    constructor(emit) {
        this.emit = emit;
    }
    push(chunk) {
        this.feed(this.decoder.write(chunk));
    }
    end() {
        this.feed(this.decoder.end());
        if (this.partial !== '')
            this.emit(this.partial.replace(/\r$/, ''));
        this.partial = '';
    }
    feed(text) {
        let rest = this.partial + text;
        for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n')) {
            this.emit(rest.slice(0, nl).replace(/\r$/, ''));
            rest = rest.slice(nl + 1);
        }
        while (rest.length > MAX_LINE_CHARS) {
            this.emit(rest.slice(0, MAX_LINE_CHARS));
            rest = rest.slice(MAX_LINE_CHARS);
        }
        this.partial = rest;
    }
}
class OutputFile {
    dir;
    fd;
    removed = false;
    constructor(dir, fd) {
        this.dir = dir;
        this.fd = fd;
    }
    static create() {
        let dir;
        try {
            dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'image-promote-out-'));
            return new OutputFile(dir, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'stdout'), 'w+', 0o600));
        }
        catch {
            if (dir)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
            return undefined;
        }
    }
    bytes() {
        if (this.removed)
            return Buffer.alloc(0);
        try {
            const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(this.fd).size;
            const bytes = Buffer.allocUnsafe(size);
            let read = 0;
            while (read < size) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(this.fd, bytes, read, size - read, read);
                if (n === 0)
                    break;
                read += n;
            }
            return bytes.subarray(0, read);
        }
        finally {
            this.remove();
        }
    }
    remove() {
        if (this.removed)
            return;
        this.removed = true;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        }
        catch {
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.dir, { recursive: true, force: true });
    }
}
const exec = (file, args, options = {}) => {
    const shown = formatCommand(file, args);
    options.logger?.debug(`exec: ${shown}`);
    return new Promise((resolve, reject) => {
        const toFile = options.largeOutput && !options.onLine && options.tailBytes === undefined
            ? OutputFile.create()
            : undefined;
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], {
                cwd: options.cwd,
                env: options.env ?? process.env,
                stdio: ['pipe', toFile ? toFile.fd : 'pipe', 'pipe'],
                shell: false,
                windowsHide: true,
            });
        }
        catch (e) {
            toFile?.remove();
            throw e;
        }
        const limit = options.tailBytes ?? (options.onLine ? STREAMING_TAIL_BYTES : Number.POSITIVE_INFINITY);
        const out = new ByteTail(limit);
        const err = new ByteTail(limit);
        let lineError;
        const lines = (stream) => {
            const { onLine } = options;
            if (!onLine)
                return undefined;
            return new LineSplitter((line) => {
                if (lineError)
                    return;
                try {
                    onLine(stream, line);
                }
                catch (error) {
                    lineError = { error };
                }
            });
        };
        const outLines = lines('stdout');
        const errLines = lines('stderr');
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.stdout?.on('data', (c) => {
            out.push(c);
            outLines?.push(c);
        });
        child.stderr.on('data', (c) => {
            err.push(c);
            errLines?.push(c);
        });
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            toFile?.remove();
            const detail = e.code === 'ENOENT' ? 'failed: command not found' : `failed to start: ${e.message}`;
            reject(new ExecError(shown, null, '', detail));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            outLines?.end();
            errLines?.end();
            const bytes = options.binary ? (toFile ? toFile.bytes() : out.bytes()) : undefined;
            const stdout = bytes ? '' : toFile ? toFile.bytes().toString('utf8') : out.text();
            const stderr = err.text();
            if (lineError) {
                const { error } = lineError;
                reject(error instanceof Error ? error : new Error(String(error)));
                return;
            }
            if (timedOut) {
                reject(new ExecError(shown, null, stderr, `timed out after ${options.timeoutMs} ms`));
                return;
            }
            const exitCode = code ?? 128;
            if (exitCode !== 0 && !options.allowFailure) {
                const why = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
                reject(new ExecError(shown, exitCode, stderr, why));
                return;
            }
            resolve({ exitCode, stdout, stderr, ...(bytes ? { stdoutBytes: bytes } : {}) });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
};


/***/ }),

/***/ 71243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ FULL_ID),
/* harmony export */   Ij: () => (/* binding */ isTagName),
/* harmony export */   Q8: () => (/* binding */ isBranchName),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   at: () => (/* binding */ branchName),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   pL: () => (/* binding */ EMPTY_TREE)
/* harmony export */ });
/* unused harmony exports checkRefFormat, fullRefName, objectId */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73190);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(25625);




const ZERO_SHA = '0000000000000000000000000000000000000000';
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const FULL_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const REF_BAD_CHARACTERS = new Set([' ', '~', '^', ':', '?', '*', '[', '\\']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function checkRefFormat(name, options = {}) {
    if (name.startsWith('-'))
        return false;
    if (options.branch)
        return name !== 'HEAD' && checkRefFormat(`refs/heads/${name}`);
    if (name === '@' || name.endsWith('.') || name.includes('..') || name.includes('@{')) {
        return false;
    }
    if (LONE_SURROGATE.test(name))
        return false;
    for (const ch of name) {
        const code = ch.charCodeAt(0);
        if (code < 0x20 || code === 0x7f || REF_BAD_CHARACTERS.has(ch))
            return false;
    }
    const components = name.split('/');
    if (components.length < 2 && !options.allowOneLevel)
        return false;
    return components.every((c) => c !== '' && !c.startsWith('.') && !c.endsWith('.lock'));
}
function isBranchName(name) {
    return checkRefFormat(name, { branch: true });
}
function isTagName(name) {
    return !name.startsWith('-') && checkRefFormat(`refs/tags/${name}`);
}
function shown(value) {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}
function branchName(name, what) {
    if (isBranchName(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} ${shown(name)} is not a valid git branch name (git check-ref-format --branch): it must not start with "-", contain spaces, "..", "~^:?*[\\", "@{" or control characters, or end with "/", "." or ".lock"`);
}
function fullRefName(name, what) {
    if (name.startsWith('refs/') && checkRefFormat(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} ${shown(name)} is not a valid full git ref name (refs/…)`);
}
function objectId(sha, what) {
    if (FULL_ID.test(sha))
        return sha;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} ${shown(sha)} is not a full git object id (40 or 64 hex digits)`);
}
function fetchable(rev) {
    if (FULL_ID.test(rev))
        return rev;
    const sides = rev.replace(/^\+/, '').split(':');
    if (sides.length <= 2 && sides.every((s) => s.startsWith('refs/') && checkRefFormat(s))) {
        return rev;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`refusing to fetch ${shown(rev)}: not a full object id, ref name or refspec of ref names`);
}
function fetchFlags(options) {
    const count = (name, n) => {
        if (n === undefined)
            return [];
        if (!Number.isInteger(n) || n < 1)
            throw new Error(`git fetch --${name}: ${n} is not a count`);
        return [`--${name}=${n}`];
    };
    return [
        ...(options.quiet ? ['--quiet'] : []),
        ...(options.noTags === false ? [] : ['--no-tags']),
        '--no-recurse-submodules',
        ...count('depth', options.depth),
        ...count('deepen', options.deepen),
    ];
}
class Git {
    cwd;
    logger;
    execFn;
    extraEnv;
    exclusiveTail = Promise.resolve();
    commits = new Set();
    repository = false;
    top;
    complete = false;
    fetches = 0;
    get fetchCount() {
        return this.fetches;
    }
    constructor(cwd, logger = _log_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .qq, execFn = _exec_js__WEBPACK_IMPORTED_MODULE_2__.exec, extraEnv = {}) {
        this.cwd = cwd;
        this.logger = logger;
        this.execFn = execFn;
        this.extraEnv = extraEnv;
    }
    run(args, options = {}) {
        if (args.includes('fetch') || args.includes('pull')) {
            this.fetches++;
            this.complete = false;
        }
        return this.execFn('git', args, {
            cwd: this.cwd,
            env: {
                ...process.env,
                GIT_TERMINAL_PROMPT: '0',
                GIT_PAGER: 'cat',
                LC_ALL: 'C',
                ...this.extraEnv,
                ...options.env,
            },
            allowFailure: options.allowFailure,
            input: options.input,
            logger: this.logger,
            ...(options.largeOutput ? { largeOutput: true } : {}),
            ...(options.binary ? { binary: true } : {}),
        });
    }
    exclusive(fn) {
        const run = this.exclusiveTail.then(fn, fn);
        this.exclusiveTail = run.catch(() => undefined);
        return run;
    }
    async initBare() {
        await this.run(['init', '--quiet', '--bare']);
    }
    async isRepository() {
        if (this.repository)
            return true;
        try {
            await this.run(['rev-parse', '--git-dir']);
        }
        catch {
            return false;
        }
        this.repository = true;
        return true;
    }
    rememberTopLevel(top) {
        this.top ??= Promise.resolve(top);
    }
    async resolveCommitInWorkTree(rev) {
        if (this.commits.has(rev) || (this.top && this.complete))
            return this.resolveCommit(rev);
        const fetches = this.fetches;
        const asked = this.run([
            'rev-parse',
            '--show-toplevel',
            '--is-shallow-repository',
            '--verify',
            '--quiet',
            '--end-of-options',
            `${rev}^{commit}`,
        ], { allowFailure: true }).then((r) => {
            const [top, shallow, sha] = r.stdout.split('\n');
            if (r.exitCode > 1 || !top || (shallow !== 'true' && shallow !== 'false'))
                return undefined;
            return { top, shallow: shallow === 'true', sha: r.exitCode === 0 ? sha : undefined };
        });
        this.top ??= this.askTopLevel(asked.then((a) => a?.top));
        const answer = await asked;
        if (!answer)
            return this.resolveCommit(rev);
        if (!answer.shallow && fetches === this.fetches)
            this.complete = true;
        if (!answer.sha)
            return undefined;
        this.rememberCommit(answer.sha);
        return answer.sha;
    }
    async topLevel() {
        this.top ??= this.askTopLevel();
        return this.top;
    }
    askTopLevel(known = Promise.resolve(undefined)) {
        const top = known.then(async (t) => t ?? (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim());
        top.catch(() => {
            if (this.top === top)
                this.top = undefined;
        });
        return top;
    }
    async showToplevel() {
        const r = await this.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
        const top = r.stdout.trim();
        return r.exitCode === 0 && top !== '' ? top : undefined;
    }
    async absoluteGitDir() {
        return (await this.run(['rev-parse', '--absolute-git-dir'])).stdout.trim();
    }
    async commonDir() {
        const dir = (await this.run(['rev-parse', '--git-common-dir'])).stdout.trim();
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(dir) ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(this.cwd, dir);
    }
    async isShallow() {
        if (this.complete)
            return false;
        const fetches = this.fetches;
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        const shallow = r.stdout.trim() === 'true';
        if (!shallow && fetches === this.fetches)
            this.complete = true;
        return shallow;
    }
    async configGet(key) {
        const r = await this.run(['config', '--get', '--end-of-options', key], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout.replace(/\n$/, '') : undefined;
    }
    async authorName() {
        const r = await this.run(['var', 'GIT_AUTHOR_IDENT'], { allowFailure: true });
        if (r.exitCode !== 0)
            return undefined;
        const name = /^(.*?) <[^>]*> \d+ [+-]\d{4}$/.exec(r.stdout.trim())?.[1]?.trim();
        return name === undefined || name === '' ? undefined : name;
    }
    async configSet(key, value) {
        await this.run(['config', '--end-of-options', key, value]);
    }
    async remotes() {
        const r = await this.run(['remote'], { allowFailure: true });
        return r.stdout.split('\n').filter(Boolean);
    }
    async remoteUrl(name) {
        const r = await this.run(['remote', 'get-url', '--end-of-options', name], {
            allowFailure: true,
        });
        const url = r.stdout.trim();
        return r.exitCode === 0 && url !== '' ? url : undefined;
    }
    async symbolicRef(name) {
        const r = await this.run(['symbolic-ref', '--quiet', '--end-of-options', name], {
            allowFailure: true,
        });
        const target = r.stdout.trim();
        return r.exitCode === 0 && target !== '' ? target : undefined;
    }
    async whereAmI(rev) {
        if (rev.startsWith('-'))
            return undefined;
        const r = await this.run(['rev-parse', '--show-toplevel', `${rev}^{commit}`, '--symbolic-full-name', 'HEAD', '--'], { allowFailure: true });
        if (r.exitCode !== 0)
            return undefined;
        const lines = r.stdout.split('\n');
        if (lines.at(-1) === '')
            lines.pop();
        const [topLevel, commit, head, end] = lines;
        if (lines.length !== 4 || end !== '--' || !topLevel || !head || !FULL_ID.test(commit ?? ''))
            return undefined;
        this.rememberCommit(commit);
        return { topLevel, commit: commit, head };
    }
    async currentBranch() {
        const target = await this.symbolicRef('HEAD');
        return target?.startsWith('refs/heads/') ? target.slice('refs/heads/'.length) : undefined;
    }
    async resolveCommit(rev) {
        if (this.commits.has(rev))
            return rev;
        const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
            allowFailure: true,
        });
        if (r.exitCode !== 0)
            return undefined;
        const sha = r.stdout.trim();
        this.rememberCommit(sha);
        return sha;
    }
    rememberCommit(sha) {
        if (!FULL_ID.test(sha))
            return;
        this.commits.add(sha);
        this.repository = true;
    }
    async hasCommit(sha) {
        return (await this.resolveCommit(sha)) !== undefined;
    }
    async isAncestor(ancestor, descendant) {
        const r = await this.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], { allowFailure: true });
        if (r.exitCode === 0)
            return true;
        if (r.exitCode === 1)
            return false;
        throw new Error(`git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${r.stderr.trim()}`);
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', '--end-of-options', a, b], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] : undefined;
    }
    async countCommits(rev) {
        const r = await this.run(['rev-list', '--count', '--end-of-options', rev], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? Number(r.stdout.trim()) : 0;
    }
    async firstParentLog(rev, path, maxCount) {
        const r = await this.run([
            'log',
            '--first-parent',
            '--format=%H %ct',
            `--max-count=${maxCount}`,
            '--end-of-options',
            rev,
            '--',
            path,
        ], { allowFailure: true });
        if (r.exitCode !== 0)
            throw new Error(`git log of ${path} failed: ${r.stderr.trim()}`);
        return r.stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [sha = '', time = '0'] = line.split(' ');
            return { sha, time: Number(time) };
        });
    }
    async firstParentMessages(rev, path, maxCount) {
        const r = await this.run([
            'log',
            '--first-parent',
            '--no-color',
            '--format=%H%x00%ct%x00%aN%x00%B%x00',
            `--max-count=${maxCount}`,
            '--end-of-options',
            rev,
            '--',
            `:(top,literal)${path}`,
        ], { allowFailure: true });
        if (r.exitCode !== 0) {
            throw new Error(`git log of ${path} failed: ${r.stderr.trim()} — is it in this repository?`);
        }
        return r.stdout;
    }
    async describeTag(rev, options) {
        const r = await this.run([
            'describe',
            '--tags',
            '--abbrev=0',
            ...options.match.map((m) => `--match=${m}`),
            ...(options.exclude !== undefined ? [`--exclude=${options.exclude}`] : []),
            '--end-of-options',
            rev,
        ], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async changedFiles(base, head) {
        const r = await this.run([
            '-c',
            'core.quotepath=off',
            'diff',
            '--name-only',
            '-z',
            '--no-renames',
            '--no-ext-diff',
            '--no-textconv',
            '--ignore-submodules=none',
            '--end-of-options',
            base,
            head,
            '--',
        ], { largeOutput: true });
        const files = r.stdout.split('\0');
        if (files[files.length - 1] === '')
            files.pop();
        return files;
    }
    async show(rev, path) {
        const r = await this.run(['show', '--end-of-options', `${rev}:${path}`], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    async lsTree(rev, options = {}) {
        const r = await this.run([
            '-c',
            'core.quotepath=off',
            'ls-tree',
            '-r',
            '-z',
            '--full-tree',
            '--end-of-options',
            options.peel ? `${rev}^{commit}` : rev,
        ], { largeOutput: true });
        return r.stdout;
    }
    async readBlobs(objects) {
        return (await this.readObjects(objects)).map((o) => o?.type === 'blob' ? o.content : undefined);
    }
    async commitFiles(rev, paths) {
        const [commit, ...files] = await this.readObjects([
            `${rev}^{commit}`,
            ...paths.map((p) => `${rev}^{commit}:${p}`),
        ]);
        if (commit?.type !== 'commit')
            return { commit: undefined, texts: paths.map(() => undefined) };
        this.rememberCommit(commit.id);
        return {
            commit: commit.id,
            texts: files.map((f) => (f?.type === 'blob' ? f.content.toString('utf8') : undefined)),
        };
    }
    async readObjects(objects) {
        for (const o of objects) {
            if (o.includes('\n'))
                throw new Error(`git cat-file --batch: ${shown(o)} spans lines`);
        }
        if (objects.length === 0)
            return [];
        const r = await this.run(['cat-file', '--batch'], {
            input: objects.map((o) => `${o}\n`).join(''),
            largeOutput: true,
            binary: true,
        });
        const bytes = r.stdoutBytes ?? Buffer.alloc(0);
        const out = [];
        let at = 0;
        for (let i = 0; i < objects.length; i++) {
            const nl = bytes.indexOf(0x0a, at);
            if (nl === -1)
                throw new Error(`git cat-file --batch ended after ${i} of ${objects.length} objects`);
            const header = /^([0-9a-f]+) (\S+) (\d+)$/.exec(bytes.subarray(at, nl).toString('utf8'));
            at = nl + 1;
            if (!header) {
                out.push(undefined);
                continue;
            }
            const size = Number(header[3]);
            out.push({
                id: header[1] ?? '',
                type: header[2] ?? '',
                content: bytes.subarray(at, at + size),
            });
            at += size + 1;
        }
        return out;
    }
    async commitObject(sha) {
        const r = await this.run(['cat-file', 'commit', '--end-of-options', sha], {
            allowFailure: true,
        });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    async updateRef(ref, sha) {
        await this.run([
            'update-ref',
            '--end-of-options',
            fullRefName(ref, 'git update-ref:'),
            objectId(sha, 'git update-ref:'),
        ]);
    }
    async worktreeAdd(dir, commit) {
        await this.run(['worktree', 'add', '--detach', '--force', '--end-of-options', dir, commit]);
    }
    async worktreeRemove(dir) {
        const r = await this.run(['worktree', 'remove', '--force', '--end-of-options', dir], {
            allowFailure: true,
        });
        return r.exitCode === 0;
    }
    async lsRemote(remote, refs, options = {}) {
        const patterns = refs.flatMap((ref) => {
            fullRefName(ref, 'git ls-remote:');
            return options.peel ? [ref, `${ref}^{}`] : [ref];
        });
        const r = await this.run(['ls-remote', '--quiet', '--', remote, ...patterns]);
        const wanted = new Set(patterns);
        return r.stdout
            .split('\n')
            .map((line) => line.split('\t'))
            .flatMap(([sha = '', ref = '']) => FULL_ID.test(sha) && wanted.has(ref) ? [{ sha, ref }] : []);
    }
    async lsRemoteSymref(remote) {
        const r = await this.run(['ls-remote', '--symref', '--', remote, 'HEAD']);
        return /^ref: (\S[^\t\n]*)\tHEAD$/m.exec(r.stdout)?.[1];
    }
    async fetchCommits(remote, shas, options = {}) {
        const ids = shas.map((sha) => objectId(sha, 'git fetch:'));
        return this.run(['fetch', ...fetchFlags(options), '--', remote, ...ids], {
            allowFailure: true,
        });
    }
    async fetchBranch(remote, branch, options = {}) {
        const source = `refs/heads/${branchName(branch, 'branch')}`;
        const refspec = options.into === undefined
            ? source
            : `+${source}:${fullRefName(options.into, 'git fetch: destination')}`;
        return this.run(['fetch', ...fetchFlags(options), '--', remote, refspec], {
            allowFailure: true,
        });
    }
    async fetchTags(remote, options = {}) {
        return this.run([
            'fetch',
            ...fetchFlags({ ...options, noTags: false }),
            '--',
            remote,
            '+refs/tags/*:refs/tags/*',
        ], { allowFailure: true });
    }
    async deepen(remote, commits, revs) {
        return this.run(['fetch', ...fetchFlags({ deepen: commits }), '--', remote, ...revs.map(fetchable)], { allowFailure: true });
    }
}


/***/ }),

/***/ 73329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   kM: () => (/* binding */ defaultAdvice)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BODY_BYTES, networkReason, redactUrl */
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(28902);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(58728);


function defaultAdvice(res, now) {
    if (!(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryableStatus */ .PS)(res.status))
        return { retry: false };
    const delayMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRetryAfter */ .mu)(res.headers.get('retry-after'), now);
    return {
        retry: true,
        throttled: res.status === 429,
        ...(delayMs !== undefined ? { delayMs } : {}),
    };
}
const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
class TimeoutError extends Error {
    name = 'TimeoutError';
}
function asError(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const e = err;
    return typeof e.name === 'string' && typeof e.message === 'string' ? e : undefined;
}
function errorCode(err) {
    let cur = asError(err);
    for (let depth = 0; depth < 4 && cur; depth++) {
        if (typeof cur.code === 'string')
            return cur.code;
        cur = asError(cur.cause);
    }
    return undefined;
}
function isTransientError(err) {
    if (err instanceof TimeoutError)
        return true;
    const e = asError(err);
    if (!e)
        return false;
    if (e.name === 'TypeError' && (e.message === 'fetch failed' || e.message === 'terminated')) {
        return true;
    }
    return (typeof e.code === 'string' &&
        /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|UND_ERR_)/.test(e.code));
}
function neverSent(err) {
    const code = errorCode(err);
    return code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ENOTFOUND';
}
function networkReason(err) {
    let cur = asError(err);
    let reason = cur ? cur.message : String(err);
    for (let depth = 0; depth < 4 && cur; depth++) {
        if (typeof cur.code === 'string')
            return `${cur.code}${cur.message ? `: ${cur.message}` : ''}`;
        reason = cur.message || reason;
        cur = asError(cur.cause);
    }
    return reason;
}
class HttpClient {
    options;
    clock;
    maxBodyBytes;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml;
        this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    }
    get policy() {
        return this.options.policy;
    }
    buffered(req, ctx) {
        return this.withRetries(req, ctx, false);
    }
    stream(req, ctx) {
        return this.withRetries(req, ctx, true);
    }
    async withRetries(req, ctx, streamBody) {
        const { policy, logger, describe } = this.options;
        const advise = this.options.advise ?? defaultAdvice;
        const replayable = req.body === undefined || Buffer.isBuffer(req.body);
        const idempotent = req.idempotent ?? true;
        const started = this.clock.now();
        for (let attempt = 1;; attempt++) {
            let outcome;
            try {
                outcome = { response: await this.once(req, streamBody, attempt) };
            }
            catch (error) {
                outcome = { error };
            }
            this.count(req, ctx, attempt, outcome);
            const retriesLeft = replayable && attempt <= policy.retries;
            if ('response' in outcome) {
                const res = outcome.response;
                const advice = advise(res, this.clock.now());
                if (!advice.retry || !retriesLeft || (!idempotent && advice.throttled !== true)) {
                    return res;
                }
                const delay = Math.max(advice.delayMs ?? 0, (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(policy, attempt - 1, this.clock.random));
                if (this.clock.now() + delay - started > policy.maxElapsedMs)
                    return res;
                logger.info(`${describe(ctx)}: HTTP ${res.status}${advice.note ? ` (${advice.note})` : ''} on ${ctx.operation}; retrying in ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`);
                await this.clock.sleep(delay);
                continue;
            }
            const { error } = outcome;
            if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_1__/* .BodyTooLargeError */ .Au) {
                throw this.options.failure(ctx, {
                    kind: 'too-large',
                    limit: error.limit,
                    attempts: attempt,
                });
            }
            if (!isTransientError(error))
                throw error;
            const delay = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(policy, attempt - 1, this.clock.random);
            const again = retriesLeft && (idempotent || neverSent(error));
            if (!again || this.clock.now() + delay - started > policy.maxElapsedMs) {
                throw this.options.failure(ctx, {
                    kind: 'unreachable',
                    reason: networkReason(error),
                    attempts: attempt,
                });
            }
            logger.info(`${describe(ctx)}: ${networkReason(error)} on ${ctx.operation}; retrying in ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`);
            await this.clock.sleep(delay);
        }
    }
    count(req, ctx, attempt, outcome) {
        const { tally } = this.options;
        if (!tally || ('error' in outcome && neverSent(outcome.error)))
            return;
        let host;
        try {
            host = tally.host ? tally.host(ctx) : new URL(req.url).host;
        }
        catch {
            host = 'unknown';
        }
        tally.counts.count(tally.service, host, {
            retry: attempt > 1,
            ...('response' in outcome ? { status: outcome.response.status } : {}),
        });
    }
    async once(req, streamBody, attempt) {
        const { policy, logger } = this.options;
        const controller = new AbortController();
        let timer = setTimeout(() => {
            controller.abort();
        }, policy.timeoutMs);
        const touch = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                controller.abort();
            }, policy.timeoutMs);
        };
        const raw = req.body;
        const payload = raw === undefined || Buffer.isBuffer(raw) ? raw : tap(raw, touch);
        try {
            const res = await this.options.transport({
                method: req.method,
                url: req.url,
                headers: req.headers ?? {},
                ...(payload !== undefined ? { body: payload } : {}),
                signal: controller.signal,
            });
            logger.debug(`${req.method} ${redactUrl(req.url)} → ${res.status}`);
            if (streamBody && res.status >= 200 && res.status < 300) {
                clearTimeout(timer);
                return {
                    status: res.status,
                    headers: res.headers,
                    body: EMPTY,
                    stream: res.body,
                    discard: res.discard,
                    attempts: attempt,
                };
            }
            if (req.method === 'HEAD') {
                res.discard();
                return { status: res.status, headers: res.headers, body: EMPTY, attempts: attempt };
            }
            const body = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .readBounded */ .CB)(res.body, this.maxBodyBytes);
            return { status: res.status, headers: res.headers, body, attempts: attempt };
        }
        catch (err) {
            if (controller.signal.aborted)
                throw new TimeoutError(`timed out after ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(policy.timeoutMs)}`);
            throw err;
        }
        finally {
            clearTimeout(timer);
        }
    }
}
const EMPTY = Buffer.alloc(0);
async function* tap(source, onChunk) {
    for await (const chunk of source) {
        onChunk();
        yield chunk;
    }
}
function redactUrl(url) {
    const q = url.indexOf('?');
    return q === -1 ? url : `${url.slice(0, q)}?…`;
}


/***/ }),

/***/ 28902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yq: () => (/* binding */ parseRateLimitReset)
/* harmony export */ });
const DEFAULT_RETRY_POLICY = {
    retries: 4,
    minDelayMs: 250,
    maxDelayMs: 8000,
    maxElapsedMs: 60_000,
    timeoutMs: 30_000,
};
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUS.has(status);
}
function parseRetryAfter(value, now) {
    if (value === null)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
function parseRateLimitReset(headers, now) {
    if (headers.get('x-ratelimit-remaining')?.trim() !== '0')
        return undefined;
    const reset = headers.get('x-ratelimit-reset')?.trim() ?? '';
    if (!/^\d+$/.test(reset))
        return undefined;
    return Math.max(0, Number(reset) * 1000 - now);
}
function backoffDelay(policy, retry, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retry);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 58728:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Au: () => (/* binding */ BodyTooLargeError),
  _2: () => (/* binding */ fetchTransport),
  z3: () => (/* binding */ formatBytes),
  _3: () => (/* binding */ nodeTransport),
  CB: () => (/* binding */ readBounded)
});

// UNUSED EXPORTS: readAll

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/http/transport.ts



const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
class NodeHeaders {
    raw;
    constructor(raw) {
        this.raw = raw;
    }
    get(name) {
        const value = this.raw[name.toLowerCase()];
        if (value === undefined)
            return null;
        return Array.isArray(value) ? value.join(', ') : value;
    }
}
function nodeTransport(options = {}) {
    const crossOrigin = options.crossOrigin ?? 'drop-authorization';
    const http = new external_node_http_.Agent({ keepAlive: true, maxSockets: 16 });
    let https;
    const tls = () => (https ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23)).then((m) => ({
        agent: new m.Agent({ keepAlive: true, maxSockets: 16 }),
        request: m.request,
    })));
    const once = async (req, url) => {
        const secure = url.protocol === 'https:' ? await tls() : undefined;
        return new Promise((resolve, reject) => {
            const send = secure ? secure.request : external_node_http_.request;
            const outgoing = send(url, {
                method: req.method,
                headers: req.headers,
                agent: secure ? secure.agent : http,
                signal: req.signal,
            });
            outgoing.once('response', resolve);
            outgoing.once('error', reject);
            const body = req.body;
            if (body === undefined)
                outgoing.end();
            else if (Buffer.isBuffer(body))
                outgoing.end(body);
            else {
                (0,promises_namespaceObject.pipeline)(external_node_stream_.Readable.from(body), outgoing).catch((err) => {
                    outgoing.destroy(err instanceof Error ? err : new Error(String(err)));
                });
            }
        });
    };
    return async (req) => {
        let url = new URL(req.url);
        let current = req;
        for (let hop = 0;; hop++) {
            const res = await once(current, url);
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            const replayable = current.body === undefined || Buffer.isBuffer(current.body);
            const next = location ? safeUrl(location, url) : undefined;
            const leaves = next !== undefined && next.origin !== url.origin;
            const follow = !(leaves && crossOrigin === 'stop');
            if (REDIRECTS.has(status) && next && follow && hop < MAX_REDIRECTS && replayable) {
                res.resume();
                const headers = { ...current.headers };
                if (leaves) {
                    delete headers.Authorization;
                    delete headers.authorization;
                }
                const toGet = status === 303 && current.method !== 'HEAD';
                current = {
                    ...current,
                    url: next.toString(),
                    headers,
                    method: toGet ? 'GET' : current.method,
                    ...(toGet ? { body: undefined } : {}),
                };
                url = next;
                continue;
            }
            return {
                status,
                headers: new NodeHeaders(res.headers),
                body: res,
                discard: () => {
                    res.resume();
                },
            };
        }
    };
}
function safeUrl(location, base) {
    try {
        const url = new URL(location, base);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
function fetchTransport(fetchImpl) {
    return async (req) => {
        const init = {
            method: req.method,
            headers: req.headers,
            signal: req.signal,
        };
        if (Buffer.isBuffer(req.body))
            init.body = req.body;
        else if (req.body) {
            init.body = req.body;
            init.duplex = 'half';
        }
        const res = await fetchImpl(req.url, init);
        const stream = res.body;
        return {
            status: res.status,
            headers: res.headers,
            body: stream ?? EMPTY_BODY,
            discard: () => {
                stream?.cancel().catch(() => undefined);
            },
        };
    };
}
const EMPTY_BODY = {
    [Symbol.asyncIterator]: () => ({
        next: () => Promise.resolve({ done: true, value: undefined }),
    }),
};
function readAll(body) {
    return readBounded(body, Infinity);
}
class BodyTooLargeError extends Error {
    limit;
    name = 'BodyTooLargeError';
    constructor(limit) {
        super(`the answer is larger than ${formatBytes(limit)}; reading stopped there`);
        this.limit = limit;
    }
}
async function readBounded(body, maxBytes) {
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.byteLength;
        if (total > maxBytes)
            throw new BodyTooLargeError(maxBytes);
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return Buffer.concat(chunks, total);
}
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ neutralizeCommands),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export StderrLogger */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76670);

const WORD_JOINER = '\u2060';
const LEADING_COMMAND = /^([\s\u0085\u180e\u200b]*):(?=:)/;
function neutralizeCommands(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, i) => i % 2 === 1
        ? part
        : part.replace(LEADING_COMMAND, `$1:${WORD_JOINER}`).replaceAll('##[', `##${WORD_JOINER}[`))
        .join('');
}
class StderrLogger {
    verbose;
    out;
    tty;
    constructor(verbose = false, out = (line) => process.stderr.write(line + '\n'), tty = process.stderr.isTTY) {
        this.verbose = verbose;
        this.out = out;
        this.tty = tty;
    }
    write(text) {
        this.out(neutralizeCommands(redact(text)));
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${message}`);
    }
    info(message) {
        this.write(message);
    }
    warning(message) {
        this.write(`warning: ${message}`);
    }
    mask(secret) {
        redactor.add(secret);
    }
    async group(title, fn) {
        const heading = neutralizeCommands(redact(`── ${title}`));
        this.out(this.tty ? `\x1b[1m${heading}\x1b[0m` : heading);
        return fn();
    }
}
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    mask: (secret) => {
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(secret);
    },
    group: (_title, fn) => fn(),
};


/***/ }),

/***/ 19153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vv: () => (/* binding */ commitMessageChange),
/* harmony export */   cD: () => (/* binding */ checkCommitTemplate),
/* harmony export */   jq: () => (/* binding */ renderCommitMessage)
/* harmony export */ });
/* unused harmony exports DEFAULT_COMMIT_MESSAGE, COMMIT_MESSAGE_TOKENS */
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(64389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);


const DEFAULT_COMMIT_MESSAGE = _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m['commit-message'].default;
const COMMIT_MESSAGE_TOKENS = [
    'environment',
    'image',
    'from',
    'to',
    'sha',
    'changes',
];
function commitMessageChange(c) {
    const sameRepository = (c.before?.repository ?? '') === (c.after.repository ?? '');
    const from = sameRepository ? (c.before?.tag ?? c.before?.digest) : c.from;
    const to = sameRepository ? (c.after.tag ?? c.after.digest ?? c.to) : c.to;
    return { image: c.image, to, ...(from ? { from } : {}) };
}
const TOKEN_RE = /\{([^{}]*)\}/g;
function isToken(name) {
    return COMMIT_MESSAGE_TOKENS.includes(name);
}
function checkCommitTemplate(template, input = 'commit-message') {
    for (const [, name = ''] of template.matchAll(TOKEN_RE)) {
        if (!isToken(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `unknown token {${name}}`, `use ${COMMIT_MESSAGE_TOKENS.map((t) => `{${t}}`).join(', ')}`);
        }
    }
}
function short(value) {
    return value.replace(/\b(sha\d+:[0-9a-f]{12})[0-9a-f]+/g, '$1');
}
function arrow(c) {
    return `${c.from ?? '(none)'} → ${c.to}`;
}
function renderCommitMessage(template, vars) {
    checkCommitTemplate(template);
    const values = {
        environment: vars.environment ?? '',
        image: vars.changes.map((c) => c.image).join(', '),
        from: vars.changes.map((c) => short(c.from ?? '(none)')).join(', '),
        to: vars.changes.map((c) => short(c.to)).join(', '),
        sha: (vars.sha ?? '').slice(0, 7),
        changes: vars.changes.map((c) => `${c.image} ${short(arrow(c))}`).join(', '),
    };
    const subject = template
        .replace(TOKEN_RE, (_, name) => (isToken(name) ? values[name] : ''))
        .replace(/\(\s*\)/g, '')
        .replace(/[ \t]{2,}/g, ' ')
        .trim();
    if (vars.changes.length < 2)
        return subject;
    const body = vars.changes.map((c) => `- ${c.image}: ${arrow(c)}`).join('\n');
    return `${subject}\n\n${body}`;
}


/***/ }),

/***/ 12875:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   Q2: () => (/* binding */ keyPathProblem),
/* harmony export */   _q: () => (/* binding */ parseKeyPath),
/* harmony export */   cB: () => (/* binding */ isSelector),
/* harmony export */   mh: () => (/* binding */ hasSelector)
/* harmony export */ });
const NAME = '[A-Za-z0-9_-]+';
const SELECTOR_VALUE = '[A-Za-z0-9_./:@-]+';
const SEGMENT_RE = new RegExp(`(${NAME})(?:\\[(${NAME})=(${SELECTOR_VALUE})\\])?`, 'y');
function isSelector(segment) {
    return typeof segment === 'object';
}
function scan(path) {
    if (path === '')
        return { path: [], problem: 'a key path cannot be empty' };
    const out = [];
    let pos = 0;
    for (;;) {
        SEGMENT_RE.lastIndex = pos;
        const m = SEGMENT_RE.exec(path);
        if (!m) {
            const rest = path.slice(pos);
            if (rest === '' || rest.startsWith('.')) {
                return {
                    path: out,
                    problem: 'a key path has no empty segments (no leading, trailing or doubled ".")',
                };
            }
            const bad = rest.split('.')[0] ?? rest;
            return {
                path: out,
                problem: `segment "${bad}" may only contain letters, digits, "_" and "-", optionally followed by one [field=value] selector`,
            };
        }
        const [whole, name = '', field, equals] = m;
        out.push(/^[0-9]+$/.test(name) ? Number(name) : name);
        if (field !== undefined && equals !== undefined) {
            if (/^[0-9]+$/.test(name)) {
                return { path: out, problem: `segment "${whole}": a list index cannot have a selector` };
            }
            out.push({ field, equals });
        }
        pos += whole.length;
        if (pos === path.length)
            return { path: out };
        if (path[pos] !== '.') {
            const bad = path.slice(pos - whole.length).split('.')[0] ?? whole;
            return {
                path: out,
                problem: `segment "${bad}" may only contain letters, digits, "_" and "-", optionally followed by one [field=value] selector`,
            };
        }
        pos++;
    }
}
function keyPathProblem(path) {
    return scan(path).problem;
}
function parseKeyPath(path) {
    const { path: segments, problem } = scan(path);
    if (problem !== undefined)
        throw new RangeError(`invalid key path "${path}": ${problem}`);
    return segments;
}
function formatKeyPath(path) {
    let out = '';
    for (const seg of path) {
        if (isSelector(seg))
            out += `[${seg.field}=${seg.equals}]`;
        else
            out += (out === '' ? '' : '.') + String(seg);
    }
    return out;
}
function hasSelector(path) {
    return path.some(isSelector);
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ workspaceRelative),
/* harmony export */   sv: () => (/* binding */ resolveInsideWorkspace)
/* harmony export */ });
/* unused harmony export isInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);



function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function realpathOfNearest(path) {
    let existing = path;
    const rest = [];
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(existing)) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
        if (parent === existing)
            break;
        rest.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(existing));
        existing = parent;
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing), ...rest);
}
function resolveInsideWorkspace(workspace, input, inputName) {
    if (input.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, 'the path is empty');
    if (input.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, 'the path contains a NUL character');
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, input);
    const fix = 'use a path inside the repository (relative to the workspace)';
    if (!isInside(root, path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, `"${input}" is outside the workspace ${root}`, fix);
    }
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    if (!isInside(realRoot, realpathOfNearest(path))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, `"${input}" leads outside the workspace through a symlink`, fix);
    }
    return path;
}
function workspaceRelative(workspace, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
}


/***/ }),

/***/ 88562:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ repositoryLinks),
/* harmony export */   Bg: () => (/* binding */ commitUrl),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Fw: () => (/* binding */ escapeMermaid),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   XH: () => (/* binding */ compareUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink)
/* harmony export */ });
/* unused harmony export escapeTerminal */
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(92119);

const LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
function escapeMarkdown(text) {
    return text
        .replace(LINE_BREAKS, ' ')
        .replace(/[\\`*_{}[\]()#+\-.!|~"'$%=:;,?@^]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
function codeSpan(text) {
    return /^[A-Za-z0-9._:/@+ -]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
const MERMAID_SAFE = /^[A-Za-z0-9 .,:_/@+=-]$/;
function escapeMermaid(text) {
    let out = '';
    for (const ch of text.replace(LINE_BREAKS, ' ')) {
        out += MERMAID_SAFE.test(ch) ? ch : `#${ch.codePointAt(0) ?? 0};`;
    }
    return out;
}
const SERVER_RE = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~-]+)*$/;
const REPOSITORY_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
function repositoryLinks(server, repository) {
    const s = server?.replace(/\/+$/, '');
    if (!s || !repository || !SERVER_RE.test(s) || !REPOSITORY_RE.test(repository))
        return undefined;
    if (repository.split('/').some((part) => part === '.' || part === '..'))
        return undefined;
    return { server: s, repository };
}
function commitUrl(links, sha) {
    return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RE */ .OA.test(sha) ? `${links.server}/${links.repository}/commit/${sha}` : undefined;
}
function compareUrl(links, a, b) {
    return _values_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RE */ .OA.test(a) && _values_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RE */ .OA.test(b)
        ? `${links.server}/${links.repository}/compare/${a}...${b}`
        : undefined;
}
function markdownLink(label, url) {
    return url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}
function escapeTerminal(text) {
    return text.replace(LINE_BREAKS, (run) => Array.from(run, (c) => {
        const code = c.codePointAt(0) ?? 0;
        return code < 0x100
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    }).join(''));
}


/***/ }),

/***/ 3728:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ RECORD_KINDS),
/* harmony export */   h: () => (/* binding */ RECORD_VERSION)
/* harmony export */ });
const RECORD_VERSION = 1;
const RECORD_KINDS = [
    'build',
    'promote',
    'reuse',
    'release',
    'redeploy',
    'rollback',
];


/***/ }),

/***/ 92119:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ checkSource),
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   It: () => (/* binding */ encodeValue),
/* harmony export */   M5: () => (/* binding */ checkReference),
/* harmony export */   OA: () => (/* binding */ COMMIT_RE),
/* harmony export */   pK: () => (/* binding */ checkKind),
/* harmony export */   qW: () => (/* binding */ checkText),
/* harmony export */   su: () => (/* binding */ checkCommit),
/* harmony export */   wz: () => (/* binding */ decodeValue)
/* harmony export */ });
/* unused harmony exports MAX_TEXT, MAX_URL, digestOf, repositoryOf */
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98286);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3728);


const SAFE = /[A-Za-z0-9._~:/@+-]/;
const ENCODED = /^(?:[A-Za-z0-9._~:/@+-]|%[0-9A-Fa-f]{2})*$/;
function encodeValue(text) {
    let out = '';
    for (const ch of text) {
        if (SAFE.test(ch)) {
            out += ch;
            continue;
        }
        for (const byte of new TextEncoder().encode(ch)) {
            out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        }
    }
    return out;
}
function decodeValue(text) {
    if (!ENCODED.test(text))
        return { ok: false, reason: 'holds characters a record never writes' };
    try {
        return { ok: true, value: decodeURIComponent(text) };
    }
    catch {
        return { ok: false, reason: 'is not valid percent-encoded UTF-8' };
    }
}
const MAX_TEXT = 255;
const MAX_URL = 2048;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const SOURCE_RE = /^[0-9a-f]{64}$/;
const COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const ok = (value) => ({ ok: true, value });
const bad = (reason) => ({ ok: false, reason });
function checkName(name) {
    if (name.length > MAX_TEXT)
        return bad(`an image name is at most ${MAX_TEXT} characters`);
    return NAME_RE.test(name) ? ok(name) : bad('is not a valid image name');
}
function checkReference(ref) {
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(ref);
    return parsed.ok ? ok((0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(parsed.ref)) : bad(parsed.reason);
}
function checkDigest(digest) {
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .digestProblem */ .WQ)(digest);
    return problem ? bad(problem) : ok(digest);
}
function checkSource(source) {
    return SOURCE_RE.test(source) ? ok(source) : bad('a source key is 64 lowercase hex characters');
}
function checkCommit(sha) {
    return COMMIT_RE.test(sha) ? ok(sha) : bad('a commit is a full id (40 or 64 lowercase hex)');
}
function checkText(text) {
    if (text.trim() === '')
        return bad('is empty');
    if (text.length > MAX_TEXT)
        return bad(`is longer than ${MAX_TEXT} characters`);
    if (CONTROL.test(text))
        return bad('holds a control character or a line break');
    if (/\p{Cs}/u.test(text))
        return bad('is not well-formed Unicode');
    return ok(text);
}
function checkUrl(url) {
    if (url.length > MAX_URL)
        return bad(`is longer than ${MAX_URL} characters`);
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return bad('is not a URL');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return bad('is not an http(s) URL');
    if (parsed.username || parsed.password)
        return bad('holds credentials');
    return parsed.href === url ? ok(url) : bad('is not in its normal form');
}
function checkKind(kind) {
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_KINDS */ .e.includes(kind)
        ? { ok: true, value: kind }
        : { ok: false, reason: `is not one of ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_KINDS */ .e.join(', ')}` };
}
function digestOf(ref) {
    const parsed = tryParseReference(ref);
    return parsed.ok ? parsed.ref.digest : undefined;
}
function repositoryOf(ref) {
    const parsed = tryParseReference(ref);
    return parsed.ok ? parsed.ref.name : undefined;
}


/***/ }),

/***/ 76670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ redactor),
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony export Redactor */
const MASK = '***';
const MIN_SECRET_LENGTH = 4;
const PATTERNS = [
    [
        /authorization/i,
        /\b(authorization\b["']?\s*[:=]\s*["']?)[^\s"',;]+(?:[ \t]+[^\s"',;]+)?/gi,
        `$1${MASK}`,
    ],
    [/Bearer|Basic/, /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${MASK}`],
    ['eyJ', /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, MASK],
    ['gh', /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, MASK],
    ['github_pat_', /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, MASK],
    ['://', /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@'"<>`]+(?::[^/\s'"<>`]*)?@/gi, `$1${MASK}@`],
    [
        '@',
        /(^|[\s'"(<[=,;])[^\s/:@'"<>()[\]`=,;]+:[^\s/'"<>`]+@(?!(?:sha256|sha384|sha512|blake3):|[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9=_-]{32,})(?=\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9])/g,
        `$1${MASK}@`,
    ],
];
function base64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
class Redactor {
    secrets = new Set();
    ordered = [];
    listeners = [];
    add(secret) {
        if (secret.length < MIN_SECRET_LENGTH)
            return;
        const forms = new Set([secret, base64(secret), Buffer.from(secret).toString('base64url')]);
        const encoded = encodeURIComponent(secret);
        if (encoded !== secret)
            forms.add(encoded);
        const json = JSON.stringify(secret).slice(1, -1);
        if (json !== secret)
            forms.add(json);
        for (const f of [...forms])
            if (f.endsWith('='))
                forms.add(f.replace(/=+$/, ''));
        this.addForms(forms);
    }
    addCredentials(username, password) {
        this.add(password);
        const pair = `${username}:${password}`;
        const forms = new Set([base64(pair), base64(pair).replace(/=+$/, '')]);
        this.addForms(forms);
    }
    onSecret(listener) {
        this.listeners.push(listener);
        for (const s of this.secrets)
            listener(s);
    }
    redact(text) {
        let out = text;
        for (const s of this.ordered)
            if (out.includes(s))
                out = out.split(s).join(MASK);
        for (const [needle, pattern, replacement] of PATTERNS) {
            if (typeof needle === 'string' ? !out.includes(needle) : !needle.test(out))
                continue;
            out = out.replace(pattern, replacement);
        }
        return out;
    }
    addForms(forms) {
        let added = false;
        for (const form of forms) {
            if (form.length < MIN_SECRET_LENGTH || this.secrets.has(form))
                continue;
            this.secrets.add(form);
            added = true;
            for (const listener of this.listeners)
                listener(form);
        }
        if (added)
            this.ordered = [...this.secrets].sort((a, b) => b.length - a.length);
    }
}
const redactor = new Redactor();
function redact(text) {
    return redactor.redact(text);
}


/***/ }),

/***/ 98286:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ parseRepositoryName),
/* harmony export */   AF: () => (/* binding */ ReferenceError),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   WF: () => (/* binding */ tryParseReference),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   gh: () => (/* binding */ withTagAndDigest),
/* harmony export */   pA: () => (/* binding */ joinRepository),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports DEFAULT_DOMAIN, NAME_TOTAL_LENGTH_MAX */
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;
const INPUT_LENGTH_MAX = 1024;
const alnum = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const host = `(?:${domainComponent}(?:\\.${domainComponent})*|${ipv6})`;
const domainRe = `${host}(?::[0-9]+)?`;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const PATH_RE = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const DOMAIN_RE = new RegExp(`^${domainRe}$`);
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
class ReferenceError extends Error {
    input;
    reason;
    name = 'ReferenceError';
    constructor(input, reason) {
        super(`invalid image reference ${JSON.stringify(input)}: ${reason}`);
        this.input = input;
        this.reason = reason;
    }
}
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
function tagProblem(tag) {
    if (tag === '')
        return 'a tag cannot be empty';
    if (tag.length > 128)
        return `a tag is at most 128 characters (this one has ${tag.length})`;
    if (!TAG_RE.test(tag)) {
        return 'a tag must start with a letter, digit or underscore and contain only letters, digits, "_", "." and "-"';
    }
    return undefined;
}
function digestProblem(digest) {
    if (!DIGEST_RE.test(digest))
        return 'a digest looks like sha256:<64 lowercase hex characters>';
    const [algorithm = '', hex = ''] = digest.split(':', 2);
    const expected = DIGEST_HEX_LENGTH[algorithm];
    if (expected === undefined)
        return `unsupported digest algorithm "${algorithm}"`;
    if (hex.length !== expected)
        return `a ${algorithm} digest has ${expected} hex characters, not ${hex.length}`;
    if (hex !== hex.toLowerCase())
        return 'digest hex must be lowercase';
    return undefined;
}
function isValidDigest(digest) {
    return digestProblem(digest) === undefined;
}
function isDomainComponent(first) {
    return first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first;
}
function splitDomain(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    let [domain, path] = slash === -1 || !isDomainComponent(first)
        ? [DEFAULT_DOMAIN, name]
        : [first, name.slice(slash + 1)];
    if (domain === LEGACY_DEFAULT_DOMAIN)
        domain = DEFAULT_DOMAIN;
    if (domain === DEFAULT_DOMAIN && !path.includes('/'))
        path = OFFICIAL_REPO_PREFIX + path;
    return { domain, path };
}
function parseName(input, name) {
    if (name === '')
        throw new ReferenceError(input, 'the repository name is empty');
    const { domain, path } = splitDomain(name);
    if (!DOMAIN_RE.test(domain))
        throw new ReferenceError(input, `invalid registry host "${domain}"`);
    if (path !== path.toLowerCase())
        throw new ReferenceError(input, 'repository name must be lowercase');
    if (!PATH_RE.test(path)) {
        throw new ReferenceError(input, `invalid repository path "${path}": use lowercase letters, digits and single separators (".", "_", "__", "-") between "/"-separated parts`);
    }
    if (path.length > NAME_TOTAL_LENGTH_MAX) {
        throw new ReferenceError(input, `repository path "${path.slice(0, 40)}…" is longer than ${NAME_TOTAL_LENGTH_MAX} characters (${path.length})`);
    }
    return { domain, path };
}
function parseReference(input) {
    const s = input.trim();
    if (s === '')
        throw new ReferenceError(input, 'the reference is empty');
    if (/\s/.test(s))
        throw new ReferenceError(input, 'a reference cannot contain whitespace');
    if (s.length > INPUT_LENGTH_MAX) {
        throw new ReferenceError(input, `a reference is at most ${INPUT_LENGTH_MAX} characters`);
    }
    if (IDENTIFIER_RE.test(s)) {
        throw new ReferenceError(input, 'a 64-character hex string is an image ID, not a repository name');
    }
    let rest = s;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        const problem = digestProblem(digest);
        if (problem)
            throw new ReferenceError(input, problem);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        const problem = tagProblem(tag);
        if (problem)
            throw new ReferenceError(input, problem);
    }
    const { domain, path } = parseName(input, rest);
    return build(domain, path, tag, digest);
}
function tryParseReference(input) {
    try {
        return { ok: true, ref: parseReference(input) };
    }
    catch (err) {
        if (err instanceof ReferenceError)
            return { ok: false, reason: err.reason };
        throw err;
    }
}
function build(domain, path, tag, digest) {
    const name = `${domain}/${path}`;
    let familiarName = name;
    if (domain === DEFAULT_DOMAIN) {
        const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
        familiarName = path.startsWith(OFFICIAL_REPO_PREFIX) && !rest.includes('/') ? rest : path;
        const slash = familiarName.indexOf('/');
        if (slash !== -1 && isDomainComponent(familiarName.slice(0, slash)))
            familiarName = name;
    }
    const suffix = (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`);
    const ref = { domain, path, name, familiar: familiarName + suffix };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
function withTagAndDigest(ref, tag, digest) {
    return build(ref.domain, ref.path, tag, digest);
}
function formatReference(ref) {
    return (ref.name +
        (ref.tag === undefined ? '' : `:${ref.tag}`) +
        (ref.digest === undefined ? '' : `@${ref.digest}`));
}
function joinRepository(registry, repository) {
    const slash = repository.indexOf('/');
    const first = slash === -1 ? '' : repository.slice(0, slash);
    const hasHost = slash !== -1 && (/[.:]/.test(first) || first === 'localhost');
    const full = hasHost || !registry ? repository : `${registry.replace(/\/+$/, '')}/${repository}`;
    return parseReference(full);
}
function parseRepositoryName(input) {
    const ref = parseReference(input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new ReferenceError(input, 'a repository name has no tag or digest');
    }
    return ref;
}


/***/ }),

/***/ 27481:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RegistryAuth: () => (/* binding */ RegistryAuth),
/* harmony export */   basicAuthorization: () => (/* binding */ basicAuthorization),
/* harmony export */   findDockerCredentials: () => (/* reexport safe */ _docker_config_js__WEBPACK_IMPORTED_MODULE_2__.ew),
/* harmony export */   mergeScopes: () => (/* binding */ mergeScopes),
/* harmony export */   parseWwwAuthenticate: () => (/* binding */ parseWwwAuthenticate),
/* harmony export */   pullScope: () => (/* binding */ pullScope),
/* harmony export */   pushScope: () => (/* binding */ pushScope)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76670);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(58851);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(30026);



function parseWwwAuthenticate(header) {
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skip = (re) => {
        while (i < n && re.test(header.charAt(i)))
            i++;
    };
    while (i < n) {
        skip(/[\s,]/);
        const schemeStart = i;
        skip(/[^\s,=]/);
        if (i === schemeStart)
            break;
        const current = { scheme: header.slice(schemeStart, i).toLowerCase(), params: {} };
        challenges.push(current);
        for (;;) {
            skip(/[\s,]/);
            const keyStart = i;
            skip(/[^\s,=]/);
            const key = header.slice(keyStart, i);
            skip(/\s/);
            if (key === '' || header.charAt(i) !== '=') {
                i = keyStart;
                break;
            }
            i++;
            skip(/\s/);
            let value = '';
            if (header.charAt(i) === '"') {
                i++;
                while (i < n && header.charAt(i) !== '"') {
                    if (header.charAt(i) === '\\' && i + 1 < n)
                        i++;
                    value += header.charAt(i);
                    i++;
                }
                i++;
            }
            else {
                const valueStart = i;
                skip(/[^\s,]/);
                value = header.slice(valueStart, i);
            }
            current.params[key.toLowerCase()] = value;
        }
    }
    return challenges;
}
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
function pushScope(repository) {
    return `repository:${repository}:pull,push`;
}
function mergeScopes(scopes) {
    const byResource = new Map();
    for (const scope of scopes) {
        for (const one of scope.split(' ')) {
            const cut = one.lastIndexOf(':');
            if (cut <= 0)
                continue;
            const resource = one.slice(0, cut);
            const actions = byResource.get(resource) ?? new Set();
            one
                .slice(cut + 1)
                .split(',')
                .filter(Boolean)
                .forEach((a) => actions.add(a));
            byResource.set(resource, actions);
        }
    }
    return [...byResource.entries()]
        .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`)
        .sort();
}
const EXPIRY_MARGIN_MS = 10_000;
class RegistryAuth {
    options;
    scheme = 'unknown';
    bearer;
    basicHeader;
    credentials;
    tokens = new Map();
    upgrades = new Map();
    answered = new Map();
    constructor(options) {
        this.options = options;
    }
    static withCredentials(options, creds) {
        return new RegistryAuth({ ...options, credentials: () => Promise.resolve(creds) });
    }
    async header(scopes, ctx) {
        if (this.scheme === 'basic')
            return this.basicHeader;
        if (this.scheme === 'bearer') {
            const upgraded = this.upgrades.get(mergeScopes(scopes).join(' ')) ?? scopes;
            return (await this.token(upgraded, ctx)).header;
        }
        return undefined;
    }
    async onUnauthorized(wwwAuthenticate, scopes, sent, ctx) {
        const challenges = parseWwwAuthenticate(wwwAuthenticate ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        if (bearer?.params.realm) {
            this.scheme = 'bearer';
            const service = bearer.params.service;
            this.bearer = { realm: bearer.params.realm, ...(service ? { service } : {}) };
            const asked = mergeScopes(scopes).join(' ');
            const wanted = mergeScopes([
                ...(this.upgrades.get(asked) ?? scopes),
                ...(bearer.params.scope ? [bearer.params.scope] : []),
            ]);
            if (wanted.join(' ') !== asked)
                this.upgrades.set(asked, wanted);
            const key = wanted.join(' ');
            if (sent !== undefined && this.answered.get(sent) === key)
                return false;
            const cached = this.tokens.get(key);
            if (cached && sent !== undefined) {
                const token = await cached.catch(() => undefined);
                if (token?.header === sent && this.tokens.get(key) === cached)
                    this.tokens.delete(key);
            }
            const fresh = await this.token(wanted, ctx);
            this.answered.set(fresh.header, key);
            return fresh.header !== sent;
        }
        if (basic) {
            const creds = await this.loadCredentials();
            if (!creds || !('password' in creds))
                return false;
            this.scheme = 'basic';
            this.basicHeader = basicAuthorization(creds.username, creds.password);
            this.options.logger.mask(this.basicHeader.slice('Basic '.length));
            return this.basicHeader !== sent;
        }
        return false;
    }
    loadCredentials() {
        this.credentials ??= this.options.credentials().then((creds) => {
            registerCredentials(creds);
            return creds;
        });
        return this.credentials;
    }
    token(scopes, ctx) {
        const key = mergeScopes(scopes).join(' ');
        const cached = this.tokens.get(key);
        if (cached) {
            return cached.then((t) => {
                if (t.expiresAt - EXPIRY_MARGIN_MS > this.options.clock.now())
                    return t;
                if (this.tokens.get(key) === cached)
                    this.tokens.delete(key);
                return this.token(scopes, ctx);
            });
        }
        const pending = this.fetchToken(mergeScopes(scopes), ctx);
        this.tokens.set(key, pending);
        pending.catch(() => this.tokens.delete(key));
        return pending;
    }
    async fetchToken(scopes, ctx) {
        const { http, logger, clock, registry } = this.options;
        if (!this.bearer)
            throw new Error('unreachable: bearer token requested before a challenge');
        const { realm, service } = this.bearer;
        const creds = await this.loadCredentials();
        const tokenCtx = { ...ctx, operation: `token request to ${realmLabel(realm)}` };
        let res;
        if (creds && 'identityToken' in creds) {
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                client_id: 'image-promote',
            });
            if (service)
                form.set('service', service);
            if (scopes.length > 0)
                form.set('scope', scopes.join(' '));
            res = await http.buffered({
                method: 'POST',
                url: realm,
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString()),
            }, tokenCtx);
        }
        else {
            const url = new URL(realm);
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (creds) {
                url.searchParams.set('account', creds.username);
                headers.Authorization = basicAuthorization(creds.username, creds.password);
                logger.mask(headers.Authorization.slice('Basic '.length));
            }
            res = await http.buffered({ method: 'GET', url: url.toString(), headers }, tokenCtx);
        }
        const said = res.status === 200 ? '' : tokenErrorDetail(res.body);
        if (res.status === 401 || res.status === 403) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({ ...tokenCtx, status: res.status }, creds
                ? `the token service rejected the credentials docker has for ${registry} (HTTP ${res.status}${said})`
                : `the token service requires credentials for ${registry} (HTTP ${res.status}${said})`, `run docker login ${registry} with an account that may access ${scopes.join(' ')}`);
        }
        if (res.status !== 200) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({ ...tokenCtx, status: res.status, attempts: res.attempts }, `the token service answered HTTP ${res.status}${said}`, 'retry later, or check the registry status');
        }
        let body;
        try {
            body = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(tokenCtx, 'the token service did not answer with JSON');
        }
        const token = typeof body.token === 'string' && body.token
            ? body.token
            : typeof body.access_token === 'string'
                ? body.access_token
                : '';
        if (!token)
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(tokenCtx, 'the token service answered without a token');
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(token);
        logger.mask(token);
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        logger.debug(`registry ${registry}: got a token for ${scopes.join(' ') || '(no scope)'}`);
        return { header: `Bearer ${token}`, expiresAt: clock.now() + seconds * 1000 };
    }
}
function registerCredentials(creds) {
    if (!creds)
        return;
    if ('password' in creds)
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.addCredentials(creds.username, creds.password);
    else
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(creds.identityToken);
}
function tokenErrorDetail(body) {
    const text = body.toString('utf8').trim();
    if (text === '')
        return '';
    let detail = text;
    try {
        const json = JSON.parse(text);
        const first = json.errors?.[0]?.message;
        const picked = [json.error_description, json.details, json.error, json.message, first].find((v) => typeof v === 'string' && v !== '');
        if (picked !== undefined)
            detail = picked;
    }
    catch {
    }
    return `: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(detail.replace(/\s+/g, ' ')).slice(0, 200)}`;
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
function realmLabel(realm) {
    try {
        const u = new URL(realm);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return 'the token service';
    }
}


/***/ }),

/***/ 41023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ Backend)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98286);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(58851);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(10506);



class Backend {
    options;
    movedFix;
    constructor(options, movedFix) {
        this.options = options;
        this.movedFix = movedFix;
    }
    ctx(operation, repository, reference) {
        return {
            registry: this.options.registry,
            operation,
            repository,
            ...(reference !== undefined ? { reference } : {}),
        };
    }
    checkHost(ref) {
        if (ref.domain !== this.options.registry) {
            throw new Error(`reference ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(ref)} does not belong to registry ${this.options.registry}`);
        }
    }
    checkOverwrite(current, next, repository, tag, options) {
        if (current === undefined)
            return undefined;
        if (current.digest === next.digest)
            return { descriptor: next, changed: false };
        if (options.allowOverwrite ?? this.options.allowOverwrite ?? false)
            return undefined;
        throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(this.ctx('add tag', repository, tag), `tag ${tag} already points to ${current.digest}; refusing to move it to ${next.digest} (tags are treated as immutable)`, 'choose a new tag, or allow overwriting tags explicitly if moving it is intended');
    }
    movedError(repository, tag, expected, actual) {
        return new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(this.ctx('verify tag', repository, tag), actual === undefined
            ? `tag ${tag} no longer exists (it should name ${expected}): another writer deleted it`
            : `tag ${tag} now points to ${actual}, not ${expected}: another writer moved it`, this.movedFix);
    }
    async configOf(repository, top, read, readOp, readBlob) {
        let image = top;
        for (let depth = 0; image.parsed.kind === 'index' && depth < 2; depth++) {
            const child = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .pickImageChild */ .T$)(image.parsed.children);
            const ctx = this.ctx('read image config', repository, image.digest);
            if (!child)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(ctx, 'the index lists no image');
            const next = await read(child.digest);
            if (!next) {
                throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(this.ctx(readOp, repository, child.digest), 'a manifest the index lists is missing from the repository', 'the index is incomplete; rebuild and push it');
            }
            image = next;
        }
        const ctx = this.ctx('read image config', repository, image.digest);
        if (image.parsed.kind !== 'image' || !image.parsed.config) {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(ctx, 'the image manifest names no config');
        }
        const bytes = await readBlob(image.parsed.config.digest);
        try {
            return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageConfig */ .FB)(bytes);
        }
        catch (err) {
            if (err instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestError */ .Sh)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl(ctx, err.message);
            throw err;
        }
    }
}


/***/ }),

/***/ 30026:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ew: () => (/* binding */ findDockerCredentials)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_SERVER, configKeyHost, dockerConfigDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(83916);




const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
function configKeyHost(key) {
    const stripped = key.replace(/^https?:\/\//i, '');
    const slash = stripped.indexOf('/');
    return (slash === -1 ? stripped : stripped.slice(0, slash)).toLowerCase();
}
function sameRegistry(a, b) {
    const x = configKeyHost(a);
    const y = configKeyHost(b);
    return x === y || (DOCKER_HUB_HOSTS.has(x) && DOCKER_HUB_HOSTS.has(y));
}
function dockerConfigDir(env = process.env) {
    if (env.DOCKER_CONFIG)
        return env.DOCKER_CONFIG;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
}
async function readConfig(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot read docker config ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
    if (text.trim() === '')
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`docker config ${file} is not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}); fix it or run docker login again`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`docker config ${file} must hold a JSON object`);
    }
    return parsed;
}
function fromAuthEntry(entry) {
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
        const username = typeof entry.username === 'string' ? entry.username : undefined;
        return username
            ? { identityToken: entry.identitytoken, username }
            : { identityToken: entry.identitytoken };
    }
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username) {
        return { username: entry.username, password: entry.password };
    }
    return undefined;
}
function helperFor(config, host) {
    for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
        if (typeof helper === 'string' && helper !== '' && sameRegistry(key, host))
            return helper;
    }
    return typeof config.credsStore === 'string' && config.credsStore !== ''
        ? config.credsStore
        : undefined;
}
function isExecError(err) {
    return err instanceof Error && err.name === 'ExecError' && 'exitCode' in err;
}
async function askHelper(helper, server, options) {
    const run = options.exec ?? (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 73190))).exec;
    const program = `docker-credential-${helper}`;
    const result = await run(program, ['get'], {
        input: server,
        allowFailure: true,
        timeoutMs: 30000,
        ...(options.env ? { env: options.env } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
    });
    if (result.exitCode !== 0) {
        const said = `${result.stdout} ${result.stderr}`.toLowerCase();
        if (said.includes('credentials not found'))
            return undefined;
        throw new Error(`${program} get exited with code ${result.exitCode}`);
    }
    let reply;
    try {
        reply = JSON.parse(result.stdout);
    }
    catch {
        throw new Error(`${program} get did not print JSON`);
    }
    const username = typeof reply.Username === 'string' ? reply.Username : '';
    const secret = typeof reply.Secret === 'string' ? reply.Secret : '';
    if (secret === '')
        return undefined;
    options.logger?.mask(secret);
    if (username === '<token>')
        return { identityToken: secret };
    return { username, password: secret };
}
async function findDockerCredentials(host, options = {}) {
    const env = options.env ?? process.env;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dockerConfigDir(env), 'config.json');
    const config = await readConfig(file);
    if (!config)
        return undefined;
    const isHub = DOCKER_HUB_HOSTS.has(configKeyHost(host));
    const authKeys = Object.keys(config.auths ?? {}).filter((key) => sameRegistry(key, host));
    const helper = helperFor(config, host);
    if (helper) {
        const servers = [...new Set([isHub ? DOCKER_HUB_SERVER : host, ...authKeys])];
        try {
            for (const server of servers) {
                const found = await askHelper(helper, server, { ...options, env });
                if (found)
                    return found;
            }
        }
        catch (err) {
            const why = isExecError(err) && err.exitCode === null ? 'could not run' : 'failed';
            options.logger?.warning(`docker credential helper '${helper}' ${why} for ${host} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}); using ${file} instead`);
        }
    }
    const ordered = [...authKeys.filter((k) => k === host), ...authKeys.filter((k) => k !== host)];
    for (const key of ordered) {
        const entry = config.auths?.[key];
        if (!entry || typeof entry !== 'object')
            continue;
        const creds = fromAuthEntry(entry);
        if (creds) {
            if ('password' in creds)
                options.logger?.mask(creds.password);
            else
                options.logger?.mask(creds.identityToken);
            return creds;
        }
    }
    return undefined;
}


/***/ }),

/***/ 80072:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   isEcrHost: () => (/* binding */ isEcrHost),
/* harmony export */   parseEcrHost: () => (/* binding */ parseEcrHost)
/* harmony export */ });
const SUFFIXES = [
    ['amazonaws.com', 'aws', false],
    ['amazonaws.com.cn', 'aws-cn', false],
    ['amazonaws.eu', 'aws-eusc', false],
    ['on.aws', 'aws', true],
    ['on.amazonwebservices.com.cn', 'aws-cn', true],
    ['c2s.ic.gov', 'aws-iso', false],
    ['sc2s.sgov.gov', 'aws-iso-b', false],
    ['cloud.adc-e.uk', 'aws-iso-e', false],
    ['csp.hci.ic.gov', 'aws-iso-f', false],
];
const HOST_RE = /^(\d{12})\.dkr([.-])ecr(-fips)?\.([a-z0-9][a-z0-9-]*)\.(.+)$/;
function parseEcrHost(host) {
    const bare = host.toLowerCase().replace(/:\d+$/, '');
    const m = HOST_RE.exec(bare);
    if (!m)
        return undefined;
    const [, accountId = '', sep, fips, region = '', suffix] = m;
    const known = SUFFIXES.find(([s]) => s === suffix);
    if (!known)
        return undefined;
    const [, basePartition, dualstack] = known;
    if ((sep === '-') !== dualstack)
        return undefined;
    const partition = basePartition === 'aws' && region.startsWith('us-gov-') ? 'aws-us-gov' : basePartition;
    return { accountId, region, fips: fips !== undefined, dualstack, partition };
}
function isEcrHost(host) {
    return parseEcrHost(host) !== undefined;
}


/***/ }),

/***/ 58851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   Uc: () => (/* binding */ formatRefSuffix),
/* harmony export */   _Y: () => (/* binding */ retryIntegrity),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   lw: () => (/* binding */ Http),
/* harmony export */   m0: () => (/* binding */ requireDigest)
/* harmony export */ });
/* unused harmony export REGISTRY_MAX_BODY_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73329);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(28902);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(58728);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(76670);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(10506);






class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    info;
    name = 'RegistryError';
    constructor(info, problem, fix) {
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(`${describeTarget(info)}: ${problem}${fix ? ` — ${fix}` : ''}`));
        this.info = info;
    }
}
class IntegrityError extends RegistryError {
    problem;
    name = 'IntegrityError';
    constructor(ctx, problem) {
        super({ ...ctx, code: 'DIGEST_MISMATCH', retryable: true }, problem, 'the registry or a proxy in between altered the content; nothing was promoted from it');
        this.problem = problem;
    }
}
function digestMismatch(ctx, expected, actual, claimedBy) {
    return new IntegrityError(ctx, `the registry returned bytes that do not match ${expected}${claimedBy ? `, ${claimedBy}` : ''} (they hash to ${actual})`);
}
function requireDigest(ctx, bytes, digest, claimedBy) {
    if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .hashMatches */ .CR)(bytes, digest)) {
        throw digestMismatch(ctx, digest, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestOf */ .ol)(bytes, digest), claimedBy);
    }
}
async function retryIntegrity(options, ctx, attempt) {
    const { policy, clock, logger } = options;
    const started = clock.now();
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (err) {
            if (!(err instanceof IntegrityError))
                throw err;
            const delay = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .EY)(policy, n - 1, clock.random);
            if (n > policy.retries || clock.now() + delay - started > policy.maxElapsedMs) {
                if (n === 1)
                    throw err;
                throw new RegistryError({ ...err.info, attempts: n }, `${err.problem} (${n} attempts)`, 'the registry or a proxy in between keeps altering the content; nothing was promoted from it');
            }
            logger.info(`registry ${ctx.registry}: ${err.problem} on ${ctx.operation}; retrying in ${(0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMs */ ._V)(delay)} (attempt ${n + 1} of ${policy.retries + 1})`);
            await clock.sleep(delay);
        }
    }
}
function formatRefSuffix(reference) {
    if (reference === undefined)
        return '';
    return reference.includes(':') ? `@${reference}` : `:${reference}`;
}
function describeTarget(info) {
    const where = info.repository
        ? ` repository ${info.repository}${formatRefSuffix(info.reference)}`
        : '';
    return `registry ${info.registry}${where}: ${info.operation}`;
}
const REGISTRY_MAX_BODY_BYTES = 64 * 1024 * 1024;
function registryFailure(ctx, failure) {
    if (failure.kind === 'too-large') {
        return new RegistryError({ ...ctx, attempts: failure.attempts, retryable: false }, `the answer is larger than ${(0,_http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(failure.limit)}; it was not read to the end`, 'the address may not be a registry, or a proxy in between answers instead of it');
    }
    return new RegistryError({ ...ctx, attempts: failure.attempts, retryable: true }, `could not reach the registry (${failure.reason})${failure.attempts > 1 ? ` after ${failure.attempts} attempts` : ''}`, 'check the registry address and the network, or retry later');
}
class Http extends _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq {
    constructor({ tally, ...options }) {
        super({
            ...options,
            maxBodyBytes: options.maxBodyBytes ?? REGISTRY_MAX_BODY_BYTES,
            describe: (ctx) => `registry ${ctx.registry}`,
            failure: registryFailure,
            ...(tally
                ? { tally: { counts: tally, service: 'registry', host: (ctx) => ctx.registry } }
                : {}),
        });
    }
}


/***/ }),

/***/ 10506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   T$: () => (/* binding */ pickImageChild),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   ZX: () => (/* binding */ bareMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony export isAttestation */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98286);


const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const INDEX_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const IMAGE_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
].join(', ');
const MANIFEST_MEDIA_TYPES = Object.values(MEDIA_TYPES);
function digestOf(bytes, like) {
    const algorithm = like?.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
const ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
function digestAlgorithm(digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    return colon > 0 && ALGORITHMS.has(algorithm) ? algorithm : undefined;
}
function hashMatches(bytes, digest) {
    const algorithm = digestAlgorithm(digest);
    if (algorithm === undefined)
        return false;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex') === digest.slice(algorithm.length + 1);
}
function bareMediaType(contentType) {
    if (!contentType)
        return undefined;
    const bare = contentType.split(';', 1)[0]?.trim().toLowerCase();
    return bare || undefined;
}
class ManifestError extends Error {
    name = 'ManifestError';
}
function readDescriptor(value, where) {
    if (typeof value !== 'object' || value === null) {
        throw new ManifestError(`${where} is not a descriptor object`);
    }
    const d = value;
    if (typeof d.digest !== 'string' || (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .digestProblem */ .WQ)(d.digest) !== undefined) {
        throw new ManifestError(`${where} has an invalid digest`);
    }
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        throw new ManifestError(`${where} has an invalid size`);
    }
    const mediaType = typeof d.mediaType === 'string' ? d.mediaType : '';
    const foreign = mediaType.includes('nondistributable') ||
        mediaType.includes('foreign') ||
        (Array.isArray(d.urls) && d.urls.length > 0);
    const ref = { digest: d.digest, size: d.size, mediaType, foreign };
    const platform = readPlatform(d.platform);
    if (platform)
        ref.platform = platform;
    if (typeof d.annotations === 'object' && d.annotations !== null) {
        const strings = Object.entries(d.annotations).filter((e) => typeof e[1] === 'string');
        if (strings.length > 0)
            ref.annotations = Object.fromEntries(strings);
    }
    return ref;
}
function readPlatform(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const p = value;
    if (typeof p.os !== 'string' || typeof p.architecture !== 'string')
        return undefined;
    return {
        os: p.os,
        architecture: p.architecture,
        ...(typeof p.variant === 'string' ? { variant: p.variant } : {}),
    };
}
function isAttestation(child) {
    return (child.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (child.platform?.os === 'unknown' && child.platform.architecture === 'unknown'));
}
function pickImageChild(children) {
    const images = children.filter((c) => !isAttestation(c));
    return (images.find((c) => c.platform?.os === 'linux' && c.platform.architecture === 'amd64') ??
        images[0]);
}
function parseManifest(bytes, contentType) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new ManifestError('the manifest is not valid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ManifestError('the manifest is not a JSON object');
    }
    const m = json;
    const declared = typeof m.mediaType === 'string' ? m.mediaType : undefined;
    const header = bareMediaType(contentType);
    const known = (t) => t !== undefined && (INDEX_TYPES.has(t) || IMAGE_TYPES.has(t));
    let mediaType = known(header) ? header : known(declared) ? declared : undefined;
    mediaType ??= Array.isArray(m.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest;
    if (INDEX_TYPES.has(mediaType)) {
        if (!Array.isArray(m.manifests))
            throw new ManifestError('the index has no "manifests" list');
        const children = m.manifests.map((c, i) => readDescriptor(c, `manifests[${i}]`));
        return { kind: 'index', mediaType, children };
    }
    const blobs = [];
    const config = m.config !== undefined ? readDescriptor(m.config, 'config') : undefined;
    if (config)
        blobs.push(config);
    if (m.layers !== undefined) {
        if (!Array.isArray(m.layers))
            throw new ManifestError('"layers" is not a list');
        m.layers.forEach((l, i) => blobs.push(readDescriptor(l, `layers[${i}]`)));
    }
    return { kind: 'image', mediaType, blobs, ...(config ? { config } : {}) };
}
function parseImageConfig(bytes) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new ManifestError('the image config is not valid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ManifestError('the image config is not a JSON object');
    }
    const c = json;
    const raw = c.config?.Labels;
    const labels = {};
    if (typeof raw === 'object' && raw !== null) {
        for (const [k, v] of Object.entries(raw))
            if (typeof v === 'string')
                labels[k] = v;
    }
    return { labels, ...(typeof c.created === 'string' ? { created: c.created } : {}) };
}


/***/ }),

/***/ 89274:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ manifestReference),
/* harmony export */   n: () => (/* binding */ descriptorOf)
/* harmony export */ });
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
function descriptorOf(m) {
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
}


/***/ }),

/***/ 57937:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mapPool)
/* harmony export */ });
async function mapPool(items, limit, fn) {
    const values = [];
    let next = 0;
    const failures = [];
    const worker = async () => {
        while (next < items.length && failures.length === 0) {
            const index = next++;
            try {
                values[index] = await fn(items[index], index);
            }
            catch (reason) {
                failures.push({ index, reason });
            }
        }
    };
    const count = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: count }, worker));
    const first = failures.sort((a, b) => a.index - b.index)[0];
    if (first)
        throw first.reason;
    return values;
}


/***/ }),

/***/ 31513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ checkSources),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _changes_globs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76770);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3317);




function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            row.push(v);
            if (v < best)
                best = v;
        }
        if (best > max)
            return max + 1;
        prev = row;
    }
    return prev[b.length];
}
function nearest(wanted, candidates, max = Math.max(2, Math.floor(wanted.length / 3))) {
    let best;
    let bestDistance = max + 1;
    for (const c of candidates) {
        const d = distance(wanted, c, Math.min(max, bestDistance));
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
function directories(tree) {
    const dirs = new Set();
    for (const path of tree.paths) {
        for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
            dirs.add(path.slice(0, i));
    }
    return dirs;
}
function suggestion(wanted, candidates) {
    const near = nearest(wanted, candidates);
    return near
        ? `did you mean "${near}"?`
        : 'check the path (it is relative to the repository root)';
}
function problemError(tree, image, p, dirs) {
    const at = tree.commit.slice(0, 7);
    const named = `the ${p.what} "${p.path}"`;
    const chain = p.via.length > 0 ? ` (${p.via.join(', ')})` : '';
    const error = (message, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', `image ${image}: ${message}`, hint);
    switch (p.kind) {
        case 'missing': {
            const candidates = p.what === 'context'
                ? dirs()
                : tree.paths.filter((f) => /(^|\/)[^/]*dockerfile[^/]*$/i.test(f));
            return error(`${named} does not exist at ${at}${chain}`, suggestion(p.at, candidates));
        }
        case 'not-directory':
            return error(`${named} is a file at ${at}, not a directory${chain}`, 'set context to the directory docker builds from');
        case 'not-file':
            return error(`${named} is not a file at ${at}${chain}`, 'set dockerfile to the Dockerfile itself');
        case 'escapes':
            return error(`${named} leads out of the repository at ${at}${chain}, so what it is built from cannot be known`, `point the symlink inside the repository, or set ${p.what === 'context' ? 'context' : 'dockerfile'} to the real path`);
        case 'loop':
            return error(`the symlinks of ${named} loop at ${at}${chain}`, 'make the symlinks end at a real file or directory');
    }
}
function checkSources(tree, images, sources, options = {}) {
    const at = tree.commit.slice(0, 7);
    let dirs;
    const allDirs = () => (dirs ??= directories(tree));
    for (const image of images) {
        const where = `image ${image.name}`;
        const source = sources.get(image.name);
        if (!source)
            throw new Error(`internal error: ${image.name}'s source was not resolved`);
        if ('problem' in source)
            throw problemError(tree, image.name, source.problem, allDirs);
        for (const pattern of image.paths) {
            if (pattern.startsWith('!'))
                continue;
            if (new _changes_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobList */ .Rz([pattern]).firstMatch(tree.paths) !== undefined)
                continue;
            const base = picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(pattern).base;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', `${where}: paths pattern "${pattern}" matches no file at ${at}`, base ? suggestion(base, [...allDirs(), ...tree.paths]) : 'check the pattern');
        }
        const isCode = (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .codeTest */ .ol)(image, source);
        for (const overlay of options.written ?? []) {
            if ((0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .indexIn */ .YP)(tree.paths, overlay) === undefined || !isCode(overlay))
                continue;
            const viaContext = image.paths.length === 0 || (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .inContext */ .Vc)(source, overlay);
            const ignoreFile = source.context === '' ? '.dockerignore' : `${source.context}/.dockerignore`;
            const relative = source.context === '' ? overlay : overlay.slice(source.context.length + 1);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', `${where}: the overlay ${overlay}, which this run writes, is part of its source (${viaContext ? `docker sends it from the context "${image.context}"` : 'paths names it'}), so every deploy would change the source key and rebuild it`, viaContext
                ? `add "${relative}" to ${ignoreFile} (docker then never sends it)${image.paths.length > 0 ? ', or leave it out of paths' : ', or set paths'}`
                : `leave ${overlay} out of paths`);
        }
    }
}


/***/ }),

/***/ 40319:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mn: () => (/* binding */ contextFilter)
/* harmony export */ });
/* unused harmony exports readDockerignore, goClean, DockerPatterns */
function readDockerignore(text) {
    const patterns = [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (Buffer.byteLength(line, 'utf8') + 1 >= 64 * 1024)
            return undefined;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (i === 0 && line.startsWith('\uFEFF'))
            line = line.slice(1);
        if (line.startsWith('#'))
            continue;
        let pattern = goTrimSpace(line);
        if (pattern === '')
            continue;
        const invert = pattern.startsWith('!');
        if (invert)
            pattern = goTrimSpace(pattern.slice(1));
        if (pattern.length > 0) {
            pattern = goClean(pattern);
            if (pattern.length > 1 && pattern.startsWith('/'))
                pattern = pattern.slice(1);
        }
        patterns.push(invert ? `!${pattern}` : pattern);
    }
    return patterns;
}
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
function goTrimSpace(s) {
    return s.replace(TRIM, '');
}
function goClean(path) {
    if (path === '')
        return '.';
    const rooted = path.startsWith('/');
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
            continue;
        }
        out.push(part);
    }
    const joined = out.join('/');
    if (rooted)
        return `/${joined}`;
    return joined === '' ? '.' : joined;
}
const REGEXP_ONLY = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);
function literalChar(c) {
    return /^[A-Za-z0-9_]$/.test(c) ? c : `\\u{${c.codePointAt(0).toString(16)}}`;
}
function simpleClass(chars, at) {
    let i = at + 1;
    let source = '[';
    if (chars[i] === '^') {
        source += '^';
        i++;
    }
    const plain = (c) => c !== undefined && !['\\', '[', ']', '-', '*', '?', '/', '^'].includes(c);
    let items = 0;
    for (;;) {
        const c = chars[i];
        if (c === ']' && items > 0)
            return { source: `${source}]`, end: i + 1 };
        if (!plain(c))
            return undefined;
        if (chars[i + 1] === '-') {
            const hi = chars[i + 2];
            if (!plain(hi) || c.codePointAt(0) > hi.codePointAt(0))
                return undefined;
            source += `${literalChar(c)}-${literalChar(hi)}`;
            i += 3;
        }
        else {
            source += literalChar(c);
            i++;
        }
        items++;
    }
}
function compilePattern(text) {
    const chars = Array.from(text);
    let type = 'exact';
    let source = '^';
    let i = 0;
    for (let k = 0; k < chars.length; i++) {
        const ch = chars[k++];
        if (ch === '*') {
            if (chars[k] === '*') {
                k++;
                if (chars[k] === '/')
                    k++;
                if (k === chars.length) {
                    if (type === 'exact')
                        type = 'prefix';
                    else {
                        source += '[^\\n]*';
                        type = 'regexp';
                    }
                }
                else {
                    source += '(?:[^\\n]*/)?';
                    type = 'regexp';
                }
                if (i === 0)
                    type = 'suffix';
            }
            else {
                source += '[^/]*';
                type = 'regexp';
            }
        }
        else if (ch === '?') {
            source += '[^/]';
            type = 'regexp';
        }
        else if (REGEXP_ONLY.has(ch)) {
            source += literalChar(ch);
        }
        else if (ch === '\\') {
            const next = chars[k];
            if (next === undefined) {
                if (type === 'regexp')
                    return undefined;
                source += '\\\\';
                continue;
            }
            if (!/^[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]$/.test(next))
                return undefined;
            source += literalChar(next);
            k++;
            type = 'regexp';
        }
        else if (ch === '[') {
            const cls = simpleClass(chars, k - 1);
            if (!cls)
                return undefined;
            source += cls.source;
            i += chars.slice(k, cls.end).length;
            k = cls.end;
            type = 'regexp';
        }
        else if (ch === ']') {
            source += literalChar(ch);
            type = 'regexp';
        }
        else if (ch === '^') {
            source += '^';
        }
        else {
            source += literalChar(ch);
        }
    }
    switch (type) {
        case 'exact':
            return (path) => path === text;
        case 'prefix': {
            const prefix = text.slice(0, -2);
            return (path) => path.startsWith(prefix);
        }
        case 'suffix': {
            const suffix = text.slice(2);
            return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
        }
        case 'regexp': {
            let re;
            try {
                re = new RegExp(`${source}$`, 'u');
            }
            catch {
                return undefined;
            }
            return (path) => re.test(path);
        }
    }
}
class DockerPatterns {
    patterns;
    dirInfo = new Map();
    constructor(patterns) {
        this.patterns = patterns;
    }
    static compile(lines) {
        const patterns = [];
        for (const line of lines) {
            let p = goTrimSpace(line);
            if (p === '')
                continue;
            p = goClean(p);
            let exclusion = false;
            if (p.startsWith('!')) {
                if (p.length === 1)
                    return undefined;
                exclusion = true;
                p = p.slice(1);
            }
            const test = compilePattern(p);
            if (!test)
                return undefined;
            patterns.push({ exclusion, text: p, dirs: p.split('/'), test });
        }
        return new DockerPatterns(patterns);
    }
    get empty() {
        return this.patterns.length === 0;
    }
    excludes(path) {
        if (this.patterns.length === 0)
            return false;
        const slash = path.lastIndexOf('/');
        const parent = slash === -1 ? undefined : this.infoOf(path.slice(0, slash));
        let matched = false;
        const { patterns } = this;
        for (let i = 0; i < patterns.length; i++) {
            const p = patterns[i];
            if ((parent !== undefined && parent[i] === true) || (p.exclusion === matched && p.test(path)))
                matched = !p.exclusion;
        }
        return matched;
    }
    infoOf(dir) {
        const known = this.dirInfo.get(dir);
        if (known)
            return known;
        const slash = dir.lastIndexOf('/');
        const parent = slash === -1 ? undefined : this.infoOf(dir.slice(0, slash));
        const { info } = this.match(dir, parent);
        this.dirInfo.set(dir, info);
        return info;
    }
    match(file, parent) {
        let matched = false;
        const info = new Array(this.patterns.length).fill(false);
        this.patterns.forEach((p, i) => {
            let match = parent ? parent[i] : false;
            if (!match) {
                if (p.exclusion !== matched)
                    return;
                match = p.test(file);
            }
            info[i] = match;
            if (match)
                matched = !p.exclusion;
        });
        return { matched, info };
    }
    legacyMatches(file) {
        file = goClean(file);
        if (file === '.')
            return false;
        const slash = file.lastIndexOf('/');
        const parentDirs = slash === -1 ? ['.'] : file.slice(0, slash).split('/');
        let matched = false;
        for (const p of this.patterns) {
            if (p.exclusion !== matched)
                continue;
            let match = p.test(file);
            if (!match && slash !== -1 && p.dirs.length <= parentDirs.length)
                match = p.test(parentDirs.slice(0, p.dirs.length).join('/'));
            if (match)
                matched = !p.exclusion;
        }
        return matched;
    }
}
const SENDS_ALL = { sends: () => true, all: true };
function contextFilter(ignores) {
    const contextLines = ignores.contextIgnore === undefined ? [] : readDockerignore(ignores.contextIgnore);
    let legacy;
    if (contextLines) {
        const lines = [...contextLines];
        if (DockerPatterns.compile(lines)?.legacyMatches('.dockerignore'))
            lines.push('!.dockerignore');
        const { dockerfile } = ignores;
        if (dockerfile !== undefined && DockerPatterns.compile(lines)?.legacyMatches(dockerfile))
            lines.push(`!${dockerfile}`);
        legacy = DockerPatterns.compile(lines);
    }
    if (!legacy || legacy.empty)
        return SENDS_ALL;
    if (ignores.dockerfileIgnore === undefined) {
        const only = legacy;
        return { sends: (path) => !only.excludes(path), all: false };
    }
    const lines = readDockerignore(ignores.dockerfileIgnore);
    const buildkit = lines ? DockerPatterns.compile(lines) : undefined;
    if (!buildkit || buildkit.empty)
        return SENDS_ALL;
    const classic = legacy;
    return { sends: (path) => !classic.excludes(path) || !buildkit.excludes(path), all: false };
}


/***/ }),

/***/ 3317:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KG: () => (/* binding */ sourceKeys),
/* harmony export */   PO: () => (/* binding */ SOURCE_KEY_VERSION),
/* harmony export */   Vc: () => (/* binding */ inContext),
/* harmony export */   fH: () => (/* binding */ sourceKeysAt),
/* harmony export */   ol: () => (/* binding */ codeTest)
/* harmony export */ });
/* unused harmony exports sentByDocker, codeEntries */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _changes_globs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76770);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(34730);



const SOURCE_KEY_VERSION = 'image-promote source key v2';
function recipe(image) {
    const args = Object.keys(image.buildArgs)
        .sort()
        .map((k) => [k, image.buildArgs[k] ?? '']);
    return JSON.stringify({
        context: image.context,
        dockerfile: image.dockerfile,
        target: image.target ?? null,
        buildArgs: args,
        platforms: [...image.platforms].sort(),
    });
}
const attributeDirs = new WeakMap();
function attributesIn(tree) {
    let dirs = attributeDirs.get(tree);
    if (!dirs) {
        dirs = [];
        for (const p of tree.paths) {
            if (p === '.gitattributes')
                dirs.push('');
            else if (p.endsWith('/.gitattributes'))
                dirs.push(p.slice(0, -'/.gitattributes'.length));
        }
        attributeDirs.set(tree, dirs);
    }
    return dirs;
}
function sentByDocker(source) {
    const { context, filter } = source;
    if (context === '')
        return (p) => filter.all || filter.sends(p);
    const prefix = `${context}/`;
    return (p) => p.startsWith(prefix) && (filter.all || filter.sends(p.slice(prefix.length)));
}
function inContext(source, path) {
    return source.context === '' || path === source.context || path.startsWith(`${source.context}/`);
}
function codeTest(image, source) {
    const always = new Set(source.always);
    const sends = sentByDocker(source);
    if (image.paths.length > 0) {
        const named = new _changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobList */ .Rz(image.paths).matches;
        return (p) => always.has(p) || (named(p) && (!inContext(source, p) || sends(p)));
    }
    return (p) => always.has(p) || p === source.context || sends(p);
}
function codeEntries(tree, image, source) {
    const { paths } = tree;
    const picked = [];
    const sends = sentByDocker(source);
    if (image.paths.length > 0) {
        for (const i of new _changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobList */ .Rz(image.paths).allMatchIndices(paths)) {
            const p = paths[i];
            if (!inContext(source, p) || sends(p))
                picked.push(i);
        }
    }
    else {
        const dir = source.context;
        if (dir !== '') {
            const at = (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .indexIn */ .YP)(paths, dir);
            if (at !== undefined)
                picked.push(at);
        }
        const prefix = dir === '' ? '' : `${dir}/`;
        const { filter } = source;
        for (let i = prefix === '' ? 0 : (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerBound */ .yz)(paths, prefix); i < paths.length; i++) {
            const p = paths[i];
            if (!p.startsWith(prefix))
                break;
            if (filter.all || filter.sends(p.slice(prefix.length)))
                picked.push(i);
        }
    }
    for (const p of source.always) {
        const at = (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .indexIn */ .YP)(paths, p);
        if (at !== undefined)
            picked.push(at);
    }
    const entries = [...new Set(picked)].sort((a, b) => a - b);
    return withAttributes(tree, entries);
}
function withAttributes(tree, entries) {
    const dirs = attributesIn(tree);
    if (dirs.length === 0 || entries.length === 0)
        return entries;
    const { paths } = tree;
    const keyed = entries.map((i) => paths[i]);
    const more = [];
    for (const dir of dirs) {
        const prefix = dir === '' ? '' : `${dir}/`;
        const first = keyed[(0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerBound */ .yz)(keyed, prefix)];
        if (first?.startsWith(prefix) !== true)
            continue;
        const at = (0,_changes_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .indexIn */ .YP)(paths, `${prefix}.gitattributes`);
        if (at !== undefined)
            more.push(at);
    }
    return more.length === 0 ? entries : [...new Set([...entries, ...more])].sort((a, b) => a - b);
}
function sourceKeys(tree, images, sources) {
    const keys = new Map();
    for (const image of images) {
        const source = sources.get(image.name);
        if (!source || 'problem' in source)
            continue;
        const indices = codeEntries(tree, image, source);
        const records = [`${SOURCE_KEY_VERSION}\n${recipe(image)}\n`];
        tree.appendRecords(indices, records);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(records.join(''));
        keys.set(image.name, { key: hash.digest('hex'), files: indices.length });
    }
    return keys;
}
async function sourceKeysAt(git, tree, images) {
    const sources = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSources */ .l)(git, tree, images);
    return { keys: sourceKeys(tree, images, sources), sources };
}


/***/ }),

/***/ 34730:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ resolveSources)
});

// UNUSED EXPORTS: resolveSource

// EXTERNAL MODULE: ./src/changes/globs.ts
var globs = __nccwpck_require__(76770);
;// CONCATENATED MODULE: ./src/source/blobs.ts
async function readBlobs(git, oids) {
    const wanted = [...new Set(oids)];
    const blobs = await git.readBlobs(wanted);
    const out = new Map();
    wanted.forEach((oid, i) => {
        const blob = blobs[i];
        if (blob)
            out.set(oid, blob.toString('utf8'));
    });
    return out;
}

// EXTERNAL MODULE: ./src/source/dockerignore.ts
var dockerignore = __nccwpck_require__(40319);
;// CONCATENATED MODULE: ./src/source/resolve.ts



const MAX_LINKS = 255;
const SYMLINK = '120000';
const GITLINK = '160000';
function entryAt(tree, i) {
    const record = tree.record(i);
    const space = record.indexOf(' ');
    return { mode: record.slice(0, space), oid: record.slice(space + 1, record.indexOf('\t')) };
}
function isDirectory(tree, path) {
    if (path === '')
        return true;
    return tree.paths[(0,globs/* lowerBound */.yz)(tree.paths, `${path}/`)]?.startsWith(`${path}/`) === true;
}
function walk(tree, path, blobs) {
    const queue = path.split('/');
    const resolved = [];
    const links = [];
    const via = [];
    let kind = 'directory';
    while (queue.length > 0) {
        const part = queue.shift();
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (resolved.length === 0)
                return { fail: 'escapes', at: '..', via };
            resolved.pop();
            kind = 'directory';
            continue;
        }
        const rest = () => [...resolved, part, ...queue].filter((q) => q !== '').join('/');
        if (kind !== 'directory') {
            return { fail: 'missing', at: rest(), via };
        }
        const candidate = [...resolved, part].join('/');
        const i = (0,globs/* indexIn */.YP)(tree.paths, candidate);
        if (i === undefined) {
            if (!isDirectory(tree, candidate))
                return { fail: 'missing', at: rest(), via };
            resolved.push(part);
            continue;
        }
        const { mode, oid } = entryAt(tree, i);
        if (mode === SYMLINK) {
            const target = blobs.get(oid);
            if (target === undefined)
                return { need: oid };
            links.push(candidate);
            via.push(`${candidate} → ${target}`);
            if (links.length > MAX_LINKS)
                return { fail: 'loop', at: candidate, via };
            if (target.startsWith('/'))
                return { fail: 'escapes', at: target, via };
            queue.unshift(...target.split('/'));
            continue;
        }
        resolved.push(part);
        kind = mode === GITLINK ? 'gitlink' : 'file';
    }
    return { path: resolved.join('/'), kind, links, via };
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function join(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
function ignoreFile(tree, path, blobs) {
    const w = walk(tree, path, blobs);
    if ('need' in w)
        return w;
    if ('fail' in w) {
        if (w.fail === 'missing')
            return { entries: [] };
        return { unreadable: true, entries: (0,globs/* indexIn */.YP)(tree.paths, path) === undefined ? [] : [path] };
    }
    const entries = [...w.links, ...(w.kind === 'directory' ? [] : [w.path])];
    if (w.kind !== 'file')
        return { unreadable: true, entries };
    const oid = entryAt(tree, (0,globs/* indexIn */.YP)(tree.paths, w.path)).oid;
    const text = blobs.get(oid);
    if (text === undefined)
        return { need: oid };
    return { text, entries };
}
function resolveSource(tree, image, blobs) {
    const configuredContext = image.context === '.' ? '' : image.context;
    const context = walk(tree, configuredContext, blobs);
    const dockerfile = walk(tree, image.dockerfile, blobs);
    const dockerfileDir = walk(tree, dirname(image.dockerfile), blobs);
    const need = [context, dockerfile, dockerfileDir].flatMap((w) => ('need' in w ? [w.need] : []));
    if (need.length > 0)
        return { need };
    const problem = (what, path, kind, at, via) => ({ problem: { what, path, kind, at, via } });
    if ('fail' in context)
        return problem('context', image.context, context.fail, context.at, context.via);
    if ('need' in context)
        return { need: [context.need] };
    if (context.kind === 'file')
        return problem('context', image.context, 'not-directory', context.path, context.via);
    if ('fail' in dockerfile)
        return problem('Dockerfile', image.dockerfile, dockerfile.fail, dockerfile.at, dockerfile.via);
    if ('need' in dockerfile)
        return { need: [dockerfile.need] };
    if (dockerfile.kind !== 'file')
        return problem('Dockerfile', image.dockerfile, 'not-file', dockerfile.path, dockerfile.via);
    const dfDir = 'path' in dockerfileDir ? dockerfileDir : undefined;
    const contextIgnore = ignoreFile(tree, join(context.path, '.dockerignore'), blobs);
    const dockerfileIgnore = dfDir
        ? ignoreFile(tree, join(dfDir.path, `${basename(image.dockerfile)}.dockerignore`), blobs)
        : { entries: [] };
    if ('need' in contextIgnore || 'need' in dockerfileIgnore) {
        return {
            need: [contextIgnore, dockerfileIgnore].flatMap((f) => ('need' in f ? [f.need] : [])),
        };
    }
    const prefix = context.path === '' ? '' : `${context.path}/`;
    const inside = context.path === '' || dockerfile.path.startsWith(prefix);
    const filter = contextIgnore.unreadable || dockerfileIgnore.unreadable
        ? (0,dockerignore/* contextFilter */.mn)({})
        : (0,dockerignore/* contextFilter */.mn)({
            ...(contextIgnore.text !== undefined ? { contextIgnore: contextIgnore.text } : {}),
            ...(dockerfileIgnore.text !== undefined
                ? { dockerfileIgnore: dockerfileIgnore.text }
                : {}),
            ...(inside ? { dockerfile: dockerfile.path.slice(prefix.length) } : {}),
        });
    const always = new Set([
        ...context.links,
        ...dockerfile.links,
        ...(dfDir?.links ?? []),
        dockerfile.path,
        ...contextIgnore.entries,
        ...dockerfileIgnore.entries,
    ]);
    return {
        context: context.path,
        dockerfile: dockerfile.path,
        always: [...always].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
        filter,
    };
}
async function resolveSources(git, tree, images) {
    const blobs = new Map();
    const out = new Map();
    let pending = [...images];
    while (pending.length > 0) {
        const need = new Set();
        const next = [];
        for (const image of pending) {
            const r = resolveSource(tree, image, blobs);
            if ('need' in r) {
                for (const oid of r.need)
                    need.add(oid);
                next.push(image);
            }
            else {
                out.set(image.name, r);
            }
        }
        if (need.size === 0)
            break;
        const read = await readBlobs(git, [...need]);
        for (const oid of need) {
            const text = read.get(oid);
            if (text === undefined)
                throw new Error(`git cat-file cannot read the blob ${oid} of ${tree.commit.slice(0, 7)}`);
            blobs.set(oid, text);
        }
        pending = next;
    }
    return out;
}


/***/ }),

/***/ 27251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zd: () => (/* binding */ checkTagShapes),
  Dx: () => (/* binding */ createTagPolicy),
  xo: () => (/* binding */ mutableTagRefusal)
});

// UNUSED EXPORTS: renderInput, tagContext

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/event/trigger.ts
var event_trigger = __nccwpck_require__(99668);
// EXTERNAL MODULE: ./src/tags/template.ts
var tags_template = __nccwpck_require__(78159);
;// CONCATENATED MODULE: ./src/tags/shapes.ts

const RELEASE_TEMPLATE = 'the git tag name of a release (v1.2.3)';
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.-';
const CLASSES = {
    hex: /^[0-9a-f]$/,
    digit: /^[0-9]$/,
    tag: /^[A-Za-z0-9_.-]$/,
};
function inSet(set, c) {
    return set.kind === 'eq' ? c === set.char : CLASSES[set.name].test(c);
}
const HEX = { kind: 'class', name: 'hex' };
const DIGIT = { kind: 'class', name: 'digit' };
const TAG_CHAR = { kind: 'class', name: 'tag' };
function literal(text) {
    return Array.from({ length: text.length }, (_, i) => ({
        set: { kind: 'eq', char: text.charAt(i) },
        min: 1,
        max: 1,
    }));
}
function tokenSegment(token, length) {
    switch (token) {
        case 'sha':
            return { set: HEX, min: length ?? 40, max: length ?? 40 };
        case 'source':
            return { set: HEX, min: length ?? 64, max: length ?? 64 };
        case 'pr':
        case 'run':
            return { set: DIGIT, min: 1, max: 20 };
        case 'date':
            return { set: DIGIT, min: 8, max: 8 };
        case 'datetime':
            return { set: DIGIT, min: 14, max: 14 };
        case 'branch':
        case 'version':
            return { set: TAG_CHAR, min: 0, max: Infinity };
    }
}
function maxLength(segments) {
    return segments.reduce((n, s) => n + s.max, 0);
}
function templateLanguage(template) {
    const segments = (0,tags_template/* parseTemplate */.QC)(template).flatMap((p) => 'text' in p ? literal(p.text) : [tokenSegment(p.token, p.length)]);
    return { segments, strip: true, long: maxLength(segments) > tags_template/* TAG_MAX_LENGTH */.h9 };
}
const RELEASE_LANGUAGE = {
    segments: [
        { set: { kind: 'eq', char: 'v' }, min: 0, max: 1 },
        { set: DIGIT, min: 1, max: 1 },
        { set: TAG_CHAR, min: 0, max: Infinity },
    ],
    strip: true,
    long: true,
};
function tagLanguage(tag) {
    return { segments: literal(tag), strip: false, long: false };
}
class Nfa {
    edges = [];
    eps = [];
    accepting = new Set();
    starts = [];
    add() {
        this.edges.push([]);
        this.eps.push([]);
        return this.edges.length - 1;
    }
    edge(from, set, to) {
        this.edges[from].push({ set, to });
    }
    epsilon(from, to) {
        this.eps[from].push(to);
    }
    chain(from, segments) {
        const states = [from];
        let cur = from;
        for (const s of segments) {
            for (let k = 0; k < s.min; k++) {
                const n = this.add();
                this.edge(cur, s.set, n);
                states.push(n);
                cur = n;
            }
            if (s.max === Infinity) {
                const loop = this.add();
                this.epsilon(cur, loop);
                this.edge(loop, s.set, loop);
                states.push(loop);
                cur = loop;
            }
            else if (s.max > s.min) {
                const end = this.add();
                this.epsilon(cur, end);
                for (let k = s.min; k < s.max; k++) {
                    const n = this.add();
                    this.edge(cur, s.set, n);
                    this.epsilon(n, end);
                    states.push(n);
                    cur = n;
                }
                states.push(end);
                cur = end;
            }
        }
        return { states, end: cur };
    }
    closure(states) {
        const out = new Set();
        const stack = [...states];
        while (stack.length > 0) {
            const s = stack.pop();
            if (out.has(s))
                continue;
            out.add(s);
            stack.push(...this.eps[s]);
        }
        return out;
    }
    step(states, c) {
        const next = new Set();
        for (const s of states)
            for (const e of this.edges[s])
                if (inSet(e.set, c))
                    for (const t of this.closed(e.to))
                        next.add(t);
        return [...next].sort((p, q) => p - q);
    }
    closures = new Map();
    closed(state) {
        let c = this.closures.get(state);
        if (!c)
            this.closures.set(state, (c = [...this.closure([state])]));
        return c;
    }
    afterDotsAndDashes() {
        let all = [...this.closure(this.starts)];
        for (;;) {
            const more = new Set([...all, ...this.step(all, '.'), ...this.step(all, '-')]);
            if (more.size === all.length)
                return all.sort((p, q) => p - q);
            all = [...more];
        }
    }
    hashSuffix(from) {
        const tail = this.add();
        for (const s of from)
            this.epsilon(s, tail);
        const { end } = this.chain(tail, [
            { set: { kind: 'eq', char: '-' }, min: 1, max: 1 },
            { set: HEX, min: 8, max: 8 },
        ]);
        this.accepting.add(end);
    }
}
function automaton(language) {
    const nfa = new Nfa();
    const begin = nfa.add();
    nfa.starts.push(begin);
    const { states, end } = nfa.chain(begin, language.segments);
    nfa.accepting.add(end);
    const start = language.strip
        ? nfa.afterDotsAndDashes()
        : [...nfa.closure(nfa.starts)].sort((p, q) => p - q);
    if (language.long)
        nfa.hashSuffix(states);
    return { nfa, start };
}
function fixedStart(language) {
    let text = '';
    for (const s of language.segments) {
        if (s.set.kind !== 'eq' || s.min !== 1 || s.max !== 1)
            break;
        text += s.set.char;
    }
    if (language.strip) {
        const kept = text.replace(/^[.-]+/, '');
        if (kept.length < text.length && kept === '')
            return '';
        text = kept;
    }
    return language.long ? text.replace(/[.-]+$/, '') : text;
}
function firstChars(language) {
    let chars = '';
    for (const s of language.segments) {
        for (const c of ALPHABET)
            if (s.max > 0 && !chars.includes(c) && inSet(s.set, c))
                chars += c;
        if (s.min > 0)
            return language.strip && /[.-]/.test(chars) ? undefined : chars;
    }
    return undefined;
}
function meet(render, accept) {
    const pa = fixedStart(render);
    const pb = fixedStart(accept);
    if (!pa.startsWith(pb) && !pb.startsWith(pa))
        return undefined;
    const fa = firstChars(render);
    const fb = firstChars(accept);
    if (fa !== undefined && fb !== undefined && !Array.from(fa).some((c) => fb.includes(c))) {
        return undefined;
    }
    const a = automaton(render);
    const b = automaton(accept);
    const distinct = new Map();
    for (const e of [...a.nfa.edges.flat(), ...b.nfa.edges.flat()])
        distinct.set(e.set.kind === 'eq' ? `=${e.set.char}` : e.set.name, e.set);
    const sets = [...distinct.values()];
    const seen = new Set();
    const alphabet = [];
    for (const c of ALPHABET) {
        const signature = sets.map((s) => (inSet(s, c) ? '1' : '0')).join('');
        if (seen.has(signature))
            continue;
        seen.add(signature);
        alphabet.push(c);
    }
    const key = (x, y) => `${x.join(',')}|${y.join(',')}`;
    const accepts = (nfa, states) => states.some((s) => nfa.accepting.has(s));
    const visited = new Set([key(a.start, b.start)]);
    let frontier = [{ x: a.start, y: b.start, text: '' }];
    while (frontier.length > 0) {
        const next = [];
        for (const node of frontier) {
            for (const c of alphabet) {
                if (node.text === '' && render.strip && (c === '.' || c === '-'))
                    continue;
                const x = a.nfa.step(node.x, c);
                if (x.length === 0)
                    continue;
                const y = b.nfa.step(node.y, c);
                if (y.length === 0)
                    continue;
                const text = node.text + c;
                if (accepts(a.nfa, x) && accepts(b.nfa, y))
                    return text;
                const k = key(x, y);
                if (visited.has(k))
                    continue;
                visited.add(k);
                next.push({ x, y, text });
            }
        }
        frontier = next;
    }
    return undefined;
}
function freeText(template) {
    const tokens = (0,tags_template/* parseTemplate */.QC)(template).flatMap((p) => ('token' in p ? [p.token] : []));
    if (tokens.includes('branch'))
        return 'branch';
    if (tokens.includes('version'))
        return 'version';
    return undefined;
}
function tagShapeConflicts(templates) {
    const out = [];
    const shape = (kind, template) => ({
        kind,
        template,
        language: templateLanguage(template),
    });
    const source = templates.sourceTag === undefined ? [] : [shape('source-tag', templates.sourceTag)];
    const commitShapes = [
        shape('tag-template', templates.tagTemplate),
        shape('pr-tag-template', templates.prTagTemplate),
    ];
    const check = (origin, template, language, against, dependsOn) => {
        for (const s of against) {
            const example = meet(language, s.language);
            if (example === undefined)
                continue;
            out.push({
                origin,
                template,
                shapeOf: s.kind,
                shape: s.template,
                example,
                ...(dependsOn ? { dependsOn } : {}),
            });
        }
    };
    for (const c of commitShapes)
        check(c.kind, c.template, c.language, source, freeText(c.template));
    for (const t of templates.extraTags)
        check('extra-tags', t, templateLanguage(t), [...source, ...commitShapes], freeText(t));
    for (const t of templates.promoteTags)
        check('promote-tags', t, templateLanguage(t), [...source, ...commitShapes], freeText(t));
    for (const t of templates.requestedTags ?? [])
        check('tag', t, tagLanguage(t), source, undefined);
    check('release', RELEASE_TEMPLATE, RELEASE_LANGUAGE, source, 'tag name');
    for (const s of source)
        check('source-tag', s.template, s.language, commitShapes, undefined);
    return out;
}
function describeConflict(c) {
    const what = c.origin === 'release'
        ? `a release's git tag name can give the registry tag "${c.example}"`
        : c.origin === 'tag'
            ? `"${c.template}"`
            : `"${c.template}" can render "${c.example}"`;
    const why = c.shapeOf === 'source-tag'
        ? 'source tags are reserved: "an image of this source exists" is decided by that tag alone'
        : `a tag of that shape says which commit an image was built from`;
    return `${what}, which has the shape of ${c.shapeOf} "${c.shape}"; ${why}`;
}

;// CONCATENATED MODULE: ./src/tags/policy.ts




function mutableTagRefusal(reason, fix) {
    return `${reason}: a tag that can move is written only pinned to its digest — ${fix}`;
}
function requestedTags(config) {
    const request = config.tag;
    if (request?.kind !== 'refs')
        return [];
    return [request.all, ...Object.values(request.byImage)].flatMap((r) => [
        ...(r?.tag !== undefined ? [r.tag] : []),
        ...(r?.as !== undefined ? [r.as] : []),
    ]);
}
function shapeFix(c) {
    switch (c.origin) {
        case 'tag':
            return 'name the commit tag (sha-…) or a digest instead: source tags are looked up, never requested';
        case 'release':
        case 'source-tag':
            return 'keep a prefix of its own in source-tag (the default is "src-{source:16}")';
        case 'extra-tags':
        case 'promote-tags':
            return `give "${c.template}" a prefix of its own (e.g. "branch-{branch}"), so it cannot look like a ${c.shapeOf} tag`;
        case 'tag-template':
        case 'pr-tag-template':
            return `change "${c.template}" (or source-tag) so the two start differently`;
    }
}
function checkTagShapes(config) {
    const conflicts = tagShapeConflicts({ ...config, requestedTags: requestedTags(config) });
    const fixed = conflicts.find((c) => c.dependsOn === undefined);
    if (!fixed)
        return;
    throw new errors/* InputError */.dz(fixed.origin, describeConflict(fixed), shapeFix(fixed));
}
function tagContext(trigger, now) {
    const ctx = { sha: trigger.head, date: now };
    if (trigger.branch)
        ctx.branch = trigger.branch;
    if (trigger.pullRequest)
        ctx.pr = trigger.pullRequest.number;
    if (trigger.runNumber)
        ctx.run = trigger.runNumber;
    if (trigger.version)
        ctx.version = trigger.version;
    return ctx;
}
function renderInput(input, template, ctx) {
    try {
        return (0,tags_template/* renderTemplate */.Xm)(template, ctx);
    }
    catch (err) {
        if (err instanceof tags_template/* TemplateError */.$w)
            throw new errors/* InputError */.dz(input, `"${template}": ${err.message}`);
        throw err;
    }
}
function commitTemplateProblem(template) {
    const others = (0,tags_template/* tokensOf */.k8)(template).filter((t) => t !== 'sha');
    if (others.length > 0 || !(0,tags_template/* tokensOf */.k8)(template).includes('sha')) {
        throw new errors/* InputError */.dz('tag', `a commit SHA stands for the tag tag-template makes for it, but "${template}" ${others.length > 0 ? `uses {${others.join('}, {')}}` : 'has no {sha}'}, so a commit alone does not say its tag`, 'give the tag itself');
    }
}
function extraTagApplies(template, trigger) {
    if (trigger.pullRequest || trigger.kind === 'tag' || trigger.kind === 'release')
        return false;
    if ((0,tags_template/* usesToken */.et)(template, 'branch'))
        return trigger.branch !== undefined && trigger.branch !== '';
    return trigger.onDefaultBranch;
}
function reservedShapes(config) {
    const templates = [
        ['source-tag', config.sourceTag],
        ['tag-template', config.tagTemplate],
        ['pr-tag-template', config.prTagTemplate],
    ];
    const matchers = new Map();
    for (const [shape, template] of templates)
        if (template !== undefined)
            matchers.set(shape, { template, test: (0,tags_template/* templateMatcher */.xx)(template) });
    return (tag, among) => {
        for (const shape of among) {
            const m = matchers.get(shape);
            if (m?.test(tag))
                return { shape, template: m.template };
        }
        return undefined;
    };
}
const EVERY_SHAPE = ['source-tag', 'tag-template', 'pr-tag-template'];
function renderedShapeError(input, template, tag, taken, ctx) {
    const value = (0,tags_template/* usesToken */.et)(template, 'branch')
        ? `the branch "${ctx.branch ?? ''}" makes `
        : (0,tags_template/* usesToken */.et)(template, 'version')
            ? `the version "${ctx.version ?? ''}" makes `
            : '';
    const why = taken.shape === 'source-tag'
        ? 'source tags are reserved for images of that source, so nothing else may make one'
        : 'a tag of that shape says which commit an image was built from';
    const fix = value.startsWith('the branch')
        ? `nothing was pushed; rename the branch, or give "${template}" a prefix of its own (e.g. "branch-{branch}")`
        : `nothing was pushed; change "${template}" so it cannot look like a ${taken.shape} tag`;
    return new errors/* InputError */.dz(input, `${value}"${template}" ${value === '' ? 'renders' : 'render'} "${tag}", which has the shape of ${taken.shape} "${taken.template}": ${why}`, fix);
}
function createTagPolicy(config, trigger, now) {
    checkTagShapes(config);
    const pullRequest = trigger.pullRequest !== undefined;
    const primaryInput = pullRequest ? 'pr-tag-template' : 'tag-template';
    const primaryTemplate = pullRequest ? config.prTagTemplate : config.tagTemplate;
    const ctx = tagContext(trigger, now);
    const taken = reservedShapes(config);
    const extra = [];
    for (const template of config.extraTags) {
        if (!extraTagApplies(template, trigger))
            continue;
        let tag;
        try {
            tag = (0,tags_template/* renderTemplate */.Xm)(template, ctx);
        }
        catch {
            continue;
        }
        const shape = taken(tag, EVERY_SHAPE);
        if (shape)
            throw renderedShapeError('extra-tags', template, tag, shape, ctx);
        extra.push(tag);
    }
    const release = (trigger.kind === 'tag' || trigger.kind === 'release') && trigger.tagName
        ? (0,tags_template/* tagFromName */.IB)(trigger.tagName) || undefined
        : undefined;
    const releaseTaken = release ? taken(release, ['source-tag']) : undefined;
    if (release && releaseTaken) {
        throw new errors/* InputError */.dz('source-tag', `the release ${trigger.tagName ?? release} gives the registry tag "${release}", which has the shape of source-tag "${releaseTaken.template}": source tags are reserved for images of that source`, 'nothing was pushed; keep a prefix of its own in source-tag (the default is "src-{source:16}")');
    }
    const mutable = new Map([['latest', '"latest" always moves']]);
    if (trigger.branch) {
        const branchTag = (0,tags_template/* sanitizeForTag */.ne)(trigger.branch);
        if (branchTag)
            mutable.set(branchTag, `"${branchTag}" is the name of a branch`);
    }
    for (const t of extra)
        mutable.set(t, `"${t}" is in extra-tags`);
    for (const template of config.promoteTags) {
        try {
            const t = (0,tags_template/* renderTemplate */.Xm)(template, ctx);
            mutable.set(t, `"${t}" is in promote-tags (an environment tag)`);
        }
        catch {
        }
    }
    const immutableShape = (tag) => (0,event_trigger/* isVersionTag */.JM)(tag) || taken(tag, EVERY_SHAPE) !== undefined;
    return {
        primary: () => renderInput(primaryInput, primaryTemplate, ctx),
        sourceTag: (key) => config.sourceTag === undefined
            ? undefined
            : renderInput('source-tag', config.sourceTag, {
                sha: trigger.head,
                date: now,
                source: key,
            }),
        release,
        extra,
        commitTag: (sha) => {
            commitTemplateProblem(config.tagTemplate);
            return renderInput('tag', config.tagTemplate, { sha: sha.padEnd(40, '0'), date: now });
        },
        commitDigits: () => {
            commitTemplateProblem(config.tagTemplate);
            return Math.max(7, ...(0,tags_template/* parseTemplate */.QC)(config.tagTemplate).map((p) => 'token' in p && p.token === 'sha' ? (p.length ?? 40) : 0));
        },
        env: () => config.promoteTags.map((template) => {
            const tag = renderInput('promote-tags', template, ctx);
            const shape = taken(tag, EVERY_SHAPE);
            if (shape)
                throw renderedShapeError('promote-tags', template, tag, shape, ctx);
            return tag;
        }),
        isImmutable: (tag) => !mutable.has(tag) && immutableShape(tag),
        mutableReason: (tag) => {
            const known = mutable.get(tag);
            if (known)
                return known;
            if (immutableShape(tag))
                return undefined;
            return `"${tag}" is not a tag tag-template, pr-tag-template or source-tag make, nor a version`;
        },
    };
}


/***/ }),

/***/ 78159:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   IB: () => (/* binding */ tagFromName),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   et: () => (/* binding */ usesToken),
/* harmony export */   h9: () => (/* binding */ TAG_MAX_LENGTH),
/* harmony export */   k8: () => (/* binding */ tokensOf),
/* harmony export */   ne: () => (/* binding */ sanitizeForTag),
/* harmony export */   pe: () => (/* binding */ isImmutableTemplate),
/* harmony export */   x3: () => (/* binding */ shaExtractor),
/* harmony export */   xx: () => (/* binding */ templateMatcher)
/* harmony export */ });
/* unused harmony exports TOKENS, fitTag */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98286);


const TOKENS = [
    'sha',
    'branch',
    'pr',
    'date',
    'datetime',
    'run',
    'version',
    'source',
];
class TemplateError extends Error {
    name = 'TemplateError';
}
function parseTemplate(template) {
    const parts = [];
    const re = /\{([^{}]*)\}/g;
    let last = 0;
    for (let m = re.exec(template); m; m = re.exec(template)) {
        if (m.index > last)
            parts.push({ text: template.slice(last, m.index) });
        const body = m[1] ?? '';
        const [name = '', arg] = body.split(':', 2);
        if (!TOKENS.includes(name)) {
            throw new TemplateError(`unknown token {${body}}; available: ${TOKENS.map((t) => `{${t}}`).join(', ')}, {sha:N}`);
        }
        const token = name;
        if (arg !== undefined) {
            const max = token === 'source' ? 64 : 40;
            if ((token !== 'sha' && token !== 'source') ||
                !/^\d+$/.test(arg) ||
                Number(arg) < 4 ||
                Number(arg) > max) {
                throw new TemplateError(`{${body}}: only {sha:N} (N from 4 to 40) and {source:N} (N from 4 to 64) take a length`);
            }
            parts.push({ token, length: Number(arg) });
        }
        else {
            parts.push({ token });
        }
        last = m.index + m[0].length;
    }
    if (last < template.length)
        parts.push({ text: template.slice(last) });
    const literal = parts.map((p) => ('text' in p ? p.text : '')).join('');
    if (/[{}]/.test(literal))
        throw new TemplateError('unbalanced "{" or "}"');
    if (/[^A-Za-z0-9_.-]/.test(literal)) {
        throw new TemplateError('literal text may only contain letters, digits, "_", "." and "-"');
    }
    return parts;
}
function isImmutableTemplate(template) {
    return parseTemplate(template).some((p) => 'token' in p &&
        ((p.token === 'sha' && (p.length ?? 40) >= 7) ||
            p.token === 'version' ||
            p.token === 'run' ||
            p.token === 'datetime'));
}
function tokensOf(template) {
    return [...new Set(parseTemplate(template).flatMap((p) => ('token' in p ? [p.token] : [])))];
}
function usesToken(template, token) {
    return parseTemplate(template).some((p) => 'token' in p && p.token === token);
}
function sanitizeForTag(value) {
    return value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '');
}
const TAG_MAX_LENGTH = 128;
function fitTag(tag, original = tag) {
    if (tag.length <= TAG_MAX_LENGTH)
        return tag;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(original).digest('hex').slice(0, 8);
    const head = tag.slice(0, TAG_MAX_LENGTH - hash.length - 1).replace(/[.-]+$/, '');
    return `${head}-${hash}`;
}
function tagFromName(name) {
    return fitTag(sanitizeForTag(name), name);
}
function pad(n, width = 2) {
    return String(n).padStart(width, '0');
}
function formatDate(d, withTime) {
    const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
    return withTime
        ? `${date}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
        : date;
}
function renderTemplate(template, ctx) {
    const out = parseTemplate(template)
        .map((p) => {
        if ('text' in p)
            return p.text;
        switch (p.token) {
            case 'sha':
                return ctx.sha.slice(0, p.length ?? 40);
            case 'branch':
                if (!ctx.branch)
                    throw new TemplateError('{branch} has no value: this run is not on a branch');
                return sanitizeForTag(ctx.branch);
            case 'pr':
                if (ctx.pr === undefined)
                    throw new TemplateError('{pr} has no value: this run is not for a pull request');
                return String(ctx.pr);
            case 'date':
                return formatDate(ctx.date, false);
            case 'datetime':
                return formatDate(ctx.date, true);
            case 'run':
                if (!ctx.run)
                    throw new TemplateError('{run} has no value: GITHUB_RUN_NUMBER is not set');
                return ctx.run;
            case 'version':
                if (!ctx.version)
                    throw new TemplateError('{version} has no value: this run is not for a release or version tag');
                return sanitizeForTag(ctx.version);
            case 'source':
                if (!ctx.source)
                    throw new TemplateError('{source} only has a value in source-tag');
                return ctx.source.slice(0, p.length ?? 64);
        }
    })
        .join('');
    const tag = fitTag(out.replace(/^[.-]+/, ''), out);
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(tag);
    if (problem)
        throw new TemplateError(`renders to ${JSON.stringify(tag)}, which is not a valid tag: ${problem}`);
    return tag;
}
function shaExtractor(template) {
    const parts = parseTemplate(template);
    if (!parts.some((p) => 'token' in p && p.token === 'sha'))
        return undefined;
    const source = parts
        .map((p) => {
        if ('text' in p)
            return escapeRegExp(p.text);
        if (p.token === 'sha')
            return `(?<sha>${tokenPattern(p).full})`;
        if (p.token === 'branch' || p.token === 'version')
            return '[A-Za-z0-9_.-]+?';
        return tokenPattern(p).full;
    })
        .join('');
    const re = new RegExp(`^${source}$`);
    return (tag) => re.exec(tag)?.groups?.sha;
}
function tokenPattern(p) {
    switch (p.token) {
        case 'sha':
        case 'source': {
            const n = p.length ?? (p.token === 'sha' ? 40 : 64);
            return { full: `[0-9a-f]{${n}}`, prefix: `[0-9a-f]{0,${n}}` };
        }
        case 'pr':
        case 'run':
            return { full: '\\d+', prefix: '\\d*' };
        case 'date':
            return { full: '\\d{8}', prefix: '\\d{0,8}' };
        case 'datetime':
            return { full: '\\d{14}', prefix: '\\d{0,14}' };
        case 'branch':
        case 'version':
            return { full: '[A-Za-z0-9_.-]*', prefix: '[A-Za-z0-9_.-]*' };
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function strippablePrefixes(parts) {
    const out = new Set(['']);
    let acc = '';
    for (const p of parts) {
        if ('text' in p) {
            const run = /^[.-]*/.exec(p.text)?.[0] ?? '';
            out.add(acc + run);
            if (run.length < p.text.length)
                break;
            acc += run;
        }
        else if (p.token !== 'branch' && p.token !== 'version') {
            break;
        }
    }
    return [...out];
}
function dotDashStrings(n) {
    let all = [''];
    for (let i = 0; i < n; i++)
        all = all.flatMap((s) => [`${s}.`, `${s}-`]);
    return all;
}
function templateMatcher(template) {
    const parts = parseTemplate(template);
    const patterns = parts.map((p) => 'text' in p
        ? {
            full: escapeRegExp(p.text),
            prefix: `(?:${Array.from({ length: p.text.length }, (_, i) => escapeRegExp(p.text.slice(0, i + 1))).join('|')})?`,
        }
        : tokenPattern(p));
    const full = new RegExp(`^${patterns.map((p) => p.full).join('')}$`);
    let prefixSource = '';
    for (let i = patterns.length - 1; i >= 0; i--) {
        const p = patterns[i];
        prefixSource = prefixSource === '' ? p.prefix : `(?:${p.prefix}|${p.full}${prefixSource})`;
    }
    const prefix = new RegExp(`^${prefixSource}$`);
    const stripped = strippablePrefixes(parts);
    const KEPT = TAG_MAX_LENGTH - 9;
    return (tag) => {
        if (stripped.some((p) => full.test(p + tag)))
            return true;
        const m = /^(.+)-[0-9a-f]{8}$/.exec(tag);
        const head = m?.[1];
        if (head === undefined || head.length > KEPT || KEPT - head.length > 8)
            return false;
        const trimmed = dotDashStrings(KEPT - head.length);
        return stripped.some((p) => trimmed.some((q) => prefix.test(p + head + q)));
    };
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __nccwpck_require__(76670);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(25625);
;// CONCATENATED MODULE: ./src/action/runner.ts




function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function annotationProps(props) {
    const keys = ['title', 'file', 'line', 'endLine', 'col', 'endColumn'];
    return Object.fromEntries(keys.map((key) => [key, props[key]]));
}
class Runner {
    options;
    write;
    uuid;
    constructor(options = {}) {
        this.options = options;
        this.write =
            options.write ??
                ((text) => {
                    process.stdout.write(text);
                });
        this.uuid = options.randomUUID ?? external_node_crypto_.randomUUID;
    }
    get env() {
        return this.options.env ?? process.env;
    }
    getInput(name) {
        return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    }
    setOutput(name, value) {
        const file = this.env.GITHUB_OUTPUT;
        if (!file) {
            this.write(external_node_os_.EOL);
            this.command('set-output', { name }, value);
            return;
        }
        const delimiter = `ghadelimiter_${this.uuid()}`;
        if (name.includes(delimiter)) {
            throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
        }
        if (value.includes(delimiter)) {
            throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
        }
        appendTo(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`);
    }
    setSecret(secret) {
        this.command('add-mask', {}, secret);
    }
    info(message) {
        this.write((0,log/* neutralizeCommands */.Kw)(message) + external_node_os_.EOL);
    }
    debug(message) {
        this.command('debug', {}, message);
    }
    warning(message, properties = {}) {
        this.command('warning', annotationProps(properties), message);
    }
    error(message, properties = {}) {
        this.command('error', annotationProps(properties), message);
    }
    startGroup(title) {
        this.command('group', {}, title);
    }
    endGroup() {
        this.command('endgroup', {}, '');
    }
    async group(title, fn) {
        this.startGroup(title);
        try {
            return await fn();
        }
        finally {
            this.endGroup();
        }
    }
    appendSummary(markdown) {
        const file = this.env.GITHUB_STEP_SUMMARY;
        if (!file)
            return false;
        appendTo(file, markdown);
        return true;
    }
    setFailed(message) {
        process.exitCode = 1;
        this.error(message);
    }
    command(command, properties, message) {
        this.write(formatCommand(command, properties, message) + external_node_os_.EOL);
    }
}
function appendTo(file, text) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, text, { encoding: 'utf8' });
}
const runner = new Runner();

;// CONCATENATED MODULE: ./src/action/core-logger.ts


src_redact/* redactor */.$p.onSecret((form) => {
    runner.setSecret(form);
});
const coreLogger = {
    debug: (message) => {
        runner.debug((0,src_redact/* redact */.E$)(message));
    },
    info: (message) => {
        runner.info((0,src_redact/* redact */.E$)(message));
    },
    warning: (message) => {
        runner.warning((0,src_redact/* redact */.E$)(message));
    },
    mask: (secret) => {
        src_redact/* redactor */.$p.add(secret);
    },
    group: (title, fn) => runner.group((0,src_redact/* redact */.E$)(title), fn),
};

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __nccwpck_require__(64389);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __nccwpck_require__(8431);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __nccwpck_require__(98286);
// EXTERNAL MODULE: ./src/config/images.ts
var config_images = __nccwpck_require__(70286);
// EXTERNAL MODULE: ./src/config/read.ts + 1 modules
var read = __nccwpck_require__(30616);
// EXTERNAL MODULE: ./src/tags/policy.ts + 1 modules
var tags_policy = __nccwpck_require__(27251);
// EXTERNAL MODULE: ./src/config/tag-input.ts + 1 modules
var tag_input = __nccwpck_require__(41803);
;// CONCATENATED MODULE: ./src/config/rules.ts





function rule(when, input, problem, fix) {
    const text = (t, c, v) => (typeof t === 'string' ? t : t(c, v));
    return (c, v) => when(c, v)
        ? new errors/* InputError */.dz(text(input, c, v), text(problem, c, v), text(fix, c, v))
        : undefined;
}
const writes = (c) => c.writeOverlay || c.commit !== 'none';
const overlayBranchNeedsRepository = rule((c, v) => v['overlay-branch'] !== undefined && !c.overlayRepository, 'overlay-branch', 'only applies to overlay-repository, which is not set', 'set overlay-repository, or remove overlay-branch');
const overlayFormatNeedsKeys = (c, v) => {
    const format = v['overlay-format'];
    if (format === 'auto' || format === 'kustomize')
        return undefined;
    const files = [...c.overlays, ...(c.fromOverlay ? [c.fromOverlay] : [])].map((o) => o.path);
    const missing = c.images.flatMap((i) => {
        if (i.key !== undefined)
            return [];
        if (!i.keyByFile)
            return [i.name];
        const misses = files.every((f) => (0,config_images/* keyMissProblem */.ng)(i, f) !== undefined);
        return files.length > 0 && misses
            ? [`${i.name} (its key map matches none of ${files.join(', ')})`]
            : [];
    });
    return missing.length === 0
        ? undefined
        : new errors/* InputError */.dz('overlay-format', `"${format}" needs a key for every image; missing for ${missing.join(', ')}`, 'add key (e.g. api.image.tag) to each image, or a key map entry that matches its overlay');
};
const previousNeedsRollbackMode = rule((c) => c.tag?.kind === 'previous' && c.mode !== 'auto' && c.mode !== 'rollback', 'tag', (c) => `"previous" only means a rollback in mode auto or rollback, not ${c.mode}`, 'give a tag, or use mode: rollback');
const rollbackTakesPrevious = rule((c) => c.mode === 'rollback' && c.tag?.kind === 'refs', 'tag', 'mode "rollback" goes back through the overlay\'s history; it takes previous or previous~N', 'use mode: auto to redeploy a named tag');
const rollbackNeedsOverlay = rule((c) => (c.mode === 'rollback' || c.tag?.kind === 'previous') && c.overlays.length === 0, 'overlay', "a rollback reads the previous value from the overlay's git history, but no overlay is set", 'set "overlay"');
const promoteNeedsSource = rule((c) => c.mode === 'promote' && !c.fromOverlay && c.tag === undefined, 'mode', '"promote" needs a source', 'set from-overlay (the overlay to promote from) or tag');
const buildTakesOneTag = rule((c) => c.mode === 'build' &&
    c.tag?.kind === 'refs' &&
    (Object.keys(c.tag.byImage).length > 0 || (0,tag_input/* plainTagOf */.KI)(c.tag.all) === undefined), 'tag', 'mode "build" takes one tag (the planned tag of a matrix job), not NAME=REF lines, a digest, a full reference or a commit', 'give a single tag together with matrix-image');
const renameNeedsPromote = rule((c) => c.mode !== 'promote' &&
    c.tag?.kind === 'refs' &&
    [c.tag.all, ...Object.values(c.tag.byImage)].some((r) => r?.as !== undefined), 'tag', '"REF -> TAG" gives a promoted image its tag, which only mode "promote" does', 'set mode: promote, or give the REF alone');
const tagShapesAreDisjoint = (c) => {
    try {
        (0,tags_policy/* checkTagShapes */.Zd)(c);
        return undefined;
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz)
            return err;
        throw err;
    }
};
const matrixImageIsConfigured = rule((c) => c.matrixImage !== undefined && !c.images.some((i) => i.name === c.matrixImage), 'matrix-image', (c) => `"${c.matrixImage}" is not one of the configured images`, (c) => `use one of: ${c.images.map((i) => i.name).join(', ')}`);
const writeNeedsOverlay = rule((c) => writes(c) && c.overlays.length === 0, (c) => (c.writeOverlay ? 'write-overlay' : 'commit'), 'there is no overlay to write', 'set "overlay" to the file(s) to update');
const writeNeedsPush = rule((c) => writes(c) && !c.push, 'push', 'false pushes nothing, so no image of this run is in the registry to write into an overlay', 'set push: true, or leave write-overlay and commit off (use dry-run to see what would be written)');
const pullRequestNeedsToken = rule((c, v) => c.commit === 'pull-request' && !c.githubToken && !v['overlay-token'], 'commit', '"pull-request" opens a pull request through the GitHub API, but no token is set', 'set github-token (the job token needs pull-requests: write) or overlay-token');
const pullRequestBranchIsValid = rule((c) => c.commit === 'pull-request' && !(0,read/* isValidBranchName */.eB)(c.pullRequestBranch), 'environment', (c, v) => `"${c.environment ?? ''}" makes the pull request branch "${c.pullRequestBranch}" (pull-request-branch "${v['pull-request-branch']}"), which is not a valid branch name`, 'use letters or digits in the environment name, or set pull-request-branch');
const environmentUrlNeedsEnvironment = rule((c) => c.environmentUrl !== undefined && c.environment === undefined, 'environment-url', "is the address of the deployed environment, but environment (the deployment's name) is not set", 'set environment, or remove environment-url');
const deploymentNeedsEnvironment = rule((c, v) => v['github-deployment'] === 'true' && c.environment === undefined, 'github-deployment', '"true" records each deploy as a GitHub Deployment of an environment, but environment is not set', 'set environment (e.g. production), or github-deployment: false');
const deploymentNeedsToken = rule((c, v) => v['github-deployment'] === 'true' && !c.githubToken, 'github-deployment', '"true" creates GitHub Deployments through the GitHub API, but github-token is empty', 'set github-token (the job token needs permissions: deployments: write), or github-deployment: false');
const signKeyNeedsSigningKey = rule((_c, v) => v.sign === 'key' && v['signing-key'] === undefined, 'signing-key', 'is empty, but sign: key signs with it', 'pass the PEM text of an EC P-256 private key from a secret (signing-key: ${{ secrets.IMAGE_SIGNING_KEY }}), or use sign: keyless');
const signingKeyNeedsSignKey = rule((_c, v) => v['signing-key'] !== undefined && v.sign !== 'key', 'signing-key', (_c, v) => `only applies to sign: key, and sign is ${v.sign}`, 'set sign: key, or remove signing-key');
const signNeedsPush = rule((c) => c.sign !== undefined && !c.push, 'sign', (c) => `${c.sign?.kind ?? ''} signs the images this run pushes, but push is false`, 'set push: true, or sign: none');
const verifyKeyNeedsVerify = rule((_c, v) => v['verify-key'] !== undefined && v.verify === 'none', 'verify-key', 'only applies to verify: signature, and verify is none', 'set verify: signature, or remove verify-key');
const keylessPolicyNeedsKeylessVerify = (_c, v) => {
    const given = ['certificate-identity', 'trusted-root'].find((name) => v[name] !== undefined);
    if (given === undefined)
        return undefined;
    if (v.verify === 'none') {
        return new errors/* InputError */.dz(given, 'only applies to verify: signature, and verify is none', `set verify: signature, or remove ${given}`);
    }
    return v['verify-key'] !== undefined
        ? new errors/* InputError */.dz(given, 'applies to keyless signatures, but verify-key is set, so only signatures by its keys count', `remove ${given}, or remove verify-key to accept keyless signatures`)
        : undefined;
};
const keySigningNeedsVerifyKey = rule((c) => c.sign?.kind === 'key' && c.verify?.kind === 'keyless', 'verify-key', 'is empty, so verify: signature accepts keyless signatures only, but this run signs with signing-key', 'set verify-key to the public key of signing-key (`openssl pkey -in key.pem -pubout`)');
const verifyNeedsRegistryCheck = rule((c) => c.verify !== undefined && !c.registryCheck, 'verify', 'signature checks every image in its registry, but --no-verify asks no registry', 'drop --no-verify, or set verify: none in the config');
const signRequestedNeedsSign = rule((c) => c.signRequested === true && (c.sign === undefined || c.tag?.kind !== 'refs'), 'sign', (c) => c.sign === undefined
    ? 'is none, but the requested image is to be signed'
    : 'signs the requested image, but no image is requested', 'give --key-file or --keyless, and the image reference');
const RULES = [
    overlayBranchNeedsRepository,
    overlayFormatNeedsKeys,
    previousNeedsRollbackMode,
    rollbackTakesPrevious,
    rollbackNeedsOverlay,
    promoteNeedsSource,
    buildTakesOneTag,
    renameNeedsPromote,
    tagShapesAreDisjoint,
    matrixImageIsConfigured,
    writeNeedsOverlay,
    writeNeedsPush,
    pullRequestNeedsToken,
    pullRequestBranchIsValid,
    environmentUrlNeedsEnvironment,
    deploymentNeedsEnvironment,
    deploymentNeedsToken,
    signKeyNeedsSigningKey,
    signingKeyNeedsSignKey,
    signNeedsPush,
    verifyKeyNeedsVerify,
    keylessPolicyNeedsKeylessVerify,
    keySigningNeedsVerifyKey,
    verifyNeedsRegistryCheck,
    signRequestedNeedsSign,
];

// EXTERNAL MODULE: ./src/config/types.ts
var types = __nccwpck_require__(22143);
;// CONCATENATED MODULE: ./src/config/parse.ts









const COMMIT_MODES = {
    false: 'none',
    local: 'local',
    true: 'push',
    'pull-request': 'pull-request',
};
function parsePlanInput(doc, images) {
    if (!Array.isArray(doc))
        throw new errors/* InputError */.dz('from-plan', "must be the JSON array of the plan job's `images` output");
    return doc.map((entry, i) => {
        const e = (entry ?? {});
        const name = typeof e.name === 'string' ? e.name : '';
        const tag = typeof e.tag === 'string' ? e.tag : '';
        const decision = typeof e.decision === 'string' ? e.decision : '';
        const where = `entry ${i}${name ? ` (${name})` : ''}`;
        if (!images.some((img) => img.name === name)) {
            throw new errors/* InputError */.dz('from-plan', `${where} names an image that is not configured`, 'run the plan and deploy jobs with the same images');
        }
        if (!types/* DECISIONS */.Y.includes(decision))
            throw new errors/* InputError */.dz('from-plan', `${where} has no valid decision`);
        const problem = tag !== '' || decision !== 'skip' ? (0,reference/* tagProblem */.qH)(tag) : undefined;
        if (problem)
            throw new errors/* InputError */.dz('from-plan', `${where} has tag "${tag}": ${problem}`);
        const planned = { name, tag, decision: decision, addTags: [] };
        if (typeof e.digest === 'string' && e.digest !== '') {
            const issue = (0,reference/* digestProblem */.WQ)(e.digest);
            if (issue)
                throw new errors/* InputError */.dz('from-plan', `${where} has digest "${e.digest}": ${issue}`);
            planned.digest = e.digest;
        }
        if (typeof e.source === 'string' && e.source !== '') {
            if (!/^[0-9a-f]{64}$/.test(e.source))
                throw new errors/* InputError */.dz('from-plan', `${where} has source "${e.source}": not a source key`);
            planned.source = e.source;
        }
        if (e.addTags !== undefined) {
            if (!Array.isArray(e.addTags) ||
                !e.addTags.every((t) => typeof t === 'string' && (0,reference/* isValidTag */.r_)(t))) {
                throw new errors/* InputError */.dz('from-plan', `${where} has invalid addTags`);
            }
            planned.addTags = e.addTags;
        }
        return planned;
    });
}
function overlayRepositoryOf(v) {
    const repository = v['overlay-repository'];
    if (repository === undefined)
        return undefined;
    if (/^https?:\/\/[^/]*@/.test(repository)) {
        throw new errors/* InputError */.dz('overlay-repository', 'the URL carries credentials', 'remove them from the URL and pass the token in overlay-token');
    }
    const branch = v['overlay-branch'];
    if (branch !== undefined && !(0,read/* isValidBranchName */.eB)(branch)) {
        throw new errors/* InputError */.dz('overlay-branch', `"${branch}" is not a valid branch name`);
    }
    const token = v['overlay-token'] ?? v['github-token'];
    return {
        repository,
        ...(branch ? { branch } : {}),
        ...(token ? { token } : {}),
        ...(v['allow-local-overlay-repository'] ? { allowLocal: true } : {}),
    };
}
function overlayOf(name, value, v, workspace, inRepository) {
    const format = v['overlay-format'];
    if (!inRepository) {
        const file = (0,paths/* resolveInsideWorkspace */.sv)(workspace, value, name);
        return { file, path: (0,paths/* workspaceRelative */.Uc)(workspace, file), format };
    }
    const path = value.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (path === '' || (0,external_node_path_.isAbsolute)(path) || path.split('/').includes('..') || path.includes('\0')) {
        throw new errors/* InputError */.dz(name, `"${value}" must be a path inside overlay-repository`, "write it relative to that repository's root");
    }
    return { file: '', path, format };
}
function signOf(v) {
    switch (v.sign) {
        case 'none':
            return undefined;
        case 'key':
            return { kind: 'key', signingKey: v['signing-key'] ?? '' };
        case 'keyless':
            return {
                kind: 'keyless',
                fulcioUrl: v['fulcio-url'],
                rekorUrl: v['rekor-url'],
                ...(v['tsa-url'] !== undefined ? { tsaUrl: v['tsa-url'] } : {}),
            };
    }
}
function verifyOf(v) {
    if (v.verify === 'none')
        return undefined;
    const verifyKey = v['verify-key'];
    if (verifyKey !== undefined)
        return { kind: 'key', verifyKey };
    return {
        kind: 'keyless',
        certificateOidcIssuer: v['certificate-oidc-issuer'],
        ...(v['certificate-identity'] !== undefined
            ? { certificateIdentity: v['certificate-identity'] }
            : {}),
        ...(v['trusted-root'] !== undefined ? { trustedRoot: v['trusted-root'] } : {}),
    };
}
function environmentSlug(environment) {
    return environment
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
}
function normalUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz('environment-url', `"${value}" is not a URL`, 'e.g. https://shop.example.com');
    }
    if (url.username || url.password) {
        throw new errors/* InputError */.dz('environment-url', 'the URL carries credentials', 'remove them');
    }
    return url.href;
}
function parseConfig(source, { workspace }) {
    const v = (0,read/* readInputs */.Ko)(source, workspace);
    const registry = v.registry?.replace(/\/+$/, '');
    const images = (0,config_images/* readImages */.H)(v, registry, workspace);
    const overlayRepository = overlayRepositoryOf(v);
    const overlay = (name, path) => overlayOf(name, path, v, workspace, overlayRepository !== undefined);
    const config = {
        workspace,
        images,
        registry,
        overlays: v.overlay.map((p) => overlay('overlay', p)),
        overlayRepository,
        fromOverlay: v['from-overlay'] === undefined ? undefined : overlay('from-overlay', v['from-overlay']),
        deployPaths: v['deploy-paths'],
        ignorePaths: v['ignore-paths'],
        mode: v.mode,
        tagTemplate: v['tag-template'],
        prTagTemplate: v['pr-tag-template'],
        extraTags: v['extra-tags'],
        promoteTags: v['promote-tags'],
        sourceTag: v['source-tag'],
        tag: (0,tag_input/* parseTagInput */.qe)(v.tag, images),
        forceBuild: v['force-build'],
        push: v.push,
        writeOverlay: v['write-overlay'],
        pinDigest: v['pin-digest'],
        commit: COMMIT_MODES[v.commit],
        commitMessage: v['commit-message'],
        pullRequestBranch: v['pull-request-branch'].replace(/\{environment\}/g, v.environment === undefined ? 'deploy' : environmentSlug(v.environment)),
        createMissing: v['create-missing'],
        environment: v.environment,
        environmentUrl: v['environment-url'] === undefined ? undefined : normalUrl(v['environment-url']),
        githubDeployment: v['github-deployment'] === 'auto'
            ? v.environment !== undefined
            : v['github-deployment'] === 'true',
        base: v.base,
        githubToken: v['github-token'],
        dryRun: v['dry-run'],
        insecureRegistries: v['insecure-registries'],
        allowTagOverwrite: v['allow-tag-overwrite'],
        cacheFrom: v['cache-from'],
        cacheTo: v['cache-to'],
        matrixImage: v['matrix-image'],
        maxParallel: v['max-parallel'],
        registryCheck: v['registry-check'],
        fromPlan: v['from-plan'] === undefined ? undefined : parsePlanInput(v['from-plan'], images),
        sign: signOf(v),
        verify: verifyOf(v),
        signRequested: v['sign-requested'] || undefined,
    };
    for (const [key, value] of Object.entries(config)) {
        if (value === undefined)
            Reflect.deleteProperty(config, key);
    }
    for (const rule of RULES) {
        const problem = rule(config, v);
        if (problem)
            throw problem;
    }
    return config;
}

// EXTERNAL MODULE: ./src/event/trigger.ts
var event_trigger = __nccwpck_require__(99668);
// EXTERNAL MODULE: ./src/engine/decide.ts
var decide = __nccwpck_require__(71896);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./src/changes/history.ts
var changes_history = __nccwpck_require__(45881);
;// CONCATENATED MODULE: ./src/engine/execute.ts






function targetTag(target) {
    return target.tag && target.tagDigest === target.digest
        ? [{ tag: target.tag, digest: target.digest }]
        : [];
}
function unique(relies) {
    return relies.filter((r, i) => relies.findIndex((o) => o.tag === r.tag && o.digest === r.digest) === i);
}
function initialOutcome(d) {
    switch (d.kind) {
        case 'fail':
            return { decision: d, status: 'failed', added: [], relies: [], wrote: false, error: d.error };
        case 'keep-unverified':
            return { decision: d, status: 'verified', added: [], relies: [], wrote: false };
        case 'write-unverified':
            return { decision: d, status: 'unverified', added: [], relies: [], wrote: false };
        case 'keep':
            return {
                decision: d,
                status: 'planned',
                target: d.target,
                added: d.adopt ? [d.adopt] : [],
                relies: [
                    ...targetTag(d.target),
                    ...(d.adopt ? [{ tag: d.adopt, digest: d.target.digest }] : []),
                ],
                wrote: false,
            };
        case 'tag':
            return {
                decision: d,
                status: 'planned',
                target: d.target,
                added: [...d.addTags, ...d.laterTags.map((t) => t.tag)].filter((t) => t !== d.write.tag),
                relies: unique([
                    ...targetTag(d.target),
                    ...d.addTags.map((tag) => ({ tag, digest: d.target.digest })),
                ]),
                wrote: false,
            };
        case 'build':
            return {
                decision: d,
                status: 'planned',
                added: [...d.pushTags.slice(1), ...d.laterTags.map((t) => t.tag)].filter((t) => t !== d.write.tag),
                relies: d.pushTags.map((tag) => ({ tag })),
                wrote: false,
            };
    }
}
async function headWorktree(deps) {
    const head = deps.trigger.head;
    if ((await deps.git.resolveCommit('HEAD')) === head)
        return undefined;
    if (!(await new changes_history/* History */.B(deps.git, deps.logger).ensureCommit(head))) {
        throw new Error(`cannot build ${head.slice(0, 7)}: the commit is not in the checkout and cannot be fetched`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-promote-head-'));
    await deps.git.worktreeAdd(dir, head);
    deps.logger.info(`the checkout is not at ${head.slice(0, 7)} (e.g. GitHub's PR merge commit); building from a worktree of ${head.slice(0, 7)} so the image matches its tag`);
    return dir;
}
async function executeBuilds(outcomes, deps) {
    const builds = outcomes.filter((o) => o.decision.kind === 'build' && o.status !== 'failed');
    if (builds.length === 0)
        return outcomes;
    const { ociLabels } = await __nccwpck_require__.e(/* import() */ 312).then(__nccwpck_require__.bind(__nccwpck_require__, 60312));
    const labels = ociLabels({
        revision: deps.trigger.head,
        created: deps.now.toISOString(),
        ...(deps.trigger.version ? { version: deps.trigger.version } : {}),
        ...(deps.sourceUrl ? { source: deps.sourceUrl } : {}),
    });
    const requests = builds.map(({ decision: d }) => ({
        image: d.image,
        tags: d.pushTags.map((t) => (0,reference/* withTagAndDigest */.gh)(d.image.repository, t)),
        labels: { 'org.opencontainers.image.version': deps.trigger.version ?? d.write.tag, ...labels },
        push: deps.config.push,
        ...(deps.config.sign && deps.config.push ? { untagged: true } : {}),
        cacheFrom: deps.config.cacheFrom,
        cacheTo: deps.config.cacheTo,
    }));
    let results;
    let worktree;
    try {
        worktree = await headWorktree(deps);
        results = await deps.build(requests, worktree ?? deps.config.workspace);
    }
    catch (err) {
        const error = (0,errors/* errorMessage */.gJ)(err);
        return outcomes.map((o) => builds.includes(o) ? { ...o, status: 'failed', error } : o);
    }
    finally {
        if (worktree) {
            await deps.git.worktreeRemove(worktree);
            await (0,promises_.rm)(worktree, { recursive: true, force: true });
        }
    }
    return outcomes.map((o) => {
        if (o.decision.kind !== 'build' || o.status === 'failed')
            return o;
        const d = o.decision;
        const result = results.find((r) => r.name === d.image.name);
        if (!result || result.status === 'failed') {
            return {
                ...o,
                status: 'failed',
                error: result?.message ?? 'the build did not report an outcome',
                wrote: true,
            };
        }
        if (!deps.config.push)
            return { ...o, status: 'built' };
        if (!result.digest) {
            return {
                ...o,
                status: 'failed',
                error: `the build of ${d.image.name} was pushed but no digest is known`,
                wrote: true,
            };
        }
        const digest = result.digest;
        return {
            ...o,
            status: 'pushed',
            wrote: true,
            target: { repository: d.image.repository, tag: d.pushTags[0] ?? d.write.tag, digest },
            relies: o.relies.map((r) => ({ ...r, digest })),
        };
    });
}
async function executeTags(outcomes, deps, hooks = {}) {
    let finished = 0;
    const readBack = new Map();
    const done = await Promise.all(outcomes.map(async (o) => {
        const d = o.decision;
        if (o.status === 'failed' || !o.target)
            return o;
        const tags = d.kind === 'tag' ? d.addTags : d.kind === 'keep' && d.adopt ? [d.adopt] : [];
        const copyFrom = d.kind === 'tag' ? d.copyFrom : undefined;
        if (tags.length === 0 && !copyFrom)
            return o;
        const target = o.target;
        try {
            const registry = await deps.registries.forReference(target.repository);
            const source = (0,reference/* withTagAndDigest */.gh)(copyFrom ?? target.repository, undefined, target.digest);
            for (const tag of tags) {
                const to = (0,reference/* withTagAndDigest */.gh)(target.repository, tag);
                const done = copyFrom && copyFrom.name !== target.repository.name
                    ? await registry.copy(source, to, { allowOverwrite: deps.config.allowTagOverwrite })
                    : await registry.addTag(source, tag, {
                        allowOverwrite: deps.config.allowTagOverwrite,
                    });
                if (done.descriptor.digest !== target.digest) {
                    throw new Error(`${(0,reference/* formatReference */.FH)(to)} got ${done.descriptor.digest}, not ${target.digest}`);
                }
                if (!done.changed)
                    deps.logger.info(`${(0,reference/* formatReference */.FH)(to)} already is ${target.digest}; nothing to do`);
                finished++;
                const reads = readBack.get(o) ?? [];
                reads.push({ tag, digest: target.digest, at: finished });
                readBack.set(o, reads);
            }
            if (copyFrom && copyFrom.name !== target.repository.name && hooks.copied) {
                await hooks.copied(copyFrom, target.repository, target.digest);
                finished++;
            }
            return { ...o, wrote: true, status: o.status === 'planned' ? 'pushed' : o.status };
        }
        catch (err) {
            finished++;
            return { ...o, status: 'failed', error: (0,errors/* errorMessage */.gJ)(err), wrote: true };
        }
    }));
    return done.map((o, i) => {
        const last = (readBack.get(outcomes[i]) ?? []).filter((r) => r.at === finished);
        return last.length > 0 && o.status !== 'failed'
            ? { ...o, readLast: last.map(({ tag, digest }) => ({ tag, digest })) }
            : o;
    });
}
async function moveLaterTags(outcomes, deps) {
    const immutable = await moveTags(outcomes, deps, false);
    if (immutable.some((o) => o.status === 'failed'))
        return immutable;
    return moveTags(immutable, deps, true);
}
async function moveTags(outcomes, deps, mutableOnes) {
    return Promise.all(outcomes.map(async (o) => {
        const d = o.decision;
        const later = (d.kind === 'tag' || d.kind === 'build' ? d.laterTags : []).filter((t) => t.mutable === mutableOnes);
        if (later.length === 0 || !o.target || o.status === 'failed')
            return o;
        const target = o.target;
        try {
            const registry = await deps.registries.forReference(target.repository);
            for (const { tag, mutable } of later) {
                const done = await registry.addTag((0,reference/* withTagAndDigest */.gh)(target.repository, undefined, target.digest), tag, {
                    allowOverwrite: mutable || deps.config.allowTagOverwrite,
                });
                if (done.descriptor.digest !== target.digest) {
                    throw new Error(`${target.repository.name}:${tag} got ${done.descriptor.digest}, not ${target.digest}`);
                }
            }
            return {
                ...o,
                wrote: true,
                moved: [...(o.moved ?? []), ...later.map((t) => t.tag)],
                relies: [
                    ...o.relies,
                    ...later.filter((t) => !t.mutable).map((t) => ({ tag: t.tag, digest: target.digest })),
                ],
            };
        }
        catch (err) {
            return {
                ...o,
                status: 'failed',
                error: `moving ${later.map((t) => t.tag).join(', ')}: ${(0,errors/* errorMessage */.gJ)(err)}`,
                wrote: true,
            };
        }
    }));
}

// EXTERNAL MODULE: ./src/source/dockerignore.ts
var dockerignore = __nccwpck_require__(40319);
// EXTERNAL MODULE: ./src/source/keys.ts
var source_keys = __nccwpck_require__(3317);
// EXTERNAL MODULE: ./src/changes/globs.ts
var globs = __nccwpck_require__(76770);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(14006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/changes/classify.ts




const STRENGTH = { none: 0, ignored: 1, deploy: 2, code: 3 };
function strongest(kinds) {
    let best = 'none';
    for (const k of kinds)
        if (STRENGTH[k] > STRENGTH[best])
            best = k;
    return best;
}
function configuredSource(image) {
    return {
        context: image.context === '.' ? '' : image.context,
        dockerfile: image.dockerfile,
        always: [image.dockerfile],
        filter: (0,dockerignore/* contextFilter */.mn)({}),
    };
}
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function related(dir, root) {
    return (dir === '' ||
        root === '' ||
        dir === root ||
        root.startsWith(`${dir}/`) ||
        dir.startsWith(`${root}/`));
}
const UNKNOWN = -1;
const FILE_OTHER = 0;
const FILE_IGNORED = 1;
const FILE_DEPLOY = 2;
class Classifier {
    deploy;
    ignore;
    images;
    constructor(rules) {
        this.deploy = (0,globs/* compileGlobs */.tI)(rules.deployPaths);
        this.ignore = (0,globs/* compileGlobs */.tI)(rules.ignorePaths);
        this.images = rules.images.map((img) => {
            const resolved = rules.sources?.get(img.name);
            const source = resolved && !('problem' in resolved) ? resolved : configuredSource(img);
            const named = img.paths.length > 0 ? new globs/* GlobList */.Rz(img.paths) : undefined;
            const roots = [
                source.context,
                dirOf(source.dockerfile),
                ...img.paths.filter((p) => !p.startsWith('!')).map((p) => picomatch_default().scan(p).base),
            ];
            return {
                name: img.name,
                source,
                code: (0,source_keys/* codeTest */.ol)(img, source),
                ...(named ? { named } : {}),
                roots,
            };
        });
    }
    classify(files) {
        const sorted = isSorted(files) ? files : [...files].sort();
        const flags = new Int8Array(sorted.length).fill(UNKNOWN);
        const flag = (i) => {
            let f = flags[i];
            if (f === UNKNOWN) {
                const file = sorted[i];
                f = this.ignore(file) ? FILE_IGNORED : this.deploy(file) ? FILE_DEPLOY : FILE_OTHER;
                flags[i] = f;
            }
            return f;
        };
        let firsts;
        const first = () => {
            if (firsts)
                return firsts;
            firsts = {};
            for (let i = 0; i < sorted.length; i++) {
                const f = flag(i);
                if (f === FILE_IGNORED)
                    firsts.ignored ??= sorted[i];
                else if (f === FILE_DEPLOY)
                    firsts.deploy ??= sorted[i];
            }
            return firsts;
        };
        const attributes = sorted.filter((f) => f === '.gitattributes' || f.endsWith('/.gitattributes'));
        const result = new Map();
        for (const img of this.images) {
            const code = firstCode(sorted, img) ??
                attributes.find((f) => img.roots.some((root) => related(dirOf(f), root)));
            if (code !== undefined) {
                result.set(img.name, { kind: 'code', example: code });
                continue;
            }
            const { deploy, ignored } = first();
            if (deploy !== undefined)
                result.set(img.name, { kind: 'deploy', example: deploy });
            else if (ignored !== undefined)
                result.set(img.name, { kind: 'ignored', example: ignored });
            else
                result.set(img.name, { kind: 'none' });
        }
        return result;
    }
}
function isSorted(files) {
    for (let i = 1; i < files.length; i++)
        if (files[i - 1] > files[i])
            return false;
    return true;
}
function firstCode(sorted, img) {
    let best;
    const offer = (f) => {
        if (f !== undefined && (best === undefined || f < best))
            best = f;
    };
    for (const p of img.source.always)
        if (sorted[(0,globs/* lowerBound */.yz)(sorted, p)] === p)
            offer(p);
    if (img.named) {
        for (const i of img.named.allMatchIndices(sorted)) {
            const f = sorted[i];
            if (img.code(f)) {
                offer(f);
                break;
            }
        }
        return best;
    }
    const dir = img.source.context;
    if (dir !== '' && sorted[(0,globs/* lowerBound */.yz)(sorted, dir)] === dir)
        offer(dir);
    const prefix = dir === '' ? '' : `${dir}/`;
    for (let i = prefix === '' ? 0 : (0,globs/* lowerBound */.yz)(sorted, prefix); i < sorted.length; i++) {
        const f = sorted[i];
        if (!f.startsWith(prefix))
            break;
        if (img.code(f)) {
            offer(f);
            break;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./src/git.ts
var src_git = __nccwpck_require__(71243);
;// CONCATENATED MODULE: ./src/changes/detect.ts


async function resolveBase(trigger, opts, history) {
    const { git } = opts;
    const head = trigger.head;
    const strategy = trigger.base;
    const defaultBranch = trigger.defaultBranch;
    const mergeBaseWith = async (otherRefs, other, rule) => {
        const mb = await history.deepenUntil([...otherRefs, head], () => git.mergeBase(other, head));
        if (mb)
            return { base: mb, rule };
        return {
            rule,
            problem: `no common ancestor of ${detect_short(other)} and ${detect_short(head)} within the fetched history`,
        };
    };
    switch (strategy.kind) {
        case 'input': {
            let sha = await git.resolveCommit(strategy.rev);
            if (!sha && /^[0-9a-f]{40}$/.test(strategy.rev) && (await history.ensureCommit(strategy.rev)))
                sha = strategy.rev;
            if (!sha) {
                const remote = await history.remote();
                if (remote)
                    sha = await history.ensureBranch(strategy.rev);
            }
            return sha
                ? { base: sha, rule: 'input' }
                : { rule: 'input', problem: `base "${strategy.rev}" is not a commit in this repository` };
        }
        case 'push': {
            const before = strategy.before;
            const missing = `the previous tip ${detect_short(before)} cannot be fetched (deleted or rewritten history)`;
            if (strategy.forced === false && src_git/* FULL_ID */.G2.test(before))
                return { base: before, rule: 'push', unchecked: { problem: missing } };
            if (!(await history.ensureCommit(before)))
                return { rule: 'push', problem: missing };
            if (strategy.forced === false)
                return { base: before, rule: 'push' };
            const ancestor = await history.deepenUntil([head], async () => (await git.isAncestor(before, head)) ? true : (await git.isShallow()) ? undefined : false);
            if (ancestor === true)
                return { base: before, rule: 'push' };
            const mb = await history.deepenUntil([before, head], () => git.mergeBase(before, head));
            if (mb)
                return { base: mb, rule: 'force-push' };
            return {
                rule: 'force-push',
                problem: `force push: ${detect_short(before)} and ${detect_short(head)} share no history that could be fetched`,
            };
        }
        case 'new-branch': {
            const branch = defaultBranch ?? (await originHeadBranch(git));
            if (!branch)
                return { rule: 'new-branch', problem: 'new branch, but the default branch is unknown' };
            if (trigger.branch === branch) {
                const parent = await git.resolveCommit(`${head}^`);
                return parent
                    ? { base: parent, rule: 'new-branch' }
                    : { base: src_git/* EMPTY_TREE */.pL, rule: 'first-commit' };
            }
            const tip = await history.ensureBranch(branch);
            if (!tip)
                return { rule: 'new-branch', problem: `the default branch "${branch}" cannot be fetched` };
            const remote = await history.remote();
            const refspec = remote ? [`+refs/heads/${branch}:refs/remotes/${remote}/${branch}`] : [];
            return mergeBaseWith(refspec, tip, 'new-branch');
        }
        case 'pull-request':
        case 'merge-group': {
            const { kind, baseSha } = strategy;
            if (!(await history.ensureCommit(baseSha))) {
                const what = kind === 'pull-request' ? 'the PR base' : 'the merge group base';
                return { rule: kind, problem: `${what} ${detect_short(baseSha)} cannot be fetched` };
            }
            if (kind === 'merge-group')
                return { base: baseSha, rule: kind };
            return mergeBaseWith([baseSha], baseSha, kind);
        }
        case 'previous-tag':
            return previousTag(git, history, head, strategy.tagName);
        case 'overlay':
            return {
                rule: 'overlay',
                problem: 'the overlay names no image whose commit is known, and this event has no base of its own (set the "base" input)',
            };
        case 'unknown':
            return { rule: 'unknown', problem: strategy.reason };
    }
}
async function previousTag(git, history, head, tagName) {
    await history.fetchTags();
    const describe = async () => {
        const tag = await git.describeTag(`${head}^`, {
            match: ['v[0-9]*', '[0-9]*'],
            exclude: tagName,
        });
        if (tag !== undefined)
            return tag;
        return (await git.isShallow()) ? undefined : '';
    };
    const parent = await git.resolveCommit(`${head}^`);
    if (!parent && !(await git.isShallow()))
        return { base: src_git/* EMPTY_TREE */.pL, rule: 'first-release' };
    const found = await history.deepenUntil([head], describe);
    if (found === undefined)
        return {
            rule: 'previous-tag',
            problem: `no earlier release tag found within the fetched history of ${tagName}`,
        };
    if (found === '')
        return { base: src_git/* EMPTY_TREE */.pL, rule: 'first-release' };
    const sha = await git.resolveCommit(found);
    return sha
        ? { base: sha, rule: 'previous-tag' }
        : { rule: 'previous-tag', problem: `tag ${found} does not resolve` };
}
async function originHeadBranch(git) {
    const ref = await git.symbolicRef('refs/remotes/origin/HEAD');
    const prefix = 'refs/remotes/origin/';
    return ref?.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}
function detect_short(sha) {
    return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha;
}
async function detectChanges(trigger, opts) {
    const { git, logger } = opts;
    const history = new changes_history/* History */.B(git, logger, opts.ready);
    const head = trigger.head;
    const gitUsable = await git.isRepository();
    if (gitUsable && (await history.ensureCommit(head))) {
        let resolved = await resolveBase(trigger, opts, history);
        let files;
        if (resolved.base !== undefined && resolved.unchecked) {
            const base = resolved.base;
            files = await git.changedFiles(`${base}^{commit}`, head).catch(() => undefined);
            if (!files && !(await history.ensureCommit(base)))
                resolved = { rule: resolved.rule, problem: resolved.unchecked.problem };
        }
        if (resolved.base !== undefined) {
            files ??= await git.changedFiles(resolved.base, head);
            return {
                head,
                base: resolved.base,
                baseRule: resolved.rule,
                files,
                complete: true,
                source: 'git',
            };
        }
        return viaApiOrNone(trigger, opts, resolved.rule, resolved.problem);
    }
    const reason = gitUsable
        ? `the head commit ${detect_short(head)} is not in the checkout and cannot be fetched`
        : 'there is no git checkout';
    return viaApiOrNone(trigger, opts, trigger.base.kind, reason);
}
async function viaApiOrNone(trigger, opts, rule, problem) {
    return ((await fromApi(trigger, opts, { rule, problem })) ?? {
        head: trigger.head,
        baseRule: rule,
        files: [],
        complete: false,
        note: problem ?? 'no base commit',
        source: 'none',
    });
}
async function fromApi(trigger, opts, resolved) {
    const api = opts.api;
    if (!api)
        return undefined;
    const head = trigger.head;
    await opts.ready;
    try {
        if (trigger.pullRequest) {
            const r = await api.pullRequestFiles(trigger.pullRequest.number);
            return {
                head,
                base: trigger.pullRequest.baseSha,
                baseRule: 'pull-request',
                files: r.files,
                complete: r.complete,
                note: r.note ??
                    `git could not answer (${resolved.problem ?? 'unknown'}); used the pull request files API`,
                source: 'api',
            };
        }
        const base = trigger.base.kind === 'push' || trigger.base.kind === 'merge-group'
            ? trigger.base.kind === 'push'
                ? trigger.base.before
                : trigger.base.baseSha
            : trigger.base.kind === 'input' && /^[0-9a-f]{40}$/.test(trigger.base.rev)
                ? trigger.base.rev
                : undefined;
        if (!base)
            return undefined;
        const r = await api.compareFiles(base, head);
        return {
            head,
            base,
            baseRule: resolved.rule,
            files: r.files,
            complete: r.complete,
            note: r.note ?? `git could not answer (${resolved.problem ?? 'unknown'}); used the compare API`,
            source: 'api',
        };
    }
    catch (err) {
        opts.logger.warning(`GitHub API fallback failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/source/check.ts
var check = __nccwpck_require__(31513);
// EXTERNAL MODULE: ./src/source/resolve.ts + 1 modules
var resolve = __nccwpck_require__(34730);
;// CONCATENATED MODULE: ./src/source/tree.ts

class ListedTree {
    commit;
    text;
    paths = [];
    starts = [];
    modeEnds = [];
    oidStarts = [];
    tabs = [];
    ends = [];
    sorted = true;
    built;
    constructor(commit, text) {
        this.commit = commit;
        this.text = text;
    }
    get entries() {
        this.built ??= this.paths.map((path, i) => ({
            mode: this.text.slice(this.starts[i], this.modeEnds[i]),
            oid: this.text.slice(this.oidStarts[i], this.tabs[i]),
            path,
        }));
        return this.built;
    }
    record(i) {
        const out = [];
        this.appendRecords([i], out);
        return out.join('');
    }
    appendRecords(indices, out) {
        const { text, starts, modeEnds, oidStarts, ends } = this;
        for (const i of indices) {
            const end = ends[i];
            out.push(text.slice(starts[i], modeEnds[i] + 1));
            if (end < text.length)
                out.push(text.slice(oidStarts[i], end + 1));
            else
                out.push(text.slice(oidStarts[i], end), '\0');
        }
    }
    permute(order) {
        const pick = (column) => order.map((i) => column[i]);
        const paths = pick(this.paths);
        this.paths.length = 0;
        for (const p of paths)
            this.paths.push(p);
        this.starts = pick(this.starts);
        this.modeEnds = pick(this.modeEnds);
        this.oidStarts = pick(this.oidStarts);
        this.tabs = pick(this.tabs);
        this.ends = pick(this.ends);
    }
}
function treeFromListing(commit, output) {
    const listing = new ListedTree(commit, output);
    const { paths, starts, modeEnds, oidStarts, tabs, ends } = listing;
    let previous = '';
    let at = 0;
    while (at < output.length) {
        const end = output.indexOf('\0', at);
        const stop = end === -1 ? output.length : end;
        const tab = output.indexOf('\t', at);
        if (tab === -1 || tab > stop)
            throw new Error(`unexpected git ls-tree output near "${output.slice(at, at + 80)}"`);
        const s1 = output.indexOf(' ', at);
        const s2 = output.indexOf(' ', s1 + 1);
        starts.push(at);
        modeEnds.push(s1);
        oidStarts.push(s2 + 1);
        tabs.push(tab);
        ends.push(stop);
        const path = output.slice(tab + 1, stop);
        if (path < previous)
            listing.sorted = false;
        paths.push(path);
        previous = path;
        at = stop + 1;
    }
    if (!listing.sorted) {
        const order = paths.map((_, j) => j);
        order.sort((a, b) => {
            const pa = paths[a];
            const pb = paths[b];
            return pa < pb ? -1 : pa > pb ? 1 : 0;
        });
        listing.permute(order);
    }
    return listing;
}
const listings = new WeakMap();
function readTree(git, commit, options = {}) {
    const peel = options.peel === true;
    if (!src_git/* FULL_ID */.G2.test(commit))
        return listTree(git, commit, peel);
    let known = listings.get(git);
    if (!known)
        listings.set(git, (known = new Map()));
    const key = `${peel ? '^' : ''}${commit}`;
    const cached = known.get(key);
    if (cached)
        return cached;
    const listed = listTree(git, commit, peel);
    known.set(key, listed);
    listed.catch(() => known.delete(key));
    return listed;
}
async function listTree(git, commit, peel) {
    const listing = await git.lsTree(commit, { peel });
    if (peel)
        git.rememberCommit(commit);
    return treeFromListing(commit, listing);
}

// EXTERNAL MODULE: ./src/tags/template.ts
var template = __nccwpck_require__(78159);
// EXTERNAL MODULE: ./src/engine/lookup.ts
var lookup = __nccwpck_require__(53810);
// EXTERNAL MODULE: ./src/engine/needs.ts
var engine_needs = __nccwpck_require__(21731);
// EXTERNAL MODULE: ./src/engine/types.ts
var engine_types = __nccwpck_require__(3171);
;// CONCATENATED MODULE: ./src/engine/facts.ts















function selectedImages(config) {
    if (config.matrixImage)
        return config.images.filter((i) => i.name === config.matrixImage);
    if (config.fromPlan) {
        const names = new Set(config.fromPlan.map((p) => p.name));
        return config.images.filter((i) => names.has(i.name));
    }
    return config.images;
}
function withRepository(image, states, requested) {
    if (!image.defaultRepository || requested?.repository)
        return image;
    const held = states.find((s) => s.images.get(image.name)?.found);
    const value = held ? (0,engine_types/* overlayValue */.uk)(held, image.name) : undefined;
    if (value?.repository !== undefined) {
        const repository = (0,lookup/* repositoryOf */._M)(value, image);
        return repository === image.repository ? image : { ...image, repository };
    }
    const kustomize = held ? held.format === 'kustomize' : states[0]?.format === 'kustomize';
    if (kustomize)
        return image;
    const where = states.length > 0
        ? `${states.map((s) => s.overlay.path).join(', ')} does not name one`
        : 'no overlay names one';
    throw new errors/* InputError */.dz('registry', `no repository for ${image.name}: ${where}`, `set registry (on the command line: --registry, e.g. ghcr.io/acme), a repository for ${image.name} in images, or give a full reference (${image.name}=ghcr.io/acme/${image.name}:TAG)`);
}
function shaPrefixOf(config, value) {
    const tag = value.tag;
    return tag
        ? [config.tagTemplate, config.prTagTemplate]
            .map((t) => (0,template/* shaExtractor */.x3)(t)?.(tag))
            .find((p) => p !== undefined)
        : undefined;
}
async function deployedCommit(deps, history, value, image, byPrefix) {
    const { git } = deps;
    const tag = value.tag;
    const prefix = shaPrefixOf(deps.config, value);
    if (prefix) {
        const sha = await (byPrefix ?? git.resolveCommit(prefix));
        if (sha)
            return { sha, via: 'tag' };
    }
    if (tag && (0,event_trigger/* isVersionTag */.JM)(tag)) {
        const sha = await history.ensureTag(tag);
        if (sha)
            return { sha, via: 'git-tag' };
    }
    if (image) {
        const revision = image.revision ?? (await (0,lookup/* revisionOf */.DT)(deps, image));
        if (revision &&
            (!prefix || revision.startsWith(prefix)) &&
            (await history.ensureCommit(revision))) {
            return { sha: revision, via: 'label' };
        }
    }
    if (prefix) {
        const sha = await history.deepenUntil([deps.trigger.head], () => git.resolveCommit(prefix));
        if (sha)
            return { sha, via: 'tag' };
    }
    return undefined;
}
async function headTree(deps, history) {
    const head = deps.trigger.head;
    try {
        const listed = await readTree(deps.git, head, { peel: true }).catch(() => undefined);
        if (listed)
            return listed;
        if (!(await history.ensureCommit(head))) {
            return {
                problem: `the commit ${head.slice(0, 7)} is not in the checkout and cannot be fetched`,
            };
        }
        return await readTree(deps.git, head);
    }
    catch (err) {
        return { problem: `cannot list the files of ${head.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}
function classifier(config, images, sources) {
    return new Classifier({
        deployPaths: config.deployPaths,
        ignorePaths: config.ignorePaths,
        images,
        ...(sources ? { sources } : {}),
    });
}
function diffWithHead(deps, sha, overlays, early) {
    const head = deps.trigger.head;
    if (sha === head)
        return Promise.resolve({ changed: [], old: new Map() });
    const paths = overlayPaths(overlays);
    return deps.git.changedFiles(sha, head).then(async (changed) => {
        const read = await early;
        const used = paths.filter((p) => changed.includes(p));
        const texts = read
            ? used.map((p) => read[paths.indexOf(p)])
            : await Promise.all(used.map((p) => deps.git.show(sha, p)));
        return { changed, old: new Map(used.map((p, i) => [p, texts[i]])) };
    });
}
function overlayPaths(overlays) {
    return [...new Set(overlays.map((s) => s.overlay.path))];
}
function quiet(promise) {
    promise.catch(() => undefined);
    return promise;
}
function checkOverlaysName(config, states, images) {
    if (states.length === 0 || config.createMissing)
        return;
    for (const image of images) {
        if (states.some((s) => s.images.get(image.name)?.found))
            continue;
        const first = states[0];
        const where = states.map((s) => s.overlay.path).join(', ');
        if (first.format === 'kustomize') {
            const has = first.known.length > 0 ? `it has ${someOf(first.known)}` : 'it names no image';
            throw new errors/* InputError */.dz('images', `${where} does not name the image ${image.name} (${has})`, 'fix the image name, add an entry for it to the overlay, or set create-missing: true (--create-missing)');
        }
        const state = states.find((s) => (0,config_images/* imageFor */.zd)(image, s.overlay.path).key !== undefined) ?? first;
        const key = (0,config_images/* imageFor */.zd)(image, state.overlay.path).key;
        if (key === undefined) {
            const miss = (0,config_images/* keyMissProblem */.ng)(image, first.overlay.path);
            if (miss)
                throw new errors/* UserError */.yo(miss);
            const keyed = config.images
                .filter((i) => (0,config_images/* imageFor */.zd)(i, first.overlay.path).key !== undefined)
                .map((i) => i.name);
            const hint = (0,check/* nearest */.p)(image.name, keyed);
            throw new errors/* InputError */.dz('images', `${where} is a ${first.format} file, and the image ${image.name} has no key path for it (images with one: ${someOf(keyed)})`, `${hint ? `did you mean ${hint}? ` : ''}fix the image name, or give ${image.name} a key (key: in its images entry; deploy --key ${image.name}=PATH)`);
        }
        const likely = state.known.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
        throw new errors/* InputError */.dz('images', `${where} has no value at "${key}" for the image ${image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(likely.length > 0 ? likely : state.known)})`, 'fix the key, add the key to the overlay, or set create-missing: true (--create-missing)');
    }
}
function someOf(names, limit = 12) {
    if (names.length === 0)
        return 'nothing';
    const shown = names.slice(0, limit).join(', ');
    return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
function actedOn(config, images) {
    const request = config.tag;
    if (request?.kind === 'refs' && request.all === undefined)
        return images.filter((i) => i.name in request.byImage);
    if (request?.kind === 'previous' && request.images)
        return images.filter((i) => request.images?.includes(i.name));
    return [...images];
}
function kept(ref, image, states) {
    if (!ref.keep?.tag && !ref.keep?.digest)
        return ref;
    const held = valueIn(states, image);
    const out = { ...ref };
    for (const part of ['tag', 'digest']) {
        if (!ref.keep[part])
            continue;
        const value = held?.value[part];
        if (value === undefined) {
            throw new errors/* InputError */.dz('tag', `* keeps the ${part} of ${image.name}, but ${held ? `${held.overlay} has none for it` : 'no overlay names it'}`, `give the ${part}`);
        }
        out[part] = value;
    }
    return out;
}
async function requestedTag(deps, ref) {
    if (ref.commit === undefined)
        return ref.tag;
    const needed = deps.policy.commitDigits();
    let sha = ref.commit;
    if (sha.length < needed) {
        const full = await deps.git.resolveCommit(sha);
        if (!full) {
            throw new errors/* InputError */.dz('tag', `tag-template "${deps.config.tagTemplate}" needs ${needed} hex digits of the commit, and ${sha} is no commit in ${deps.git.cwd}`, 'give the full SHA, or the tag itself');
        }
        sha = full;
    }
    return deps.policy.commitTag(sha);
}
async function gatherFacts(deps, placement) {
    const { config, policy, logger } = deps;
    const needs = (0,engine_needs/* factNeeds */.m)(config, deps.trigger);
    const history = new changes_history/* History */.B(deps.git, logger);
    const configured = selectedImages(config);
    const treeListed = needs.tree || needs.recordKeys ? headTree(deps, history) : undefined;
    const from = config.mode === 'promote' ? placement.fromOverlay : undefined;
    const reader = placement.overlays.length > 0 || from ? await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(662)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80662)) : undefined;
    const none = [];
    const [overlays, fromOverlay] = await Promise.all([
        reader ? reader.readOverlayStates(placement.overlays, config.images) : none,
        reader && from ? reader.readOverlayStates([from], config.images) : none,
    ]);
    for (const w of [...overlays, ...fromOverlay].flatMap((s) => s.warnings))
        logger.warning(w);
    checkOverlaysName(config, overlays, actedOn(config, configured));
    const images = configured.map((image) => withRepository(image, overlays, (0,tag_input/* requestedRef */.oH)(config.tag, image.name)));
    const ask = config.registryCheck ? lookup/* lookup */.$I : () => Promise.resolve(undefined);
    const primary = needs.primary ? tryPrimary(deps) : undefined;
    const release = needs.release ? policy.release : undefined;
    const planned = new Map((config.fromPlan ?? []).map((p) => [p.name, p]));
    const sharedTags = new Map();
    const requested = await Promise.all(images.map(async (image) => {
        const plannedTag = planned.get(image.name)?.tag;
        if (plannedTag)
            return { tag: plannedTag };
        const given = (0,tag_input/* requestedRef */.oH)(config.tag, image.name);
        if (!given)
            return undefined;
        const ref = kept(given, image, overlays);
        const tag = await requestedTag(deps, ref);
        return { ...ref, ...(tag !== undefined ? { tag } : {}) };
    }));
    for (const state of overlays) {
        const slots = new Map();
        images.forEach((image, i) => {
            const slot = (0,engine_types/* overlaySlot */.lJ)(state, image);
            if (slot)
                slots.set(slot, [...(slots.get(slot) ?? []), i]);
        });
        for (const members of slots.values()) {
            if (members.length < 2)
                continue;
            const written = members.flatMap((i) => {
                const tag = requested[i]?.tag;
                return tag ? [tag] : [];
            });
            for (const i of members) {
                const set = sharedTags.get(images[i]?.name ?? '') ?? new Set();
                for (const t of written)
                    set.add(t);
                sharedTags.set(images[i]?.name ?? '', set);
            }
        }
    }
    const diffs = new Map();
    const byPrefixOf = new Map();
    const startPrefix = (prefix) => {
        let started = byPrefixOf.get(prefix);
        if (started)
            return started;
        const read = (byPrefixOf.size + 1) * overlays.length <= 4
            ? quiet(deps.git.commitFiles(prefix, overlayPaths(overlays)))
            : undefined;
        started = quiet(read
            ? read.then((r) => r.commit, () => deps.git.resolveCommit(prefix))
            : deps.git.resolveCommit(prefix));
        const speculative = quiet(diffWithHead(deps, `${prefix}^{commit}`, overlays, read?.then((r) => r.texts)));
        void started.then((sha) => {
            if (sha && !diffs.has(sha))
                diffs.set(sha, quiet(speculative.catch(() => diffWithHead(deps, sha, overlays))));
        }, () => undefined);
        byPrefixOf.set(prefix, started);
        return started;
    };
    const byPrefix = images.map((image) => {
        if (!needs.comparison)
            return undefined;
        const deployedValue = valueIn(overlays, image);
        const prefix = deployedValue ? shaPrefixOf(config, deployedValue.value) : undefined;
        return prefix ? startPrefix(prefix) : undefined;
    });
    let typosChecked = () => undefined;
    const checked = new Promise((resolve, reject) => {
        typosChecked = (ok) => {
            if (ok)
                resolve();
            else
                reject(new Error('the typo checks failed'));
        };
    });
    const eventChanges = needs.comparison &&
        images.length > 0 &&
        (deps.trigger.base.kind === 'input' || images.some((image) => !valueIn(overlays, image)))
        ? quiet(detectEventChanges(deps, quiet(checked)))
        : undefined;
    const tree = treeListed ? await treeListed : undefined;
    const sources = tree === undefined
        ? undefined
        : 'problem' in tree
            ? tree
            : await (0,resolve/* resolveSources */.l)(deps.git, tree, images).catch((err) => ({
                problem: `cannot read what the images are built from at ${tree.commit.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            }));
    if (needs.tree && tree && !('problem' in tree) && sources && !('problem' in sources)) {
        try {
            (0,check/* checkSources */.B)(tree, images, sources, {
                written: config.writeOverlay && !config.overlayRepository
                    ? config.overlays.map((o) => o.path)
                    : [],
            });
        }
        catch (err) {
            typosChecked(false);
            throw err;
        }
    }
    typosChecked(true);
    const early = images.map((image, i) => {
        const deployedValue = valueIn(overlays, image);
        const deployedRepo = deployedValue ? (0,lookup/* repositoryOf */._M)(deployedValue.value, image) : undefined;
        const ref = requested[i];
        const requestedRepo = ref?.repository ?? image.repository;
        const promoteValue = valueIn(fromOverlay, image);
        const own = [
            ...(primary ? [primary] : []),
            ...(release ? [release] : []),
            ...(sharedTags.get(image.name) ?? []),
        ];
        const tagged = [...new Set(own)];
        return {
            image,
            deployedValue,
            deployedRepo,
            ref,
            requestedRepo,
            promoteValue,
            lookups: Promise.all([
                deployedValue && deployedRepo && (deployedValue.value.tag || deployedValue.value.digest)
                    ? ask(deps, deployedRepo, deployedValue.value.tag, deployedValue.value.digest)
                    : Promise.resolve(undefined),
                Promise.all(tagged.map((t) => ask(deps, image.repository, t))).then((found) => new Map(tagged.map((t, j) => [t, found[j]]))),
                ref && (ref.tag || ref.digest)
                    ? ask(deps, requestedRepo, ref.tag, ref.digest)
                    : Promise.resolve(undefined),
                promoteValue && (promoteValue.value.tag || promoteValue.value.digest)
                    ? ask(deps, (0,lookup/* repositoryOf */._M)(promoteValue.value, image), promoteValue.value.tag, promoteValue.value.digest)
                    : Promise.resolve(undefined),
            ]),
            byPrefix: byPrefix[i],
        };
    });
    await new Promise((resolve) => setImmediate(resolve));
    const keys = tree && sources && !('problem' in tree) && !('problem' in sources)
        ? needs.tree
            ? (0,source_keys/* sourceKeys */.KG)(tree, images, sources)
            : recordKeys(deps, () => (0,source_keys/* sourceKeys */.KG)(tree, images, sources))
        : undefined;
    const keyOf = (image) => {
        if (!sources)
            return { problem: 'the source key was not needed by this run' };
        if ('problem' in sources)
            return { problem: sources.problem };
        const key = keys?.get(image.name);
        return key ?? { problem: keys ? 'internal error: no key computed' : 'cannot be computed' };
    };
    const perImage = await Promise.all(early.map(async (e) => {
        const { image, deployedValue, deployedRepo, ref, requestedRepo, promoteValue } = e;
        const source = keyOf(image);
        const sourceTag = needs.sourceTags && 'key' in source ? policy.sourceTag(source.key) : undefined;
        const [sourceImage, [deployedImage, tagged, requestedImage, promoteImage]] = await Promise.all([
            sourceTag ? ask(deps, image.repository, sourceTag) : Promise.resolve(undefined),
            e.lookups,
        ]);
        const sourceFound = (0,engine_types/* found */.F9)(sourceImage);
        if (needs.labels &&
            !config.verify &&
            sourceFound &&
            sourceFound.digest !== (0,engine_types/* found */.F9)(deployedImage)?.digest) {
            const revision = await (0,lookup/* revisionOf */.DT)(deps, sourceFound);
            if (revision)
                sourceFound.revision = revision;
        }
        const facts = {
            image,
            source,
            comparison: { rule: 'unknown', change: { kind: 'none' } },
            tagged,
            ...(sourceTag ? { sourceImage } : {}),
        };
        if (primary)
            facts.primary = primary;
        if (deployedValue && deployedRepo) {
            facts.deployed = {
                overlay: deployedValue.overlay,
                value: deployedValue.value,
                repository: deployedRepo,
                image: deployedImage,
            };
        }
        if (ref && (ref.tag || ref.digest)) {
            facts.requested = {
                ...(ref.tag ? { tag: ref.tag } : {}),
                ...(ref.digest ? { digest: ref.digest } : {}),
                ...(ref.as ? { as: ref.as } : {}),
                image: requestedImage,
                repository: requestedRepo,
            };
        }
        if (promoteValue) {
            facts.promoteSource = {
                overlay: promoteValue.overlay,
                value: promoteValue.value,
                repository: (0,lookup/* repositoryOf */._M)(promoteValue.value, image),
                image: promoteImage,
            };
        }
        const plan = planned.get(image.name);
        if (plan)
            facts.planned = plan;
        return facts;
    }));
    const okSources = sources && !('problem' in sources) ? sources : undefined;
    const [withComparison, gate, rollback, records] = await Promise.all([
        needs.comparison
            ? compare(deps, history, perImage, tree ?? { problem: 'no tree' }, sources && !('problem' in sources) ? sources : undefined, overlays, {
                byPrefix: early.map((e) => e.byPrefix),
                diffs,
                ...(eventChanges ? { eventChanges } : {}),
            })
            : Promise.resolve({ images: perImage }),
        needs.gate
            ? __nccwpck_require__.e(/* import() */ 347).then(__nccwpck_require__.bind(__nccwpck_require__, 14347)).then(({ releaseGate }) => releaseGate(deps))
            : Promise.resolve(undefined),
        needs.rollback
            ? Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(92)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87092)).then(({ rollbackFacts }) => rollbackFacts(deps, overlays, perImage, (file) => placement.gitFor(file)))
            : Promise.resolve(undefined),
        needs.records
            ? Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(523)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65523)).then(({ gatherRecords }) => gatherRecords(deps, placement, overlays, perImage, (commit, group) => changesSince(deps, history, commit, group, overlays, okSources, diffs)))
            : Promise.resolve(undefined),
    ]);
    const facts = {
        images: withComparison.images.map((f) => {
            const rb = rollback?.get(f.image.name);
            const record = records?.get(f.image.name);
            return rb || record
                ? { ...f, ...(rb ? { rollback: rb } : {}), ...(record ? { record } : {}) }
                : f;
        }),
        overlays,
        ...(gate ? { gate } : {}),
        ...(withComparison.changes ? { changes: withComparison.changes } : {}),
    };
    return facts;
}
function recordKeys(deps, keys) {
    try {
        return keys();
    }
    catch (err) {
        deps.logger.debug(`the source keys for the deploy record: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
async function changesSince(deps, history, commit, images, overlays, sources, diffs) {
    if (!(await history.ensureCommit(commit)))
        return undefined;
    const diff = await (diffs.get(commit) ?? diffWithHead(deps, commit, overlays));
    return classifier(deps.config, images, sources).classify(await withoutOwnDeploys(deps, diff, overlays));
}
function tryPrimary(deps) {
    try {
        return deps.policy.primary();
    }
    catch {
        return undefined;
    }
}
function detectEventChanges(deps, ready) {
    return detectChanges(deps.trigger, {
        git: deps.git,
        logger: deps.logger,
        ...(deps.api ? { api: deps.api } : {}),
        ...(ready ? { ready } : {}),
    });
}
async function withoutOwnDeploys(deps, diff, overlays) {
    const files = diff.changed;
    const own = new Set();
    for (const state of overlays) {
        const path = state.overlay.path;
        if (!files.includes(path))
            continue;
        const old = diff.old.get(path);
        if (old === undefined)
            continue;
        const { onlyValuesChanged } = await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(662)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80662));
        try {
            const updates = deps.config.images.flatMap((image) => {
                const v = (0,engine_types/* overlayValue */.uk)(state, image.name);
                if (!v)
                    return [];
                return [{ image, repository: (0,lookup/* repositoryOf */._M)(v, image).name, ...v }];
            });
            const same = onlyValuesChanged(state, old, deps.config.images, updates, {
                pinDigest: deps.config.pinDigest,
                createMissing: false,
                isImmutable: (tag) => deps.policy.isImmutable(tag),
            });
            if (same)
                own.add(path);
        }
        catch {
        }
    }
    return own.size === 0 ? files : files.filter((f) => !own.has(f));
}
function valueIn(states, image) {
    for (const state of states) {
        const v = (0,engine_types/* overlayValue */.uk)(state, image.name);
        if (v)
            return { overlay: state.overlay.path, value: v };
    }
    return undefined;
}
async function compare(deps, history, images, headTreeOrProblem, headSources, overlays, started) {
    const { config, trigger } = deps;
    const head = trigger.head;
    const override = trigger.base.kind === 'input';
    const commits = await Promise.all(images.map((f, i) => f.deployed && !('problem' in headTreeOrProblem)
        ? deployedCommit(deps, history, f.deployed.value, (0,engine_types/* found */.F9)(f.deployed.image), started.byPrefix[i]).catch((err) => {
            deps.logger.debug(`${f.image.name}: cannot find the deployed commit: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return undefined;
        })
        : Promise.resolve(undefined)));
    const byCommit = new Map();
    commits.forEach((c, i) => {
        if (c)
            byCommit.set(c.sha, [...(byCommit.get(c.sha) ?? []), i]);
    });
    const out = images.map((f) => ({ ...f }));
    for (const [sha, indices] of byCommit) {
        const group = indices.map((i) => out[i].image);
        const adoptable = indices.some((i) => {
            const f = out[i];
            const source = (0,engine_types/* found */.F9)(f.sourceImage);
            return !source || source.digest !== (0,engine_types/* found */.F9)(f.deployed?.image)?.digest;
        });
        try {
            const [diff, tree] = await Promise.all([
                override ? undefined : (started.diffs.get(sha) ?? diffWithHead(deps, sha, overlays)),
                adoptable ? readTree(deps.git, sha) : Promise.resolve(undefined),
            ]);
            const changes = diff
                ? classifier(config, group, headSources).classify(await withoutOwnDeploys(deps, diff, overlays))
                : undefined;
            const keys = tree
                ? (await (0,source_keys/* sourceKeysAt */.fH)(deps.git, tree, group).catch(() => undefined))?.keys
                : undefined;
            for (const i of indices) {
                const f = out[i];
                const commit = commits[i];
                if (!f.deployed || !commit)
                    continue;
                const key = keys?.get(f.image.name)?.key;
                f.deployed = { ...f.deployed, commit, ...(key ? { sourceKey: key } : {}) };
                if (changes) {
                    f.comparison = {
                        base: sha,
                        rule: 'deployed',
                        change: changes.get(f.image.name) ?? { kind: 'none' },
                    };
                }
            }
        }
        catch (err) {
            deps.logger.debug(`cannot compare ${sha.slice(0, 7)} with ${head.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            for (const i of indices)
                commits[i] = undefined;
        }
    }
    const rest = out
        .map((_f, i) => (commits[i] && !override ? undefined : i))
        .filter((i) => i !== undefined);
    if (rest.length === 0)
        return { images: out };
    const changes = await (started.eventChanges ?? detectEventChanges(deps));
    const group = rest.map((i) => out[i].image);
    const classified = changes.complete
        ? classifier(config, group, headSources).classify(changes.files)
        : new Map(group.map((g) => [g.name, { kind: 'code', untrusted: changes.note ?? 'unknown base' }]));
    for (const i of rest) {
        const f = out[i];
        const comparison = {
            rule: changes.baseRule,
            change: classified.get(f.image.name) ?? { kind: 'none' },
            ...(changes.base ? { base: changes.base } : {}),
            ...(changes.complete ? {} : { note: changes.note ?? 'unknown base' }),
        };
        f.comparison = comparison;
    }
    return { images: out, changes };
}

;// CONCATENATED MODULE: ./src/engine/placement.ts




function writeBackMode(config) {
    if (!(0,decide/* writesOverlays */.SI)(config) || config.dryRun)
        return undefined;
    switch (config.commit) {
        case 'none':
            return undefined;
        case 'local':
            return 'commit';
        case 'push':
            return 'push';
        case 'pull-request':
            return 'pull-request';
    }
}
function detachedBranch(trigger) {
    return trigger.kind === 'tag' || trigger.kind === 'release'
        ? (trigger.defaultBranch ?? 'main')
        : trigger.branch;
}
async function placeOverlays(deps) {
    const { config, logger } = deps;
    const mode = writeBackMode(config);
    const remote = config.overlayRepository;
    if (remote && (config.overlays.length > 0 || config.fromOverlay)) {
        const paths = [...config.overlays, ...(config.fromOverlay ? [config.fromOverlay] : [])].map((o) => o.path);
        const { cloneOverlayRepository } = await __nccwpck_require__.e(/* import() */ 837).then(__nccwpck_require__.bind(__nccwpck_require__, 10837));
        const clone = await cloneOverlayRepository(remote, paths, {
            logger,
            env: deps.env,
            ...(config.githubToken ? { githubToken: config.githubToken } : {}),
            ...(remote.allowLocal ? { allowLocalRepository: true } : {}),
        });
        const at = (o) => ({ ...o, file: (0,external_node_path_.join)(clone.root, o.path) });
        return {
            overlays: config.overlays.map(at),
            ...(config.fromOverlay ? { fromOverlay: at(config.fromOverlay) } : {}),
            root: clone.root,
            clone,
            ...(mode
                ? {
                    writeBack: {
                        mode,
                        groups: [{ repository: clone, files: config.overlays.map((o) => at(o).file) }],
                    },
                }
                : {}),
            gitFor: () => Promise.resolve(clone.git),
            cleanup: () => clone.cleanup(),
        };
    }
    const root = await (0,promises_.realpath)(config.workspace);
    let writeBack;
    if (mode) {
        const { writeBackTargets } = await __nccwpck_require__.e(/* import() */ 320).then(__nccwpck_require__.bind(__nccwpck_require__, 38939));
        const branch = detachedBranch(deps.trigger);
        const groups = await writeBackTargets(config.overlays.map((o) => o.file), mode, {
            cwd: config.workspace,
            workspace: config.workspace,
            logger,
            ...(branch ? { branch } : {}),
        });
        writeBack = { mode, groups };
    }
    const byTop = new Map([[await (0,promises_.realpath)(deps.git.cwd), deps.git]]);
    const byDir = new Map();
    return {
        overlays: config.overlays,
        ...(config.fromOverlay ? { fromOverlay: config.fromOverlay } : {}),
        root,
        ...(writeBack ? { writeBack } : {}),
        gitFor: (file) => {
            const dir = (0,external_node_path_.dirname)(file);
            let found = byDir.get(dir);
            if (!found) {
                found = (async () => {
                    const shown = await new src_git/* Git */.TU(dir, logger).topLevel();
                    const top = await (0,promises_.realpath)(shown);
                    let git = byTop.get(top);
                    if (!git)
                        byTop.set(top, (git = new src_git/* Git */.TU(top, logger)));
                    git.rememberTopLevel(shown);
                    return git;
                })();
                byDir.set(dir, found);
                found.catch(() => byDir.delete(dir));
            }
            return found;
        },
        cleanup: () => Promise.resolve(),
    };
}

// EXTERNAL MODULE: ./src/engine/trust.ts
var trust = __nccwpck_require__(90652);
;// CONCATENATED MODULE: ./src/engine/verify.ts


async function verifyOutcomes(outcomes, deps, options) {
    const fresh = !outcomes.some((o) => o.wrote);
    return Promise.all(outcomes.map(async ({ readLast, ...o }) => {
        if (['failed', 'not-attempted', 'built', 'unverified'].includes(o.status))
            return o;
        if (o.decision.kind === 'keep-unverified')
            return o;
        const target = o.target;
        if (options.planning) {
            const d = o.decision;
            const exists = d.kind === 'keep' ||
                (d.kind === 'tag' && d.addTags.length === 0 && d.laterTags.length === 0 && !d.copyFrom);
            return { ...o, status: target && exists ? 'verified' : 'planned' };
        }
        if (!target)
            return o;
        if (fresh)
            return { ...o, status: 'verified' };
        try {
            const registry = await deps.registries.forReference(target.repository);
            for (const { tag, digest } of o.relies) {
                const read = readLast?.some((r) => r.tag === tag && r.digest === (digest ?? target.digest));
                if (read)
                    continue;
                await registry.verifyTag((0,reference/* withTagAndDigest */.gh)(target.repository, tag), digest ?? target.digest);
            }
            return { ...o, status: 'verified' };
        }
        catch (err) {
            return { ...o, status: 'failed', error: (0,errors/* errorMessage */.gJ)(err) };
        }
    }));
}

;// CONCATENATED MODULE: ./src/engine/run.ts









function preflight(deps) {
    const { config, trigger, policy } = deps;
    if (config.tag?.kind === 'refs' && !config.pinDigest && config.registryCheck) {
        for (const ref of [config.tag.all, ...Object.values(config.tag.byImage)]) {
            const t = ref?.digest === undefined ? ref?.tag : undefined;
            const why = t === undefined ? undefined : policy.mutableReason(t);
            if (why) {
                throw new errors/* InputError */.dz('tag', (0,tags_policy/* mutableTagRefusal */.xo)(why, 'give an immutable tag such as sha-1a2b3c4 or v1.2.3, or set pin-digest: true (--pin-digest) to deploy it pinned to the digest it has now'));
            }
        }
    }
    if (config.commit !== 'none' && trigger.pullRequest && config.mode !== 'plan') {
        throw new errors/* UserError */.yo(`input 'commit': ${config.commit === 'push' ? 'true' : config.commit} does not apply to pull request events — use write-overlay to render a preview, or run the deploy on push`);
    }
}
async function prepareTrust(deps) {
    if (deps.config.sign === undefined && deps.config.verify === undefined)
        return undefined;
    return (await __nccwpck_require__.e(/* import() */ 766).then(__nccwpck_require__.bind(__nccwpck_require__, 93766))).prepareTrust(deps);
}
async function runEngine(deps) {
    const result = await runCounted(deps);
    const requests = deps.tally?.counts();
    if (requests?.length)
        result.requests = requests;
    return result;
}
async function runCounted(deps) {
    let placement;
    let trust;
    try {
        preflight(deps);
        trust = await prepareTrust(deps);
        placement = await placeOverlays(deps);
    }
    catch (err) {
        return notAttempted(deps, err);
    }
    try {
        const result = await runPlaced(deps, placement, trust);
        if (deps.summary)
            await addPicture(deps, placement, result);
        return result;
    }
    finally {
        await placement.cleanup();
    }
}
async function addPicture(deps, placement, result) {
    try {
        const { environmentsPicture } = await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(523)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65523));
        const picture = await environmentsPicture(deps, placement, result);
        if (picture)
            result.picture = picture;
    }
    catch (err) {
        deps.logger.debug(`the environments picture: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
async function runPlaced(deps, placement, trust) {
    const { config } = deps;
    const planning = config.mode === 'plan' || config.dryRun;
    let facts;
    try {
        facts = await gatherFacts(deps, placement);
        if (trust)
            facts = await (await __nccwpck_require__.e(/* import() */ 766).then(__nccwpck_require__.bind(__nccwpck_require__, 93766))).verifyCandidates(facts, deps, trust);
    }
    catch (err) {
        return notAttempted(deps, err);
    }
    const decisions = (0,decide/* decide */.LD)({ config, trigger: deps.trigger, policy: deps.policy, facts });
    let outcomes = decisions.map(initialOutcome);
    if (!planning) {
        outcomes = await executeBuilds(outcomes, deps);
        let hooks = {};
        if (trust) {
            const provenance = await __nccwpck_require__.e(/* import() */ 766).then(__nccwpck_require__.bind(__nccwpck_require__, 93766));
            outcomes = await provenance.signOutcomes(outcomes, facts, deps, trust);
            hooks = { copied: provenance.copySignatures(deps, trust) };
        }
        if (config.push)
            outcomes = await executeTags(outcomes, deps, hooks);
    }
    outcomes = await verifyOutcomes(outcomes, deps, { planning: planning || !config.push });
    if (!planning && config.push && !outcomes.some((o) => o.status === 'failed')) {
        const moved = await moveLaterTags(outcomes, deps);
        if (moved.some((o, i) => o !== outcomes[i]))
            outcomes = await verifyOutcomes(moved, deps, { planning: false });
    }
    const result = {
        images: outcomes.map((o) => imageResult(o, facts)),
        overlayChanged: false,
        overlayFiles: [],
        overlayChanges: [],
        overlayTexts: [],
        commits: [],
        dryRun: config.dryRun,
        planning: planning || !config.push,
        ...(facts.changes ? { changes: facts.changes } : {}),
    };
    const failed = result.images.filter((i) => i.status === 'failed');
    if (failed.length > 0) {
        const first = failed[0];
        const held = outcomes.flatMap((o) => o.decision.kind === 'tag' || o.decision.kind === 'build'
            ? o.decision.laterTags.map((t) => t.tag).filter((t) => !o.moved?.includes(t))
            : []);
        result.failureKind = 'run';
        result.failure =
            `${first.name}: ${first.error ?? first.reason}` +
                (failed.length > 1
                    ? ` (and ${failed.length - 1} more image(s) failed: ${failed
                        .slice(1)
                        .map((f) => f.name)
                        .join(', ')})`
                    : '') +
                '. No overlay was written' +
                (held.length > 0 ? ` and ${[...new Set(held)].join(', ')} did not move` : '') +
                '.';
        return result;
    }
    if ((0,decide/* writesOverlays */.SI)(config)) {
        const { startRecord } = await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(523)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65523));
        const recorder = await startRecord(outcomes, facts, deps);
        if (recorder.record)
            result.record = recorder.record;
        try {
            const { writeOverlays } = await Promise.all(/* import() */[__nccwpck_require__.e(452), __nccwpck_require__.e(320), __nccwpck_require__.e(372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46372));
            const written = await writeOverlays(outcomes, facts, deps, placement, recorder.record);
            result.overlayChanged = written.changed;
            result.overlayFiles = written.files;
            result.overlayChanges = written.changes;
            result.overlayTexts = written.texts;
            result.commits = written.commits;
        }
        catch (err) {
            result.failure = `updating the overlay failed: ${(0,errors/* errorMessage */.gJ)(err)}`;
            result.failureKind = err instanceof errors/* InputError */.dz ? 'input' : 'run';
        }
        await recorder.finish(result);
    }
    return result;
}
function imageResult(o, facts) {
    const d = o.decision;
    const f = facts.images.find((x) => x.image.name === d.image.name);
    const writes = d.kind === 'tag' || d.kind === 'build' || d.kind === 'write-unverified';
    const tag = writes ? (d.write.tag ?? o.target?.tag) : o.target?.tag || undefined;
    const reason = d.reason;
    const result = {
        name: d.image.name,
        repository: d.image.repository.name,
        decision: (0,decide/* nameOf */.Vb)(d),
        reason,
        change: f?.comparison.change.kind ?? 'none',
        status: o.status,
        addedTags: o.added,
        write: writes,
    };
    if (f && 'key' in f.source)
        result.source = f.source.key;
    if (tag)
        result.tag = tag;
    const pinned = d.kind === 'tag' || d.kind === 'write-unverified' ? d.write.digest : undefined;
    const digest = pinned ?? o.target?.digest;
    if (digest)
        result.digest = digest;
    if (o.target?.mediaType !== undefined && o.target.digest === digest) {
        result.mediaType = o.target.mediaType;
        if (o.target.size !== undefined)
            result.size = o.target.size;
    }
    if (o.error)
        result.error = o.error;
    if (d.kind === 'keep' && d.held)
        result.held = d.held;
    const signature = o.signature ?? (0,trust/* verifiedSignature */.zv)(facts, d);
    if (signature)
        result.signature = signature;
    if (f?.deployed)
        result.from = (0,decide/* describeValue */.bp)(f.deployed.value);
    if (f?.comparison.base)
        result.base = f.comparison.base;
    if (f)
        result.baseRule = f.comparison.rule;
    return result;
}
function notAttempted(deps, err) {
    return {
        images: selectedImages(deps.config).map((image) => ({
            name: image.name,
            repository: image.repository.name,
            decision: 'not-attempted',
            reason: 'not attempted: the run stopped before deciding',
            change: 'none',
            status: 'not-attempted',
            addedTags: [],
            write: false,
        })),
        overlayChanged: false,
        overlayFiles: [],
        overlayChanges: [],
        overlayTexts: [],
        commits: [],
        failure: (0,errors/* errorMessage */.gJ)(err),
        failureKind: err instanceof errors/* InputError */.dz || err instanceof event_trigger/* TriggerError */.dT ? 'input' : 'run',
        dryRun: deps.config.dryRun,
        planning: true,
    };
}

;// CONCATENATED MODULE: ./src/gitops/outputs.ts
function summarizeCommits(results) {
    const commits = {};
    for (const { repository, ...rest } of results)
        commits[repository] = rest;
    const pullRequest = results.find((r) => r.pullRequest)?.pullRequest;
    return { commitSha: results[0]?.commit ?? '', commits, ...(pullRequest ? { pullRequest } : {}) };
}
function gitopsOutputs(results) {
    const { commitSha, commits, pullRequest } = summarizeCommits(results);
    return {
        commitSha,
        commits: JSON.stringify(commits),
        pullRequestNumber: pullRequest ? String(pullRequest.number) : '',
        pullRequestUrl: pullRequest?.url ?? '',
    };
}

// EXTERNAL MODULE: ./src/record/escape.ts
var record_escape = __nccwpck_require__(88562);
;// CONCATENATED MODULE: ./src/report.ts




const DECISION_ORDER = ['build', 'promote', 'rollback', 'reuse', 'skip'];
function rank(decision) {
    return decision === 'not-attempted' ? DECISION_ORDER.length : DECISION_ORDER.indexOf(decision);
}
function refOf(r) {
    return `${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
function buildReport(run, head) {
    const images = run.images.map((r) => ({
        name: r.name,
        repository: r.repository,
        ref: r.tag || r.digest ? refOf(r) : '',
        tag: r.tag ?? '',
        digest: r.digest ?? '',
        source: r.source ?? '',
        decision: r.decision,
        reason: (0,src_redact/* redact */.E$)(r.status === 'failed' ? `${r.reason} — FAILED: ${r.error ?? 'unknown error'}` : r.reason),
        status: r.status,
        changed: r.change,
        from: r.from ?? '',
        base: r.base ?? '',
        addTags: r.addedTags,
        ...(r.signature ? { signature: r.signature } : {}),
    }));
    const decision = run.failure
        ? 'failed'
        : (DECISION_ORDER.find((d) => run.images.some((r) => r.decision === d)) ?? 'skip');
    const digests = {};
    for (const r of run.images)
        if (r.digest && r.status !== 'failed')
            digests[r.name] = r.digest;
    const first = run.images[0];
    const changes = run.changes;
    const unknown = run.images.some((r) => r.baseRule !== 'deployed' && changes && !changes.complete);
    const changed = unknown ? 'unknown' : strongest(run.images.map((r) => r.change));
    return {
        decision,
        reason: (0,src_redact/* redact */.E$)(overallReason(run)),
        tag: outputTag(run),
        base: first?.base ?? changes?.base ?? '',
        head,
        baseRule: first?.baseRule ?? changes?.baseRule ?? '',
        changed,
        overlayChanged: run.overlayChanged,
        overlayFiles: run.overlayFiles,
        dryRun: run.dryRun,
        ...summarizeCommits(run.commits),
        images,
        digests,
        matrix: {
            include: run.images
                .filter((r) => r.decision === 'build' && r.status === 'planned' && r.tag)
                .map((r) => ({ name: r.name, tag: r.tag ?? '', repository: r.repository })),
        },
        kustomizeArgs: run.images
            .filter((r) => r.status === 'verified' && (r.tag || r.digest))
            .map((r) => `${r.name}=${refOf(r)}`),
        ...(run.picture ? { picture: run.picture } : {}),
        ...(run.requests?.length ? { requests: run.requests } : {}),
    };
}
function outputTag(run) {
    const usable = (r) => r.status === 'verified' || (run.planning && (r.status === 'planned' || r.status === 'built'));
    const changing = run.images.filter((r) => r.write && r.status !== 'failed');
    const pick = changing.length > 0 ? changing : run.images;
    const first = pick.find((r) => r.tag && usable(r));
    return first?.tag ?? '';
}
function overallReason(run) {
    if (run.failure)
        return run.failure;
    const [only] = run.images;
    if (run.images.length === 1 && only)
        return only.reason;
    const groups = new Map();
    for (const r of run.images) {
        const key = `${r.decision}\0${r.reason}`;
        const group = groups.get(key) ?? { decision: r.decision, reason: r.reason, names: [] };
        group.names.push(r.name);
        groups.set(key, group);
    }
    return [...groups.values()]
        .sort((a, b) => rank(a.decision) - rank(b.decision))
        .map((g) => `${g.decision} ${g.names.join(', ')} — ${g.reason}`)
        .join('; ');
}
function reportOutputs(report) {
    const outputs = {
        decision: report.decision,
        reason: report.reason,
        tag: report.tag,
        images: JSON.stringify(report.images),
        digests: JSON.stringify(report.digests),
        matrix: JSON.stringify(report.matrix),
        base: report.base,
        head: report.head,
        'base-rule': report.baseRule,
        changed: report.changed,
        'overlay-changed': String(report.overlayChanged),
        'kustomize-args': report.kustomizeArgs.join(' '),
        'commit-sha': report.commitSha,
        commits: JSON.stringify(report.commits),
        'pull-request-number': report.pullRequest ? String(report.pullRequest.number) : '',
        'pull-request-url': report.pullRequest?.url ?? '',
    };
    for (const key of Object.keys(outputs))
        outputs[key] = (0,src_redact/* redact */.E$)(outputs[key]);
    return outputs;
}
function reportJson(report) {
    return {
        decision: report.decision,
        reason: report.reason,
        tag: report.tag,
        base: report.base,
        head: report.head,
        baseRule: report.baseRule,
        changed: report.changed,
        overlayChanged: report.overlayChanged,
        images: report.images,
        digests: report.digests,
        matrix: report.matrix,
        kustomizeArgs: report.kustomizeArgs,
        ...(report.commitSha ? { commitSha: report.commitSha } : {}),
        ...(Object.keys(report.commits).length > 0 ? { commits: report.commits } : {}),
        ...(report.pullRequest ? { pullRequest: report.pullRequest } : {}),
    };
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function shortDigest(digest) {
    return digest ? `${digest.slice(0, 19)}…` : '';
}
function overlayNote(report) {
    if (report.overlayFiles.length === 0)
        return report.dryRun ? ' · dry run' : '';
    const files = report.overlayFiles.map((f) => `\`${f}\``).join(', ');
    return report.dryRun ? ` · dry run: would update ${files}` : ` · updated ${files}`;
}
function fromTo(i) {
    if (!i.tag && !i.from)
        return '—';
    if (i.from && i.tag && i.from !== i.tag)
        return `${i.from} → ${i.tag}`;
    return i.tag || i.from;
}
function deliveryNote(report) {
    if (report.pullRequest)
        return ` · pull request [#${report.pullRequest.number}](${report.pullRequest.url})`;
    return report.commitSha ? ` · commit \`${report.commitSha.slice(0, 7)}\`` : '';
}
function requestCount(c) {
    const notes = [
        ...(c.retried ? [`${c.retried} retried`] : []),
        ...(c.throttled ? [`${c.throttled} × 429`] : []),
    ];
    return `${(0,record_escape/* codeSpan */.SS)(c.host)} ${c.requests}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
function requestsLine(requests) {
    const part = (service, label) => {
        const of = requests.filter((c) => c.service === service);
        return of.length ? [`${label}: ${of.map(requestCount).join(' · ')}`] : [];
    };
    const parts = [
        ...part('registry', 'Registry requests'),
        ...part('github', 'GitHub API requests'),
    ];
    return parts.length ? parts.join('; ') : undefined;
}
function summaryMarkdown(report, title = 'image-promote') {
    const rows = report.images.map((i) => `| ${escapeCell(i.name)} | ${i.status === 'failed' ? '❌ ' : ''}${i.decision} | ${escapeCell(fromTo(i))} | ${shortDigest(i.digest) ? `\`${shortDigest(i.digest)}\`` : '—'} | ${i.status} | ${(0,record_escape/* escapeMarkdown */.FV)(i.reason)} |`);
    const range = report.base
        ? `\`${report.base.slice(0, 7)}..${report.head.slice(0, 7)}\` (${report.baseRule})`
        : `\`${report.head.slice(0, 7)}\``;
    const requests = report.requests ? requestsLine(report.requests) : undefined;
    return (0,src_redact/* redact */.E$)([
        `### ${title}: ${report.decision}`,
        '',
        (0,record_escape/* escapeMarkdown */.FV)(report.reason),
        '',
        `Changes: **${report.changed}** in ${range}${overlayNote(report)}${deliveryNote(report)}`,
        '',
        '| Image | Decision | From → to | Digest | Status | Reason |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...(report.picture ? [report.picture] : []),
        ...(requests ? [requests, ''] : []),
    ].join('\n'));
}
function textTable(report) {
    const header = ['IMAGE', 'DECISION', 'FROM → TO', 'SOURCE', 'STATUS', 'REASON'];
    const rows = report.images.map((i) => [
        i.name,
        i.decision,
        fromTo(i),
        i.source ? i.source.slice(0, 16) : '—',
        i.status,
        i.reason,
    ]);
    const last = header.length - 1;
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (c === last ? 0 : (r[c] ?? '').length))));
    const line = (cells) => cells
        .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
        .join('  ');
    const range = report.base
        ? `${report.base.slice(0, 7)}..${report.head.slice(0, 7)} (${report.baseRule})`
        : report.head.slice(0, 7);
    return redact([
        `decision: ${report.decision} — ${report.reason}`,
        `changes:  ${report.changed} in ${range}`,
        '',
        line(header),
        ...rows.map(line),
        '',
    ].join('\n'));
}

// EXTERNAL MODULE: ./src/exec.ts
var exec = __nccwpck_require__(73190);
;// CONCATENATED MODULE: ./src/http/tally.ts
class RequestTally {
    hosts = new Map();
    count(service, host, request) {
        const key = `${service} ${host}`;
        let entry = this.hosts.get(key);
        if (!entry) {
            entry = { service, host, requests: 0, retried: 0, throttled: 0 };
            this.hosts.set(key, entry);
        }
        entry.requests++;
        if (request.retry)
            entry.retried++;
        if (request.status === 429)
            entry.throttled++;
    }
    counts() {
        return [...this.hosts.values()].map((c) => ({ ...c }));
    }
}

// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __nccwpck_require__(28902);
// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var http_transport = __nccwpck_require__(58728);
// EXTERNAL MODULE: ./src/registry/auth.ts
var registry_auth = __nccwpck_require__(27481);
// EXTERNAL MODULE: ./src/registry/docker-config.ts
var docker_config = __nccwpck_require__(30026);
// EXTERNAL MODULE: ./src/registry/ecr-host.ts
var ecr_host = __nccwpck_require__(80072);
// EXTERNAL MODULE: ./src/registry/http.ts
var registry_http = __nccwpck_require__(58851);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __nccwpck_require__(10506);
// EXTERNAL MODULE: ./src/registry/pool.ts
var pool = __nccwpck_require__(57937);
// EXTERNAL MODULE: ./src/registry/oci-wire.ts
var oci_wire = __nccwpck_require__(89274);
// EXTERNAL MODULE: ./src/registry/backend.ts
var backend = __nccwpck_require__(41023);
;// CONCATENATED MODULE: ./src/registry/oci.ts











const DOCKER_HUB_API = 'registry-1.docker.io';
function isLoopback(host) {
    const bare = host.replace(/:\d+$/, '').toLowerCase();
    return bare === 'localhost' || bare === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}
function apiEndpoint(domain, insecureRegistries = []) {
    const host = domain === 'docker.io' ? DOCKER_HUB_API : domain;
    const bare = host.replace(/:\d+$/, '');
    const insecure = isLoopback(host) ||
        insecureRegistries.some((entry) => {
            const e = entry
                .trim()
                .replace(/^https?:\/\//i, '')
                .replace(/\/+$/, '')
                .toLowerCase();
            return e === host.toLowerCase() || e === bare.toLowerCase();
        });
    return `${insecure ? 'http' : 'https'}://${host}`;
}
function decodeErrors(body) {
    if (body.length === 0)
        return {};
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const first = parsed.errors?.[0];
        if (!first)
            return {};
        const code = typeof first.code === 'string' ? first.code : undefined;
        const messages = (parsed.errors ?? [])
            .slice(0, 3)
            .map((e) => {
            const detail = typeof e.detail === 'string' ? ` ${e.detail}` : '';
            return typeof e.message === 'string' ? `${e.message}${detail}` : '';
        })
            .filter(Boolean);
        return {
            ...(code ? { code } : {}),
            ...(messages.length ? { message: messages.join('; ') } : {}),
        };
    }
    catch {
        const text = body
            .subarray(0, 64 * 1024)
            .toString('utf8')
            .trim();
        return text ? { message: text } : {};
    }
}
const MANIFEST_CACHE_BYTES = 16 * 1024 * 1024;
class OciRegistry extends backend/* Backend */.Z {
    options;
    kind = 'oci';
    concurrency;
    artifactStore;
    known = new Map();
    knownBytes = 0;
    constructor(options) {
        super(options, 'another process writes this tag; the registry has no compare-and-swap, so make such tags immutable in the registry (the only real lock) or serialise the writers');
        this.options = options;
        this.concurrency = options.concurrency ?? 8;
    }
    async resolve(ref) {
        this.checkHost(ref);
        const reference = (0,oci_wire/* manifestReference */.T)(ref);
        const scopes = [(0,registry_auth.pullScope)(ref.path)];
        if (ref.digest !== undefined) {
            const known = this.known.get(`${ref.path}@${ref.digest}`);
            if (known)
                return (0,oci_wire/* descriptorOf */.n)(known);
            const digest = ref.digest;
            const head = await this.retry(this.ctx('HEAD manifest', ref.path, digest), () => this.headByDigest(ref.path, digest, scopes));
            if (head !== null)
                return head;
        }
        const fetched = await this.fetchManifest(ref.path, reference, scopes);
        return fetched && (0,oci_wire/* descriptorOf */.n)(fetched);
    }
    async addTag(source, tag, options = {}) {
        this.checkHost(source);
        this.checkTag(tag, source.path);
        const scopes = [(0,registry_auth.pushScope)(source.path)];
        const manifest = await this.readSource(source, scopes);
        return this.writeTag(source.path, tag, manifest, scopes, options);
    }
    async copy(source, target, options = {}) {
        this.checkHost(source);
        this.checkHost(target);
        const tag = target.tag;
        if (tag === undefined) {
            throw new errors/* UserError */.yo(`copy target ${(0,reference/* formatReference */.FH)(target)} has no tag: name the tag to write, e.g. ${target.name}:v1`);
        }
        this.checkTag(tag, target.path);
        if (source.path === target.path && target.digest === undefined) {
            return this.addTag(source, tag, options);
        }
        const scopes = [(0,registry_auth.pushScope)(target.path), (0,registry_auth.pullScope)(source.path)];
        const manifest = await this.readSource(source, scopes);
        if (target.digest !== undefined && target.digest !== manifest.digest) {
            throw new errors/* UserError */.yo(`copy target ${(0,reference/* formatReference */.FH)(target)} pins digest ${target.digest}, but the source ${(0,reference/* formatReference */.FH)(source)} is ${manifest.digest}`);
        }
        let copyContent;
        if (source.path !== target.path) {
            const copier = new ContentCopier(this, source.path, target.path, scopes, this.concurrency);
            copier.prefetch(manifest);
            copyContent = () => copier.copyReferenced(manifest);
        }
        return this.writeTag(target.path, tag, manifest, scopes, options, copyContent);
    }
    async verifyTag(ref, expectedDigest) {
        this.checkHost(ref);
        if (ref.tag === undefined) {
            throw new Error(`verifyTag needs a reference with a tag, not ${(0,reference/* formatReference */.FH)(ref)}`);
        }
        const now = await this.fetchManifest(ref.path, ref.tag, [(0,registry_auth.pullScope)(ref.path)], expectedDigest);
        if (now?.digest !== expectedDigest) {
            throw this.movedError(ref.path, ref.tag, expectedDigest, now?.digest);
        }
    }
    async imageConfig(ref) {
        this.checkHost(ref);
        const scopes = [(0,registry_auth.pullScope)(ref.path)];
        const top = await this.fetchManifest(ref.path, (0,oci_wire/* manifestReference */.T)(ref), scopes);
        if (!top)
            return undefined;
        return this.configOf(ref.path, top, (digest) => this.fetchManifest(ref.path, digest, scopes), 'GET manifest', (digest) => this.readBlobIn(ref.path, digest, scopes));
    }
    async readBlob(repo, digest) {
        this.checkHost(repo);
        return this.readBlobIn(repo.path, digest, [(0,registry_auth.pullScope)(repo.path)]);
    }
    async readManifest(ref) {
        return (await this.artifacts()).readManifest(ref);
    }
    async writeManifest(ref, manifest, options) {
        return (await this.artifacts()).writeManifest(ref, manifest, options);
    }
    async writeBlob(repo, bytes) {
        return (await this.artifacts()).writeBlob(repo, bytes);
    }
    async referrers(repo, digest, artifactType) {
        return (await this.artifacts()).referrers(repo, digest, artifactType);
    }
    artifacts() {
        this.artifactStore ??= __nccwpck_require__.e(/* import() */ 548).then(__nccwpck_require__.bind(__nccwpck_require__, 59548)).then(({ OciArtifacts }) => new OciArtifacts(this));
        return this.artifactStore;
    }
    async fetchManifest(repository, reference, scopes, expected) {
        if (isDigest(reference)) {
            const known = this.known.get(`${repository}@${reference}`);
            if (known)
                return known;
        }
        const ctx = this.ctx('GET manifest', repository, reference);
        const fetched = await this.retry(ctx, async () => {
            const answer = await this.getManifestOnce(repository, reference, scopes, ctx);
            if (!answer)
                return undefined;
            const { manifest: fetched, claimed } = answer;
            if (isDigest(reference) || claimed || fetched.digest === expected)
                return fetched;
            const held = await this.headByDigest(repository, fetched.digest, scopes);
            if (held === undefined) {
                throw new registry_http/* IntegrityError */.cs(ctx, `the registry returned bytes for ${reference} that hash to ${fetched.digest}, a manifest repository ${repository} does not hold`);
            }
            return fetched;
        });
        if (fetched)
            this.remember(repository, fetched);
        return fetched;
    }
    remember(repository, manifest) {
        const key = `${repository}@${manifest.digest}`;
        if (this.known.has(key) || this.knownBytes + manifest.bytes.length > MANIFEST_CACHE_BYTES)
            return;
        this.known.set(key, manifest);
        this.knownBytes += manifest.bytes.length;
    }
    async putManifest(repository, reference, manifest, scopes) {
        const res = await this.sendOk({
            method: 'PUT',
            url: this.manifestUrl(repository, reference),
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.bytes,
        }, scopes, this.ctx('PUT manifest', repository, reference), 201, 200, 202);
        const claimed = res.headers.get('docker-content-digest');
        const subject = res.headers.get('oci-subject');
        return {
            ...(claimed !== null ? { claimed } : {}),
            ...(subject !== null ? { subject } : {}),
        };
    }
    async confirmWrite(repository, reference, manifest, scopes, claimed) {
        const ctx = this.ctx('PUT manifest', repository, reference);
        if (isDigest(reference)) {
            const held = await this.retry(this.ctx('HEAD manifest', repository, reference), () => this.headByDigest(repository, reference, scopes));
            if (held === undefined) {
                throw new registry_http/* RegistryError */.gl(ctx, `the registry does not hold ${reference} after it accepted the PUT`, 'retry; if it persists, the registry is dropping writes');
            }
            return;
        }
        const now = await this.fetchManifest(repository, reference, scopes, manifest.digest);
        if (now?.digest === manifest.digest)
            return;
        if (now !== undefined && claimed === now.digest) {
            throw new registry_http/* RegistryError */.gl(ctx, `the registry stored digest ${now.digest} instead of ${manifest.digest}`, 'the registry rewrote the manifest; promotion must keep the digest, so nothing was reported as promoted');
        }
        throw this.movedError(repository, reference, manifest.digest, now?.digest);
    }
    async mountBlob(blob, from, to, scopes) {
        const policy = this.options.http.policy;
        for (let attempt = 1;; attempt++) {
            try {
                await this.mountOrStream(blob, from, to, scopes);
                return;
            }
            catch (err) {
                const retryable = err instanceof registry_http/* RegistryError */.gl && err.info.retryable === true;
                if (!retryable || attempt > policy.retries)
                    throw err;
                const delay = (0,retry/* backoffDelay */.EY)(policy, attempt - 1, this.options.clock.random);
                this.options.logger.info(`registry ${this.options.registry}: blob ${blob.digest} transfer to ${to} failed (${err.message}); restarting it`);
                await this.options.clock.sleep(delay);
            }
        }
    }
    async mountOrStream(blob, from, to, scopes) {
        const ctx = this.ctx('mount blob', to, blob.digest);
        const mountUrl = `${this.options.endpoint}/v2/${to}/blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from)}`;
        const res = await this.send({ method: 'POST', url: mountUrl, headers: { 'Content-Length': '0' } }, scopes, ctx);
        if (res.status === 201)
            return;
        if (res.status !== 202)
            throw this.errorFor(res, ctx);
        const location = res.headers.get('location');
        if (!location)
            throw new registry_http/* RegistryError */.gl(ctx, 'the registry opened an upload without a Location');
        this.options.logger.debug(`registry ${this.options.registry}: mount of ${blob.digest} refused; streaming it`);
        const getCtx = this.ctx('GET blob', from, blob.digest);
        const download = await this.send({ method: 'GET', url: `${this.options.endpoint}/v2/${from}/blobs/${blob.digest}` }, scopes, getCtx, true);
        if (download.status !== 200 || !download.stream)
            throw this.errorFor(download, getCtx);
        try {
            await this.upload(location, to, blob.digest, verifiedStream(download.stream, blob.digest, getCtx), download.headers.get('content-length'), scopes);
        }
        catch (err) {
            download.discard?.();
            throw err;
        }
    }
    async upload(location, repository, digest, body, length, scopes) {
        const { endpoint } = this.options;
        const headers = { 'Content-Type': 'application/octet-stream' };
        if (length !== null)
            headers['Content-Length'] = length;
        const patch = await this.sendOk({ method: 'PATCH', url: new URL(location, endpoint).toString(), headers, body }, scopes, this.ctx('upload blob', repository, digest), 202, 204);
        const commitUrl = new URL(patch.headers.get('location') ?? location, endpoint);
        commitUrl.searchParams.set('digest', digest);
        await this.sendOk({ method: 'PUT', url: commitUrl.toString(), headers: { 'Content-Length': '0' } }, scopes, this.ctx('commit blob', repository, digest), 201, 204, 200);
    }
    async send(req, scopes, ctx, stream = false) {
        const { http, auth } = this.options;
        for (let round = 0;; round++) {
            const authorization = await auth.header(scopes, ctx);
            const headers = {
                ...req.headers,
                ...(authorization ? { Authorization: authorization } : {}),
            };
            const request = { ...req, headers };
            const res = stream ? await http.stream(request, ctx) : await http.buffered(request, ctx);
            const replayable = req.body === undefined || Buffer.isBuffer(req.body);
            if (res.status !== 401 || round >= 2 || !replayable)
                return res;
            const retry = await auth.onUnauthorized(res.headers.get('www-authenticate'), scopes, authorization, ctx);
            if (!retry)
                return res;
        }
    }
    checkTag(tag, repository) {
        const problem = (0,reference/* tagProblem */.qH)(tag);
        if (problem) {
            throw new errors/* UserError */.yo(`cannot tag ${this.options.registry}/${repository}${(0,registry_http/* formatRefSuffix */.Uc)(tag)}: ${problem}`);
        }
    }
    async sendOk(req, scopes, ctx, ...ok) {
        const res = await this.send(req, scopes, ctx);
        if (!ok.includes(res.status))
            throw this.errorFor(res, ctx);
        return res;
    }
    errorFor(res, ctx) {
        res.discard?.();
        const raw = decodeErrors(res.body);
        const code = raw.code && (0,src_redact/* redact */.E$)(raw.code).slice(0, 100);
        const message = raw.message && (0,src_redact/* redact */.E$)(raw.message).slice(0, 300);
        const info = {
            ...ctx,
            status: res.status,
            ...(code ? { code } : {}),
            attempts: res.attempts,
            retryable: (0,retry/* isRetryableStatus */.PS)(res.status),
        };
        const what = `HTTP ${res.status}${code ? ` ${code}` : ''}${message ? ` (${message})` : ''}`;
        const registry = this.options.registry;
        switch (res.status) {
            case 401:
                return new registry_http/* RegistryError */.gl(info, `authentication required or rejected (${what})`, `run docker login ${registry} (or check the credentials docker config holds for it)`);
            case 403:
                return new registry_http/* RegistryError */.gl(info, `access denied (${what})`, 'use credentials that may read the source and push to the target repository');
            case 404:
                return new registry_http/* RegistryError */.gl(info, `not found (${what})`, 'check the repository and reference');
            default:
                if ((0,retry/* isRetryableStatus */.PS)(res.status)) {
                    return new registry_http/* RegistryError */.gl(info, `the registry failed with ${what}${res.attempts > 1 ? ` after ${res.attempts} attempts` : ''}`, 'the registry is overloaded or unavailable; retry later');
                }
                return new registry_http/* RegistryError */.gl(info, `failed with ${what}`, hintFor(code, message));
        }
    }
    async requestManifest(method, repository, reference, scopes, ctx) {
        const url = this.manifestUrl(repository, reference);
        const res = await this.send({ method, url, headers: { Accept: manifest/* MANIFEST_ACCEPT */.dY } }, scopes, ctx);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.errorFor(res, ctx);
        return res;
    }
    manifestUrl(repository, reference) {
        return `${this.options.endpoint}/v2/${repository}/manifests/${reference}`;
    }
    retry(ctx, attempt) {
        const { http, clock, logger } = this.options;
        return (0,registry_http/* retryIntegrity */._Y)({ policy: http.policy, clock, logger }, ctx, attempt);
    }
    async getManifestOnce(repository, reference, scopes, ctx) {
        const res = await this.requestManifest('GET', repository, reference, scopes, ctx);
        if (!res)
            return undefined;
        const bytes = res.body;
        const claimed = res.headers.get('docker-content-digest') ?? undefined;
        if (isDigest(reference))
            (0,registry_http/* requireDigest */.m0)(ctx, bytes, reference);
        if (claimed !== undefined) {
            (0,registry_http/* requireDigest */.m0)(ctx, bytes, claimed, 'the Docker-Content-Digest it sent');
        }
        const digest = isDigest(reference) ? reference : (0,manifest/* digestOf */.ol)(bytes, claimed);
        let parsed;
        try {
            parsed = (0,manifest/* parseManifest */.Ng)(bytes, res.headers.get('content-type') ?? undefined);
        }
        catch (err) {
            if (!(err instanceof manifest/* ManifestError */.Sh))
                throw err;
            throw new registry_http/* IntegrityError */.cs(ctx, `the registry returned bytes that are not a manifest (${err.message}; they hash to ${digest})`);
        }
        return {
            manifest: { bytes, mediaType: parsed.mediaType, digest, parsed },
            claimed: claimed !== undefined,
        };
    }
    async headByDigest(repository, digest, scopes) {
        const ctx = this.ctx('HEAD manifest', repository, digest);
        const res = await this.requestManifest('HEAD', repository, digest, scopes, ctx);
        if (!res)
            return undefined;
        const claimed = res.headers.get('docker-content-digest');
        if (claimed !== null && claimed !== digest) {
            throw new registry_http/* IntegrityError */.cs(ctx, `the registry answered a request for ${digest} with Docker-Content-Digest ${claimed}`);
        }
        const mediaType = (0,manifest/* bareMediaType */.ZX)(res.headers.get('content-type'));
        const size = Number(res.headers.get('content-length') ?? NaN);
        if (!mediaType || !manifest/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType) || !Number.isSafeInteger(size))
            return null;
        return { digest, mediaType, size };
    }
    async readSource(source, scopes) {
        const manifest = await this.fetchManifest(source.path, (0,oci_wire/* manifestReference */.T)(source), scopes);
        if (!manifest) {
            throw new registry_http/* RegistryError */.gl(this.ctx('read source', source.path, (0,oci_wire/* manifestReference */.T)(source)), 'the source image does not exist (no such tag, digest or repository)', 'check the reference, or build and push the image first');
        }
        return manifest;
    }
    async writeTag(repository, tag, manifest, scopes, options, copyContent) {
        const current = await this.fetchManifest(repository, tag, scopes, manifest.digest);
        const unchanged = this.checkOverwrite(current, (0,oci_wire/* descriptorOf */.n)(manifest), repository, tag, options);
        if (unchanged)
            return unchanged;
        await copyContent?.();
        const { claimed } = await this.putManifest(repository, tag, manifest, scopes);
        await this.confirmWrite(repository, tag, manifest, scopes, claimed);
        return { descriptor: (0,oci_wire/* descriptorOf */.n)(manifest), changed: true };
    }
    readBlobIn(repository, digest, scopes) {
        const ctx = this.ctx('GET blob', repository, digest);
        return this.retry(ctx, async () => {
            const res = await this.sendOk({ method: 'GET', url: `${this.options.endpoint}/v2/${repository}/blobs/${digest}` }, scopes, ctx, 200);
            if (res.body.length > MAX_CONFIG_BYTES) {
                throw new registry_http/* RegistryError */.gl(ctx, `the blob is larger than ${MAX_CONFIG_BYTES} bytes`);
            }
            (0,registry_http/* requireDigest */.m0)(ctx, res.body, digest);
            return res.body;
        });
    }
}
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
async function* verifiedStream(source, digest, ctx) {
    const algorithm = (0,manifest/* digestAlgorithm */.g4)(digest) ?? 'sha256';
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
    }
    const actual = `${algorithm}:${hash.digest('hex')}`;
    if (actual !== digest)
        throw (0,registry_http/* digestMismatch */.H3)(ctx, digest, actual);
}
class ContentCopier {
    registry;
    from;
    to;
    scopes;
    concurrency;
    blobs = new Map();
    manifests = new Map();
    fetched = new Map();
    constructor(registry, from, to, scopes, concurrency) {
        this.registry = registry;
        this.from = from;
        this.to = to;
        this.scopes = scopes;
        this.concurrency = concurrency;
    }
    async copyReferenced(manifest) {
        const { parsed } = manifest;
        if (parsed.kind === 'image') {
            const blobs = parsed.blobs.filter((b) => !b.foreign);
            await (0,pool/* mapPool */.P)(blobs, this.concurrency, (blob) => this.blob(blob));
            return;
        }
        await (0,pool/* mapPool */.P)(parsed.children, this.concurrency, (child) => this.child(child));
    }
    prefetch(manifest) {
        if (manifest.parsed.kind !== 'index')
            return;
        let running = 0;
        const waiting = [];
        const acquire = async () => {
            if (running < this.concurrency)
                running++;
            else
                await new Promise((resolve) => waiting.push(resolve));
        };
        const release = () => {
            const next = waiting.shift();
            if (next)
                next();
            else
                running--;
        };
        for (const child of manifest.parsed.children) {
            if (this.fetched.has(child.digest))
                continue;
            const read = (async () => {
                await acquire();
                try {
                    return await this.registry.fetchManifest(this.from, child.digest, this.scopes);
                }
                finally {
                    release();
                }
            })();
            read.catch(() => undefined);
            this.fetched.set(child.digest, read);
        }
    }
    blob(blob) {
        let pending = this.blobs.get(blob.digest);
        if (!pending) {
            pending = this.registry.mountBlob(blob, this.from, this.to, this.scopes);
            this.blobs.set(blob.digest, pending);
        }
        return pending;
    }
    child(child) {
        let pending = this.manifests.get(child.digest);
        if (!pending) {
            pending = (async () => {
                const fetched = await (this.fetched.get(child.digest) ??
                    this.registry.fetchManifest(this.from, child.digest, this.scopes));
                if (!fetched) {
                    throw new registry_http/* RegistryError */.gl(this.registry.ctx('GET manifest', this.from, child.digest), 'a manifest the index lists is missing from the source repository', 'the source index is incomplete; rebuild and push it');
                }
                await this.copyReferenced(fetched);
                const { to, scopes } = this;
                const { claimed } = await this.registry.putManifest(to, child.digest, fetched, scopes);
                await this.registry.confirmWrite(to, child.digest, fetched, scopes, claimed);
            })();
            this.manifests.set(child.digest, pending);
        }
        return pending;
    }
}
function isDigest(reference) {
    return reference.includes(':');
}
function hintFor(code, message) {
    const text = `${code ?? ''} ${message ?? ''}`.toLowerCase();
    if (text.includes('immutable') || code === 'TAG_INVALID') {
        return 'the repository may have immutable tags; choose a new tag';
    }
    if (code === 'MANIFEST_BLOB_UNKNOWN' || code === 'BLOB_UNKNOWN') {
        return 'the registry is missing layers the manifest needs; push the image again';
    }
    if (code === 'NAME_INVALID')
        return 'check the repository name';
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/provider.ts







function createRegistryProvider(options) {
    const policy = { ...retry/* DEFAULT_RETRY_POLICY */.cO, ...options.retry };
    const clock = options.clock ?? retry/* systemClock */.ml;
    const { logger } = options;
    const transport = options.fetch ? (0,http_transport/* fetchTransport */._2)(options.fetch) : (0,http_transport/* nodeTransport */._3)();
    const { tally } = options;
    const http = new registry_http/* Http */.lw({ transport, policy, logger, clock, ...(tally ? { tally } : {}) });
    const registries = new Map();
    const putPacers = new Map();
    const oci = (domain, known) => {
        const authOptions = { registry: domain, http, logger, clock };
        const auth = known
            ? registry_auth.RegistryAuth.withCredentials(authOptions, known)
            : new registry_auth.RegistryAuth({
                ...authOptions,
                credentials: () => (0,docker_config/* findDockerCredentials */.ew)(domain, {
                    logger,
                    ...(options.env ? { env: options.env } : {}),
                    ...(options.exec ? { exec: options.exec } : {}),
                }),
            });
        return new OciRegistry({
            registry: domain,
            endpoint: apiEndpoint(domain, options.insecureRegistries),
            http,
            auth,
            logger,
            clock,
            ...(options.allowOverwrite !== undefined ? { allowOverwrite: options.allowOverwrite } : {}),
            ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        });
    };
    const ecr = async (domain, host) => {
        const { EcrRegistry, createEcrClient, createEcrWriteClient, createPutImagePacer, getEcrAuthorization, } = await Promise.all(/* import() */[__nccwpck_require__.e(249), __nccwpck_require__.e(734)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67734));
        const client = options.ecrClient?.(host) ?? (tally ? createEcrClient(host, { retry: policy }) : undefined);
        const writeClient = client && tally && !options.ecrClient
            ? createEcrWriteClient(host, client, { retry: policy })
            : undefined;
        if (tally) {
            for (const c of [client, writeClient])
                if (c)
                    countSdkRequests(c, domain, tally);
        }
        const sdk = { logger, retry: policy, ...(client ? { client } : {}) };
        const quotaKey = `${host.accountId}/${host.region}`;
        let putPacer = putPacers.get(quotaKey);
        if (!putPacer) {
            putPacer = createPutImagePacer(clock);
            putPacers.set(quotaKey, putPacer);
        }
        return new EcrRegistry({
            ...sdk,
            clock,
            putPacer,
            ...(writeClient ? { writeClient } : {}),
            registry: domain,
            ...(options.allowOverwrite !== undefined ? { allowOverwrite: options.allowOverwrite } : {}),
            oci: async () => {
                const login = await getEcrAuthorization(domain, sdk);
                return oci(domain, { username: login.username, password: login.password });
            },
        });
    };
    return {
        forReference(ref) {
            let registry = registries.get(ref.domain);
            if (!registry) {
                const host = (0,ecr_host.parseEcrHost)(ref.domain);
                registry = host ? ecr(ref.domain, host) : Promise.resolve(oci(ref.domain));
                registries.set(ref.domain, registry);
                registry.catch(() => registries.delete(ref.domain));
            }
            return registry;
        },
    };
}
const REQUEST_TALLY = 'imagePromoteRequestTally';
function countSdkRequests(client, registry, tally) {
    const stack = client.middlewareStack;
    if (stack.identify().some((entry) => entry.startsWith(`${REQUEST_TALLY} `)))
        return;
    stack.add((next) => async (args) => {
        const request = args.request;
        const attempt = /attempt=(\d+)/.exec(request?.headers?.['amz-sdk-request'] ?? '');
        const retry = attempt ? Number(attempt[1]) > 1 : false;
        try {
            const out = await next(args);
            const status = out.response?.statusCode;
            tally.count('registry', registry, {
                retry,
                ...(typeof status === 'number' ? { status } : {}),
            });
            return out;
        }
        catch (err) {
            tally.count('registry', registry, { retry });
            throw err;
        }
    }, { step: 'deserialize', priority: 'low', name: REQUEST_TALLY });
}

;// CONCATENATED MODULE: ./src/wiring.ts





function createEngineDeps(options) {
    const { config, trigger, logger, env, now } = options;
    const git = options.git ?? new src_git/* Git */.TU(config.workspace, logger);
    const tally = new RequestTally();
    const registries = createRegistryProvider({
        ...options.registryClient,
        tally,
        logger,
        insecureRegistries: config.insecureRegistries,
        allowOverwrite: config.allowTagOverwrite,
        env,
        exec: exec.exec,
    });
    const builders = new Map();
    const policy = (0,tags_policy/* createTagPolicy */.Dx)(config, trigger, now);
    const deps = {
        config,
        trigger,
        policy,
        git,
        logger,
        registries,
        now,
        env,
        author: options.author ?? 'bot',
        tally,
        ...(options.summary ? { summary: true } : {}),
        build: async (requests, workspace) => {
            const [{ buildImages }, { detectBuilder }, { ensureRegistryLogin }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 939).then(__nccwpck_require__.bind(__nccwpck_require__, 61320)),
                __nccwpck_require__.e(/* import() */ 558).then(__nccwpck_require__.bind(__nccwpck_require__, 54558)),
                __nccwpck_require__.e(/* import() */ 125).then(__nccwpck_require__.bind(__nccwpck_require__, 69125)),
            ]);
            let builder = builders.get(workspace);
            if (!builder)
                builders.set(workspace, (builder = detectBuilder({ exec: exec.exec, logger, env, workspace, registries })));
            return buildImages(requests, {
                builder: await builder,
                registries,
                logger,
                maxParallel: config.maxParallel,
                login: async (host) => {
                    await ensureRegistryLogin(host, { exec: exec.exec, logger, env });
                },
            });
        },
    };
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    if (trigger.repository)
        deps.sourceUrl = `${server}/${trigger.repository.owner}/${trigger.repository.name}`;
    if (config.githubToken && trigger.repository) {
        const { owner, name } = trigger.repository;
        const client = { token: config.githubToken, owner, repo: name, env, logger, tally };
        const apiOptions = {
            ...client,
            ...(trigger.pullRequest?.changedFiles !== undefined
                ? { expectedPrFiles: trigger.pullRequest.changedFiles }
                : {}),
        };
        let source;
        const api = () => (source ??= __nccwpck_require__.e(/* import() */ 123).then(__nccwpck_require__.bind(__nccwpck_require__, 60123)).then((m) => m.createGitHubChangeSource(apiOptions)));
        deps.api = {
            pullRequestFiles: async (n) => (await api()).pullRequestFiles(n),
            compareFiles: async (b, h) => (await api()).compareFiles(b, h),
        };
        if (config.githubDeployment) {
            let deployments;
            deps.deployments = () => (deployments ??= __nccwpck_require__.e(/* import() */ 974).then(__nccwpck_require__.bind(__nccwpck_require__, 48974)).then((m) => m.createDeploymentsApi(client)));
        }
    }
    else if (config.githubDeployment) {
        logger.debug(`no GitHub Deployment of ${config.environment ?? 'the environment'} is recorded: ${config.githubToken ? 'the repository is unknown (GITHUB_REPOSITORY)' : 'github-token is empty'}`);
    }
    return deps;
}

;// CONCATENATED MODULE: ./src/main.ts











function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH: ${(0,errors/* errorMessage */.gJ)(err)}`, {
            cause: err,
        });
    }
}
async function run(env = process.env) {
    let outputsWritten = false;
    try {
        const token = runner.getInput('github-token');
        if (token)
            coreLogger.mask(token);
        const config = parseConfig({
            get: (name) => ('cli' in inputs/* INPUTS */.m[name] ? '' : runner.getInput(name)),
        }, { workspace: env.GITHUB_WORKSPACE ?? process.cwd() });
        if (config.overlayRepository?.token)
            coreLogger.mask(config.overlayRepository.token);
        const trigger = (0,event_trigger/* triggerFromEvent */.NO)(env.GITHUB_EVENT_NAME ?? '', readEvent(env.GITHUB_EVENT_PATH), env, config.base);
        const deps = createEngineDeps({
            config,
            trigger,
            logger: coreLogger,
            env,
            now: new Date(),
            summary: Boolean(env.GITHUB_STEP_SUMMARY),
        });
        const result = await runEngine(deps);
        const report = buildReport(result, trigger.head);
        for (const [name, value] of Object.entries(reportOutputs(report)))
            runner.setOutput(name, value);
        outputsWritten = true;
        if (env.GITHUB_STEP_SUMMARY) {
            runner.appendSummary(summaryMarkdown(report, config.environment ? `image-promote (${config.environment})` : undefined));
        }
        if (result.failure)
            throw new Error(result.failure);
    }
    catch (err) {
        const message = (0,src_redact/* redact */.E$)((0,errors/* errorMessage */.gJ)(err));
        runner.setFailed(message);
        if (!outputsWritten) {
            runner.setOutput('decision', 'failed');
            runner.setOutput('reason', message);
        }
    }
}

;// CONCATENATED MODULE: ./src/index.ts

void run();

