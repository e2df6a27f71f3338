import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

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

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

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

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
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

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
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

/***/ 4059:
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

/***/ 312:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ parseMetadataFile),
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   WG: () => (/* binding */ legacyBuildArgv),
/* harmony export */   bY: () => (/* binding */ buildxArgv),
/* harmony export */   d1: () => (/* binding */ pushArgv),
/* harmony export */   kX: () => (/* binding */ parsePushDigest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8286);
/**
 * Pure argv construction and output parsing for the docker CLI. Everything here is an
 * argument array: nothing ever passes through a shell, so tags, labels and build-args
 * taken from event data cannot be interpreted.
 */


/** The standard `org.opencontainers.image.*` labels; empty values are left out. */
function ociLabels(input) {
    const labels = {};
    const add = (key, value) => {
        if (value)
            labels[`org.opencontainers.image.${key}`] = value;
    };
    add('revision', input.revision);
    add('source', input.source);
    add('created', input.created);
    add('version', input.version);
    return labels;
}
function tagged(ref) {
    if (ref.tag === undefined || ref.digest !== undefined) {
        throw new Error(`internal: build tags must carry a tag and no digest: ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref)}`);
    }
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref);
}
/** Flags both builders share: Dockerfile, tags, labels, build args, target. */
function commonFlags(input) {
    const args = ['--file', input.dockerfile];
    for (const ref of input.tags)
        args.push('--tag', tagged(ref));
    for (const [key, value] of Object.entries(input.labels))
        args.push('--label', `${key}=${value}`);
    // Always KEY=VALUE: a bare KEY would make docker read the value from its own environment.
    for (const [key, value] of Object.entries(input.buildArgs)) {
        args.push('--build-arg', `${key}=${value}`);
    }
    if (input.target)
        args.push('--target', input.target);
    return args;
}
/** `docker buildx build …`: one command builds, tags and pushes every tag at once. */
function buildxArgv(input, options) {
    const args = ['buildx', 'build', '--progress', 'plain', ...commonFlags(input)];
    if (input.platforms.length > 0)
        args.push('--platform', input.platforms.join(','));
    for (const c of input.cacheFrom)
        args.push('--cache-from', c);
    for (const c of input.cacheTo)
        args.push('--cache-to', c);
    args.push('--metadata-file', options.metadataFile);
    if (input.push) {
        args.push('--push');
    }
    else if (input.platforms.length <= 1) {
        // Keep a local build usable by later steps; a multi-platform result cannot be loaded
        // into the classic image store, so it stays in the build cache instead.
        args.push('--load');
    }
    args.push(input.context);
    return args;
}
/** `docker build …` with the classic builder: tags locally; pushing is `pushArgv` per tag. */
function legacyBuildArgv(input) {
    return ['build', ...commonFlags(input), input.context];
}
function pushArgv(ref) {
    return ['push', tagged(ref)];
}
// The line docker prints once a tag is pushed: `sha-abc1234: digest: sha256:… size: 528`.
const PUSH_DIGEST_RE = /^\S+: digest: (sha256:[0-9a-f]{64}) size: \d+\s*$/gm;
/** The manifest digest from `docker push` output, or undefined when it printed none. */
function parsePushDigest(output) {
    let digest;
    for (const match of output.matchAll(PUSH_DIGEST_RE))
        digest = match[1];
    return digest;
}
/**
 * The pushed manifest digest (`containerimage.digest`) from a buildx `--metadata-file`.
 * Undefined when the build wrote none (nothing pushed); throws on a malformed file.
 */
function parseMetadataFile(json) {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (err) {
        throw new Error(`buildx metadata file is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new Error('buildx metadata file is not a JSON object');
    }
    const digest = data['containerimage.digest'];
    if (digest === undefined)
        return undefined;
    if (typeof digest !== 'string' || !(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidDigest */ .fH)(digest)) {
        throw new Error(`buildx metadata file has an invalid containerimage.digest: ${JSON.stringify(digest)}`);
    }
    return digest;
}


/***/ }),

/***/ 7211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ Classifier),
/* harmony export */   y: () => (/* binding */ strongest)
/* harmony export */ });
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6770);

const STRENGTH = { none: 0, ignored: 1, deploy: 2, code: 3 };
function strongest(kinds) {
    let best = 'none';
    for (const k of kinds)
        if (STRENGTH[k] > STRENGTH[best])
            best = k;
    return best;
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
        this.deploy = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlobs */ .tI)(rules.deployPaths);
        this.ignore = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlobs */ .tI)(rules.ignorePaths);
        this.images = rules.images.map((img) => ({
            name: img.name,
            // The Dockerfile goes last so that no `!` pattern can exclude it.
            strong: new _globs_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobList */ .Rz([...img.paths, (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeGlob */ .yk)(img.dockerfile)]),
            ...(img.paths.length === 0 ? { context: img.context === '.' ? '' : img.context } : {}),
        }));
    }
    /** Per image name, the kind of change `files` represent for it. */
    classify(files) {
        // Sorted paths let directory rules find their files by binary search (git already
        // lists them sorted; only unusual names can need the sort).
        const sorted = isSorted(files) ? files : [...files].sort();
        // Shared rules are evaluated once per file, and only for the files a question needs: an
        // image whose code changed never asks about the others.
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
        const result = new Map();
        for (const img of this.images) {
            const code = img.strong.firstMatch(sorted) ??
                (img.context === undefined ? undefined : firstOther(sorted, flag, img.context));
            // With no code file, every deploy or ignored file counts for every image.
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
/** The first file under `dir` ('' = everywhere) that is neither ignored nor deploy config. */
function firstOther(sorted, flag, dir) {
    if (dir !== '') {
        // The directory itself changes when it is a submodule (a gitlink).
        const at = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .lowerBound */ .yz)(sorted, dir);
        if (sorted[at] === dir && flag(at) === FILE_OTHER)
            return dir;
    }
    const prefix = dir === '' ? '' : `${dir}/`;
    for (let i = prefix === '' ? 0 : (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .lowerBound */ .yz)(sorted, prefix); i < sorted.length; i++) {
        const f = sorted[i];
        if (!f.startsWith(prefix))
            break;
        if (flag(i) === FILE_OTHER)
            return f;
    }
    return undefined;
}


/***/ }),

/***/ 6770:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   Rz: () => (/* binding */ GlobList),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   yk: () => (/* binding */ escapeGlob),
/* harmony export */   yz: () => (/* binding */ lowerBound)
/* harmony export */ });
/* unused harmony exports ascendingUnique, directoryGlob */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Path globs with one documented rule: patterns are read in order and the LAST pattern
 * that matches a file decides; a `!` pattern un-matches. So `['k8s/**', '!k8s/crds/**']`
 * means "k8s except crds", and a list of only `!` patterns matches nothing.
 *
 * picomatch over minimatch: it compiles each pattern to one RegExp up front, which is what
 * a 20,000-file × 30-image classification needs, and it is the engine behind micromatch,
 * whose syntax users already know from dorny/paths-filter.
 */

/** Returns why `pattern` is not a usable glob, or undefined when it is fine. */
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
    // A path, `dir/**` or `**/*.ext` (the usual shapes) compiles; others are checked by picomatch.
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
/** Patterns compileOne answers with string compares, without picomatch. */
function simpleShape(pattern) {
    // picomatch refuses patterns longer than 64 KiB, whatever their shape.
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
/** A validated pattern list, compiled once (last match wins). */
class GlobList {
    compiled;
    /** Whether `firstMatch` can answer by binary search (every positive pattern a path or dir). */
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
        // Negated patterns only remove matches, so only the positive ones need a known range.
        this.rangeable = compiled.every((c) => c.negated || c.shape.kind !== 'other');
        if (compiled.length === 0)
            this.matches = () => false;
        else if (compiled.every((c) => !c.negated)) {
            // Without negations the answer is simply "any pattern matches".
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
    /**
     * The same list without the patterns that cannot match anything under `dir` ('' is the
     * repository root): for paths under `dir` (and `dir` itself) it answers exactly as this
     * one does, with fewer tests per path. Patterns are not compiled again.
     */
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
    /**
     * Every path of `sorted` that matches, in order. Like firstMatch, only the ranges of
     * literal and directory patterns are visited when every positive pattern has one.
     */
    allMatches(sorted) {
        return this.allMatchIndices(sorted).map((i) => sorted[i]);
    }
    /** The indices into `sorted` of every path that matches, ascending. */
    allMatchIndices(sorted) {
        if (!this.rangeable) {
            const all = [];
            for (let i = 0; i < sorted.length; i++)
                if (this.matches(sorted[i]))
                    all.push(i);
            return all;
        }
        const found = [];
        for (const { shape, negated } of this.compiled) {
            if (negated)
                continue;
            if (shape.kind === 'literal') {
                const at = lowerBound(sorted, shape.path);
                if (sorted[at] === shape.path && this.matches(shape.path))
                    found.push(at);
            }
            else if (shape.kind === 'dir') {
                const dir = `${shape.base}/`;
                const at = lowerBound(sorted, shape.base);
                if (sorted[at] === shape.base && this.matches(shape.base))
                    found.push(at);
                for (let i = lowerBound(sorted, dir); i < sorted.length; i++) {
                    const f = sorted[i];
                    if (!f.startsWith(dir))
                        break;
                    if (this.matches(f))
                        found.push(i);
                }
            }
        }
        return ascendingUnique(found);
    }
    /**
     * Some path of `sorted` (ascending, as `<` orders strings) that matches, or undefined.
     * When every positive pattern is a path or a directory, only the files inside their
     * ranges (found by binary search) can match, so an image whose paths saw no change costs
     * a few comparisons, not a pass over a 20,000-file diff.
     */
    firstMatch(sorted) {
        if (!this.rangeable)
            return sorted.find(this.matches);
        for (const { shape, negated } of this.compiled) {
            if (negated)
                continue;
            if (shape.kind === 'literal') {
                if (sorted[lowerBound(sorted, shape.path)] === shape.path && this.matches(shape.path))
                    return shape.path;
            }
            else if (shape.kind === 'dir') {
                const dir = `${shape.base}/`;
                if (sorted[lowerBound(sorted, shape.base)] === shape.base && this.matches(shape.base))
                    return shape.base;
                for (let i = lowerBound(sorted, dir); i < sorted.length; i++) {
                    const f = sorted[i];
                    if (!f.startsWith(dir))
                        break;
                    if (this.matches(f))
                        return f;
                }
            }
        }
        return undefined;
    }
}
/** Sorts and drops duplicates (ranges of several patterns may overlap or come out of order). */
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
/** Index of the first element of `sorted` that is >= `value`. */
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
/** Compiles a validated pattern list into one matcher (last match wins). */
function compileGlobs(patterns) {
    return new GlobList(patterns).matches;
}
// Characters that make a pattern more than a literal path (escapes included).
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;
// One pattern → a test. The shapes path filters are mostly made of are answered with
// string compares: `dir/**` by a prefix, `**` + `/*.md` by a suffix, a plain path by
// equality. Otherwise the literal directory prefix picomatch finds is checked before the
// RegExp, so most files of a large diff never reach it. A unit test holds every shortcut
// to picomatch's own answers.
function shapeOf(pattern) {
    if (!GLOB_CHARS.test(pattern))
        return { kind: 'literal', path: pattern };
    const dirOnly = /^(.+)\/\*\*$/.exec(pattern);
    if (dirOnly?.[1] !== undefined && !GLOB_CHARS.test(dirOnly[1]))
        return { kind: 'dir', base: dirOnly[1] };
    return { kind: 'other' };
}
// A pattern always compiles to the same test: compiled once per process (the Classifier,
// source keys and the typo checks all compile the images' patterns).
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
    // `dir/**/*.ext`: under `dir`, ending in `.ext` (`**` is any depth, `*` no `/`).
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
/** Glob that matches everything under a directory (`.` is the repository root). */
function directoryGlob(dir) {
    return dir === '.' || dir === '' ? '**' : `${escapeGlob(dir)}/**`;
}
/** Escapes glob metacharacters so a literal path can be used as a pattern. */
function escapeGlob(path) {
    return path.replace(/[*?[\]{}()!+@]/g, (c) => `\\${c}`);
}


/***/ }),

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ History),
/* harmony export */   E: () => (/* binding */ DEEPEN_STEPS)
/* harmony export */ });
/** Deepen steps (commits added per step); the sum is the bound. */
const DEEPEN_STEPS = [32, 128, 512, 2048, 8192];
class History {
    git;
    logger;
    remoteName;
    constructor(git, logger) {
        this.git = git;
        this.logger = logger;
    }
    /** The remote to fetch from (`origin` when present), or null when there is none. */
    async remote() {
        if (this.remoteName === undefined) {
            const remotes = await this.git.remotes();
            this.remoteName = remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
        }
        return this.remoteName;
    }
    /**
     * Makes `sha` present locally; true when it is. Only a missing commit is fetched, by SHA,
     * and `--depth=1` only in a clone that is shallow already (a depth in a full clone would
     * make it shallow).
     */
    async ensureCommit(sha) {
        if (await this.git.hasCommit(sha))
            return true;
        const remote = await this.remote();
        if (!remote || !/^[0-9a-f]{40}$/.test(sha))
            return false;
        return this.git.exclusive(async () => {
            if (await this.git.hasCommit(sha))
                return true;
            this.logger.debug(`fetching ${sha} from ${remote}`);
            const depth = (await this.git.isShallow()) ? ['--depth=1'] : [];
            const r = await this.git.run(['fetch', '--no-tags', '--no-recurse-submodules', ...depth, remote, sha], { allowFailure: true });
            if (r.exitCode !== 0)
                this.logger.debug(`fetch of ${sha} failed: ${r.stderr.trim()}`);
            return this.git.hasCommit(sha);
        });
    }
    /**
     * Makes `refs/remotes/<remote>/<branch>` present; returns its SHA. The tip is learned with
     * ls-remote; a tip the clone has already only gets the ref (fetching it with --depth would
     * cut off history an earlier step deepened), a missing one is fetched like ensureCommit.
     */
    async ensureBranch(branch) {
        const remote = await this.remote();
        if (!remote)
            return this.git.resolveCommit(branch);
        const ref = `refs/remotes/${remote}/${branch}`;
        const local = await this.git.resolveCommit(ref);
        if (local)
            return local;
        const tip = await this.remoteTip(branch);
        if (!tip || !(await this.ensureCommit(tip)))
            return undefined;
        await this.git.run(['update-ref', ref, tip]);
        return tip;
    }
    /** The commit `refs/heads/<branch>` names on the remote now (ls-remote), or undefined. */
    async remoteTip(branch) {
        const remote = await this.remote();
        if (!remote)
            return undefined;
        const r = await this.git.run(['ls-remote', '--quiet', remote, `refs/heads/${branch}`], {
            allowFailure: true,
        });
        const tip = r.stdout.split('\t')[0]?.trim();
        if (r.exitCode !== 0 || !tip || !/^[0-9a-f]{40}$/.test(tip)) {
            this.logger.debug(`branch ${branch} is not on ${remote}: ${r.stderr.trim()}`);
            return undefined;
        }
        return tip;
    }
    /**
     * The commit of the tag `name`, made present. The tag's commit is learned with ls-remote
     * and fetched by SHA only when missing: fetching a tag with --depth into a clone that has
     * its commit already would cut that commit's history off again.
     */
    async ensureTag(name) {
        const local = await this.git.resolveCommit(`refs/tags/${name}`);
        if (local)
            return local;
        if (name.startsWith('-'))
            return undefined;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        const r = await this.git.run(['ls-remote', '--quiet', remote, `refs/tags/${name}`, `refs/tags/${name}^{}`], { allowFailure: true });
        if (r.exitCode !== 0)
            return undefined;
        // An annotated tag lists the tag object and, with ^{}, the commit it points to.
        const lines = r.stdout
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split('\t'));
        const peeled = lines.find(([, ref]) => ref?.endsWith('^{}')) ?? lines[0];
        const sha = peeled?.[0];
        if (!sha || !/^[0-9a-f]{40}$/.test(sha))
            return undefined;
        return (await this.ensureCommit(sha)) ? sha : undefined;
    }
    /**
     * Fetches tags matching `pattern` (e.g. `refs/tags/*`). Tags are not part of a depth-1
     * checkout; they come as shallow tips only when the clone is shallow already (--depth
     * would turn a full clone into a shallow one).
     */
    async fetchTags(pattern) {
        const remote = await this.remote();
        if (!remote)
            return;
        await this.git.exclusive(async () => {
            const depth = (await this.git.isShallow()) ? ['--depth=1'] : [];
            await this.git.run(['fetch', '--no-recurse-submodules', ...depth, remote, `+${pattern}:${pattern}`], { allowFailure: true });
        });
    }
    /**
     * Calls `found()` after each deepening step until it returns a value, the history is
     * complete, or the bound is reached. `refs` are what to deepen (SHAs or refspecs).
     */
    async deepenUntil(refs, found) {
        const first = await found();
        if (first !== undefined)
            return first;
        const remote = await this.remote();
        if (!remote)
            return undefined;
        for (const step of DEEPEN_STEPS) {
            // Complete (perhaps deepened by another lookup meanwhile): one last look.
            if (!(await this.git.isShallow()))
                return found();
            this.logger.info(`deepening the shallow clone by ${step} commits to find the base`);
            const r = await this.git.exclusive(() => this.git.run(['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${step}`, remote, ...refs], { allowFailure: true }));
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

/***/ 4389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony export OUTPUTS */
const INPUTS = {
    images: {
        description: 'YAML list of images (inline, or a path to a YAML file in the workspace). Each entry: name, repository, context, dockerfile, paths, target, build-args, platforms, key (alias helm-key), helm-repository-key, value (auto | tag | digest | reference).',
        default: '',
    },
    image: {
        description: 'Single-image shorthand: the image name as overlays know it (also its repository under `registry`).',
        default: '',
    },
    context: { description: 'Single-image shorthand: build context directory.', default: '.' },
    dockerfile: {
        description: 'Single-image shorthand: Dockerfile path (default <context>/Dockerfile).',
        default: '',
    },
    paths: {
        description: 'Single-image shorthand: globs (one per line) whose changes mean "rebuild this image".',
        default: '',
    },
    registry: {
        description: 'Registry (and optional namespace) the image repositories live under, e.g. ghcr.io/acme or localhost:5000.',
        default: '',
    },
    overlay: {
        description: 'Overlay file(s) that say what the environment runs (kustomization.yaml, Helm values, any YAML, JSON or .tfvars file), one per line.',
        default: '',
    },
    'overlay-format': {
        description: 'auto | kustomize | helm | yaml | json | tfvars',
        default: 'auto',
    },
    'overlay-repository': {
        description: 'The overlays live in this repository (owner/name on the same GitHub server, or a git URL); `overlay` paths are relative to it.',
        default: '',
    },
    'overlay-branch': {
        description: 'Branch of overlay-repository to read and write (default: its default branch).',
        default: '',
    },
    'overlay-token': {
        description: 'Token for overlay-repository (default: github-token).',
        default: '',
    },
    'create-missing': {
        description: 'Add an entry (or key) for an image the overlay does not name yet, instead of failing.',
        default: 'false',
    },
    'from-overlay': {
        description: 'Promotion source overlay (e.g. staging): its refs are verified and written to `overlay`.',
        default: '',
    },
    'deploy-paths': {
        description: 'Globs (one per line) of deploy configuration: changes here alone never trigger a build.',
        default: 'k8s/**\ndeploy/**\ninfra/**\nhelm/**',
    },
    'ignore-paths': {
        description: 'Globs (one per line) of files that never affect a deployment.',
        default: '**/*.md\ndocs/**\n.github/**',
    },
    mode: { description: 'auto | build | reuse | promote | rollback | plan', default: 'auto' },
    'tag-template': {
        description: 'Immutable tag for new builds. Tokens: {sha} {sha:N} {branch} {pr} {date} {datetime} {run} {version}.',
        default: 'sha-{sha:7}',
    },
    'pr-tag-template': {
        description: 'Tag for pull request preview builds.',
        default: 'pr-{pr}-{sha:7}',
    },
    'extra-tags': {
        description: 'Mutable tags added to builds, one per line: templates with {branch} on every branch push, others (latest) on the default branch only. Never written into an overlay without a digest.',
        default: 'latest',
    },
    'promote-tags': {
        description: 'Tags added in the registry to promoted/released images (e.g. the environment name), one per line. Never written into an overlay.',
        default: '',
    },
    'source-tag': {
        description: 'Immutable tag every image image-promote pushes also gets, naming its source: {source:N} is the first N hex of the source key. Empty turns source tags off.',
        default: 'src-{source:16}',
    },
    tag: {
        description: 'Redeploy: a tag for every image, or NAME=TAG lines for some (the others keep running what they run). Roll back: previous, previous~N, or NAME=previous. In a matrix build job: the planned tag.',
        default: '',
    },
    'force-build': { description: 'Build even when no code changed.', default: 'false' },
    push: { description: 'Push built images (false: build only).', default: 'true' },
    'write-overlay': {
        description: 'Write the chosen refs into the overlay file(s).',
        default: 'false',
    },
    'pin-digest': { description: 'Also write the digest into the overlay.', default: 'false' },
    commit: {
        description: 'false | true (commit and push the overlay change, retrying with rebase) | pull-request (push it to a branch and open or update a pull request).',
        default: 'false',
    },
    'pull-request-branch': {
        description: 'Branch a commit: pull-request change is pushed to. Token: {environment}.',
        default: 'image-promote/{environment}',
    },
    'commit-message': {
        description: 'Commit message template. Tokens: {environment} {changes} {image} {from} {to} {sha}.',
        default: 'deploy({environment}): {changes} ({sha}) [skip ci]',
    },
    environment: {
        description: 'Environment name used in commit messages and the summary.',
        default: '',
    },
    base: { description: 'Override the base commit of the change detection.', default: '' },
    'github-token': {
        description: 'Token for the GitHub API (change-list fallback, pull requests) and, by default, for overlay-repository.',
        default: '${{ github.token }}',
    },
    'dry-run': {
        description: 'Decide and verify, but build, push and write nothing.',
        default: 'false',
    },
    'insecure-registries': {
        description: 'Registries reached over plain HTTP besides localhost/127.0.0.1, one per line.',
        default: '',
    },
    'allow-tag-overwrite': {
        description: 'Allow moving an existing immutable tag to a different digest (refused by default).',
        default: 'false',
    },
    'cache-from': { description: 'buildx --cache-from entries, one per line.', default: '' },
    'cache-to': { description: 'buildx --cache-to entries, one per line.', default: '' },
    'matrix-image': {
        description: 'In a matrix build job: build only this image (name from the plan matrix).',
        default: '',
    },
    'from-plan': {
        description: 'The `images` output of an earlier `mode: plan` run: verify those refs exist and apply them instead of deciding again.',
        default: '',
    },
    'max-parallel': { description: 'Images built at the same time.', default: '2' },
};
const OUTPUTS = {
    decision: 'build | reuse | promote | rollback | skip (the strongest decision over all images), or failed when the run failed.',
    reason: 'One human sentence explaining the decision.',
    tag: 'The tag to deploy (of the first image when images differ).',
    images: 'JSON array: name, repository, ref, tag, digest, source, decision, reason, status (verified | pushed | built | planned | failed | not-attempted), from, base.',
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

/***/ 33:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pc: () => (/* binding */ gatherFacts),
  $I: () => (/* binding */ lookup),
  _M: () => (/* binding */ repositoryOf),
  Qm: () => (/* binding */ selectedImages)
});

// EXTERNAL MODULE: ./src/changes/classify.ts
var classify = __nccwpck_require__(7211);
// EXTERNAL MODULE: ./src/git.ts
var src_git = __nccwpck_require__(1243);
// EXTERNAL MODULE: ./src/changes/history.ts
var changes_history = __nccwpck_require__(5881);
;// CONCATENATED MODULE: ./src/changes/detect.ts
/**
 * Which files changed between the base and the head of this run. Git first (deepening a
 * shallow clone only as far as needed), the GitHub API when git cannot answer. A list
 * that may be incomplete is reported as such, and the plan then builds.
 */


/** Lists `base..head` changes with git: `--no-renames` so a rename yields both paths. */
async function gitChangedFiles(git, base, head) {
    const r = await git.run([
        '-c',
        'core.quotepath=off',
        'diff',
        '--name-only',
        '-z',
        '--no-renames',
        '--no-ext-diff',
        '--no-textconv',
        '--ignore-submodules=none',
        base,
        head,
        '--',
    ]);
    const out = r.stdout;
    const files = out.split('\0');
    if (files[files.length - 1] === '')
        files.pop();
    return files;
}
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
            if (!(await history.ensureCommit(before))) {
                return {
                    rule: 'push',
                    problem: `the previous tip ${detect_short(before)} cannot be fetched (deleted or rewritten history)`,
                };
            }
            // GitHub says whether the push was forced; without that, check ancestry ourselves.
            if (strategy.forced === false)
                return { base: before, rule: 'push' };
            const ancestor = await history.deepenUntil([head], async () => (await git.isAncestor(before, head)) ? true : (await git.isShallow()) ? undefined : false);
            if (ancestor === true)
                return { base: before, rule: 'push' };
            // Force push: diff from where the old and new tips diverged, so every rewritten
            // commit counts (not just the delta between the two tips).
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
                // The first push of the default branch itself: everything is new.
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
        case 'pull-request': {
            if (!(await history.ensureCommit(strategy.baseSha))) {
                return {
                    rule: 'pull-request',
                    problem: `the PR base ${detect_short(strategy.baseSha)} cannot be fetched`,
                };
            }
            return mergeBaseWith([strategy.baseSha], strategy.baseSha, 'pull-request');
        }
        case 'merge-group': {
            if (!(await history.ensureCommit(strategy.baseSha))) {
                return {
                    rule: 'merge-group',
                    problem: `the merge group base ${detect_short(strategy.baseSha)} cannot be fetched`,
                };
            }
            return { base: strategy.baseSha, rule: 'merge-group' };
        }
        case 'previous-tag':
            return previousTag(git, history, head, strategy.tagName);
        case 'overlay':
            // Dispatch and schedule: the engine compares each image with the commit it runs; when
            // that is unknown there is no event rule to fall back on.
            return {
                rule: 'overlay',
                problem: 'the overlay names no image whose commit is known, and this event has no base of its own (set the "base" input)',
            };
        case 'unknown':
            return { rule: 'unknown', problem: strategy.reason };
    }
}
/** The newest version tag before `tagName` that is an ancestor of head. */
async function previousTag(git, history, head, tagName) {
    await history.fetchTags('refs/tags/*');
    const describe = async () => {
        const r = await git.run([
            'describe',
            '--tags',
            '--abbrev=0',
            '--match',
            'v[0-9]*',
            '--match',
            '[0-9]*',
            '--exclude',
            tagName,
            `${head}^`,
        ], { allowFailure: true });
        if (r.exitCode === 0)
            return r.stdout.trim();
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
    const r = await git.run(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], {
        allowFailure: true,
    });
    const ref = r.stdout.trim();
    return r.exitCode === 0 && ref.startsWith('origin/') ? ref.slice('origin/'.length) : undefined;
}
function detect_short(sha) {
    return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha;
}
/** Detects the changes of this run. Never throws for missing history: it reports it. */
async function detectChanges(trigger, opts) {
    const { git, logger } = opts;
    const history = new changes_history/* History */.B(git, logger);
    const head = trigger.head;
    const gitUsable = await git.isRepository();
    if (gitUsable && (await history.ensureCommit(head))) {
        const resolved = await resolveBase(trigger, opts, history);
        if (resolved.base !== undefined) {
            const files = await gitChangedFiles(git, resolved.base, head);
            return {
                head,
                base: resolved.base,
                baseRule: resolved.rule,
                files,
                complete: true,
                source: 'git',
            };
        }
        const viaApi = await fromApi(trigger, opts, resolved);
        if (viaApi)
            return viaApi;
        return {
            head,
            baseRule: resolved.rule,
            files: [],
            complete: false,
            note: resolved.problem ?? 'no base commit',
            source: 'none',
        };
    }
    const reason = gitUsable
        ? `the head commit ${detect_short(head)} is not in the checkout and cannot be fetched`
        : 'there is no git checkout';
    const viaApi = await fromApi(trigger, opts, { rule: baseRuleOf(trigger), problem: reason });
    if (viaApi)
        return viaApi;
    return {
        head,
        baseRule: baseRuleOf(trigger),
        files: [],
        complete: false,
        note: reason,
        source: 'none',
    };
}
function baseRuleOf(trigger) {
    switch (trigger.base.kind) {
        case 'input':
            return 'input';
        case 'push':
            return 'push';
        case 'new-branch':
            return 'new-branch';
        case 'pull-request':
            return 'pull-request';
        case 'merge-group':
            return 'merge-group';
        case 'previous-tag':
            return 'previous-tag';
        case 'overlay':
            return 'overlay';
        case 'unknown':
            return 'unknown';
    }
}
/** The GitHub API answers for pull requests and for pushes with a known base. */
async function fromApi(trigger, opts, resolved) {
    const api = opts.api;
    if (!api)
        return undefined;
    const head = trigger.head;
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/event/trigger.ts
var trigger = __nccwpck_require__(9668);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __nccwpck_require__(8286);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/changes/globs.ts
var globs = __nccwpck_require__(6770);
;// CONCATENATED MODULE: ./src/source/keys.ts
/**
 * Source keys: what an image is built from, as one sha256. Pure.
 *
 * The files are exactly those the path rule calls code of the image (src/changes/classify.ts):
 * its `paths` (last matching pattern wins) and its Dockerfile; without `paths`, everything in
 * its context that is neither ignored nor deploy config. Each contributes its path, mode and
 * blob id, so renames, mode changes (an executable bit), symlinks, submodule pointers and LFS
 * pointer files all change the key; nothing outside those files does. The build recipe
 * (context, Dockerfile path, target, build args, platforms) is part of the key too: the same
 * files built another way are another image.
 */


/** Bumped when the key's definition changes, so old keys never match new ones. */
const SOURCE_KEY_VERSION = 'image-promote source key v1';
/** The recipe part of a key: everything besides the files that shapes the image. */
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
/**
 * The entries that are code of `image`, in path order (indices into `tree.paths`).
 * `shared.ignored(i, dir)` says whether entry i (under `dir`) is ignored or deploy config.
 */
function codeEntries(tree, image, shared) {
    const { paths } = tree;
    const strong = new globs/* GlobList */.Rz([...image.paths, (0,globs/* escapeGlob */.yk)(image.dockerfile)]).allMatchIndices(paths);
    if (image.paths.length > 0)
        return strong;
    const picked = [];
    const dir = image.context === '.' ? '' : image.context;
    if (dir !== '') {
        // The context itself may be a submodule pointer.
        const at = (0,globs/* lowerBound */.yz)(paths, dir);
        if (paths[at] === dir && !shared.ignored(at, dir))
            picked.push(at);
    }
    const prefix = dir === '' ? '' : `${dir}/`;
    for (let i = prefix === '' ? 0 : (0,globs/* lowerBound */.yz)(paths, prefix); i < paths.length; i++) {
        if (!paths[i].startsWith(prefix))
            break;
        if (!shared.ignored(i, dir))
            picked.push(i);
    }
    // The Dockerfile (and anything else the strong rule names) counts even when ignored.
    return strong.length === 0 ? picked : mergeAscending(picked, strong);
}
/** The union of two ascending lists of indices, ascending. */
function mergeAscending(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const x = i < a.length ? a[i] : Infinity;
        const y = j < b.length ? b[j] : Infinity;
        if (x <= y) {
            out.push(x);
            i++;
            if (x === y)
                j++;
        }
        else {
            out.push(y);
            j++;
        }
    }
    return out;
}
/** Source keys of every image, from one tree. */
function sourceKeys(tree, images, rules) {
    // ignore-paths and deploy-paths are evaluated once per file, and only when an image
    // without `paths` needs them.
    const ignore = new globs/* GlobList */.Rz(rules.ignorePaths);
    const deploy = new globs/* GlobList */.Rz(rules.deployPaths);
    // Per context directory, only the patterns that can match inside it are tested.
    const within = new Map();
    const notCode = (dir) => {
        let test = within.get(dir);
        if (!test) {
            const i = ignore.within(dir).matches;
            const d = deploy.within(dir).matches;
            test = (p) => i(p) || d(p);
            within.set(dir, test);
        }
        return test;
    };
    const memo = new Int8Array(tree.paths.length); // 0 unknown, 1 code, 2 not code
    const ignored = (i, dir) => {
        if (memo[i] === 0)
            memo[i] = notCode(dir)(tree.paths[i]) ? 2 : 1;
        return memo[i] === 2;
    };
    const keys = new Map();
    for (const image of images) {
        const indices = codeEntries(tree, image, { ignored });
        // One update per image: the bytes are the same as one update per entry.
        const records = [`${SOURCE_KEY_VERSION}\n${recipe(image)}\n`];
        tree.appendRecords(indices, records);
        const hash = (0,external_node_crypto_.createHash)('sha256').update(records.join(''));
        keys.set(image.name, { key: hash.digest('hex'), files: indices.length });
    }
    return keys;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/source/check.ts
/**
 * Typos caught before anything is built: an image whose context or Dockerfile does not exist
 * at the commit being deployed, or whose `paths` patterns match no file there, is an input
 * error that names the image and the nearest path that does exist. Pure: works on the tree.
 */



/** Levenshtein distance, bounded: stops early once it exceeds `max`. */
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
/** The candidate closest to `wanted`, if one is close enough to be a likely typo. */
function nearest(wanted, candidates) {
    const max = Math.max(2, Math.floor(wanted.length / 3));
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
/** Every directory of the tree (`a`, `a/b`, … for `a/b/c.txt`). */
function directories(tree) {
    const dirs = new Set();
    for (const path of tree.paths) {
        for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
            dirs.add(path.slice(0, i));
    }
    return dirs;
}
function hasDirectory(tree, dir) {
    const at = (0,globs/* lowerBound */.yz)(tree.paths, `${dir}/`);
    // A submodule pointer at the context path counts as the context.
    return (tree.paths[at]?.startsWith(`${dir}/`) === true ||
        tree.paths[(0,globs/* lowerBound */.yz)(tree.paths, dir)] === dir);
}
function hasFile(tree, path) {
    return tree.paths[(0,globs/* lowerBound */.yz)(tree.paths, path)] === path;
}
function suggestion(wanted, candidates) {
    const near = nearest(wanted, candidates);
    return near
        ? `did you mean "${near}"?`
        : 'check the path (it is relative to the repository root)';
}
/** Throws InputError for the first image whose context, Dockerfile or paths are typos. */
function checkSources(tree, images) {
    const at = tree.commit.slice(0, 7);
    let dirs;
    for (const image of images) {
        const where = `image ${image.name}`;
        if (image.context !== '.' && !hasDirectory(tree, image.context)) {
            dirs ??= directories(tree);
            throw new errors/* InputError */.dz('images', `${where}: the context "${image.context}" does not exist at ${at}`, suggestion(image.context, dirs));
        }
        if (!hasFile(tree, image.dockerfile)) {
            const dockerfiles = tree.paths.filter((p) => /(^|\/)[^/]*dockerfile[^/]*$/i.test(p));
            throw new errors/* InputError */.dz('images', `${where}: the Dockerfile "${image.dockerfile}" does not exist at ${at}`, suggestion(image.dockerfile, dockerfiles));
        }
        for (const pattern of image.paths) {
            if (pattern.startsWith('!'))
                continue;
            if (new globs/* GlobList */.Rz([pattern]).firstMatch(tree.paths) !== undefined)
                continue;
            const base = picomatch_default().scan(pattern).base;
            dirs ??= directories(tree);
            throw new errors/* InputError */.dz('images', `${where}: paths pattern "${pattern}" matches no file at ${at}`, base ? suggestion(base, [...dirs, ...tree.paths]) : 'check the pattern');
        }
    }
}

// EXTERNAL MODULE: ./src/overlay/plan.ts
var plan = __nccwpck_require__(6241);
// EXTERNAL MODULE: ./src/overlay/state.ts
var overlay_state = __nccwpck_require__(3657);
;// CONCATENATED MODULE: ./src/source/tree.ts
/**
 * One commit's tree as git stores it: every entry of `git ls-tree -r` (files, symlinks,
 * submodule pointers), sorted by path. One git call, no history needed.
 *
 * A 20,000-file tree is read on every run, so the listing is kept as git printed it: one
 * string plus offsets into it. Paths are slices of that string; an entry's mode and id are
 * only cut out when asked for (`entries`, `record`).
 */

/** Parses `git ls-tree -r -z --full-tree` output: `<mode> SP <type> SP <oid> TAB <path> NUL`. */
function parseLsTree(output) {
    const listing = scan(output);
    return Array.from({ length: listing.paths.length }, (_, i) => listing.entry(i));
}
/** Offsets of each record of an ls-tree listing, in listing order. */
class Listing {
    text;
    paths = [];
    /** Start of the record (its mode). */
    starts = [];
    /** The space after the mode. */
    modeEnds = [];
    /** Start of the object id. */
    oidStarts = [];
    /** The TAB before the path. */
    tabs = [];
    /** The NUL after the path (the text's length when the last one is missing). */
    ends = [];
    /** False when git's order is not JavaScript's (see treeFromListing). */
    sorted = true;
    constructor(text) {
        this.text = text;
    }
    entry(i) {
        const text = this.text;
        return {
            mode: text.slice(this.starts[i], this.modeEnds[i]),
            oid: text.slice(this.oidStarts[i], this.tabs[i]),
            path: this.paths[i],
        };
    }
    record(i) {
        const out = [];
        this.appendRecords([i], out);
        return out.join('');
    }
    appendRecords(indices, out) {
        const { text, starts, modeEnds, oidStarts, ends } = this;
        // `<mode> ` and `<oid> TAB <path> NUL` are both in the listing as printed.
        for (const i of indices) {
            const end = ends[i];
            out.push(text.slice(starts[i], modeEnds[i] + 1));
            if (end < text.length)
                out.push(text.slice(oidStarts[i], end + 1));
            else
                out.push(text.slice(oidStarts[i], end), '\0');
        }
    }
    /** Reorders every column by `order` (indices into the current order). */
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
function scan(output) {
    const listing = new Listing(output);
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
    return listing;
}
class ListedTree {
    commit;
    listing;
    built;
    constructor(commit, listing) {
        this.commit = commit;
        this.listing = listing;
    }
    get paths() {
        return this.listing.paths;
    }
    get entries() {
        this.built ??= this.listing.paths.map((_, i) => this.listing.entry(i));
        return this.built;
    }
    record(i) {
        return this.listing.record(i);
    }
    appendRecords(indices, out) {
        this.listing.appendRecords(indices, out);
    }
}
/** A tree from `git ls-tree -r -z --full-tree` output (sorted here when git's order differs). */
function treeFromListing(commit, output) {
    const listing = scan(output);
    const paths = listing.paths;
    // git sorts bytes with trees as "name/"; that is JavaScript's order except for unusual
    // names (non-ASCII), so sort only when the scan saw a pair out of order.
    if (!listing.sorted) {
        const order = paths.map((_, j) => j);
        order.sort((a, b) => {
            const pa = paths[a];
            const pb = paths[b];
            return pa < pb ? -1 : pa > pb ? 1 : 0;
        });
        listing.permute(order);
    }
    return new ListedTree(commit, listing);
}
/** Listings already read or under way, per repository: a commit's tree never changes. */
const listings = new WeakMap();
/**
 * The tree of `commit` (which must be present locally). With `peel`, git itself checks that
 * `commit` names a commit (it lists `<commit>^{commit}`), so no separate lookup is needed.
 * A listing is read once per Git instance (a failed one is tried again on the next call), so
 * a caller may start it early and the engine picks it up.
 */
function readTree(git, commit, options = {}) {
    const peel = options.peel === true;
    // Only a full id always names the same tree (a branch or HEAD may move).
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
    const r = await git.run([
        '-c',
        'core.quotepath=off',
        'ls-tree',
        '-r',
        '-z',
        '--full-tree',
        peel ? `${commit}^{commit}` : commit,
    ], { largeOutput: true });
    if (peel)
        git.rememberCommit(commit);
    return treeFromListing(commit, r.stdout);
}

// EXTERNAL MODULE: ./src/tags/template.ts
var template = __nccwpck_require__(8159);
// EXTERNAL MODULE: ./src/engine/overlay-state.ts
var engine_overlay_state = __nccwpck_require__(662);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __nccwpck_require__(3171);
;// CONCATENATED MODULE: ./src/engine/facts.ts
/**
 * Gathering the facts a decision needs, once: the tree of the commit being deployed and the
 * images' source keys, what the overlays run, what the registry holds (every digest computed
 * from bytes by the registry layer), the commits the deployed images came from and what
 * changed since, the release gate and rollback targets. Lookups run in parallel; a registry
 * that cannot answer becomes a `problem` fact, never a guess.
 */














const REVISION_LABEL = 'org.opencontainers.image.revision';
/** The images this run decides: one in a matrix job, the plan's in a deploy job, else all. */
function selectedImages(config) {
    if (config.matrixImage)
        return config.images.filter((i) => i.name === config.matrixImage);
    if (config.fromPlan) {
        const names = new Set(config.fromPlan.map((p) => p.name));
        return config.images.filter((i) => names.has(i.name));
    }
    return config.images;
}
/**
 * Looks a tag (or digest) up; a registry that cannot answer gives a problem, not a throw.
 * A value pinned to a digest (`tag@digest`) is looked up both ways: the digest must exist,
 * and `tagDigest` records what the tag names now (another image, when it moved).
 */
async function lookup(deps, repository, tag, digest) {
    try {
        const registry = await deps.registries.forReference(repository);
        const [byDigest, byTag] = await Promise.all([
            digest
                ? registry.resolve((0,reference/* withTagAndDigest */.gh)(repository, undefined, digest))
                : Promise.resolve(undefined),
            tag ? registry.resolve((0,reference/* withTagAndDigest */.gh)(repository, tag)) : Promise.resolve(undefined),
        ]);
        const image = digest ? byDigest : byTag;
        if (!image)
            return undefined;
        const found = { repository, tag: tag ?? '', digest: image.digest };
        if (tag && byTag)
            found.tagDigest = byTag.digest;
        return found;
    }
    catch (err) {
        return { problem: (0,errors/* errorMessage */.gJ)(err) };
    }
}
/** The revision label of an image, or undefined when it has none (or cannot be read). */
async function revisionOf(deps, image) {
    try {
        const registry = await deps.registries.forReference(image.repository);
        const config = await registry.imageConfig((0,reference/* withTagAndDigest */.gh)(image.repository, undefined, image.digest));
        const revision = config?.labels[REVISION_LABEL];
        return revision && /^[0-9a-f]{40}$/.test(revision) ? revision : undefined;
    }
    catch (err) {
        deps.logger.debug(`cannot read the labels of ${image.repository.name}@${image.digest}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
/** The repository an overlay value points at: its own (without tag or digest), else the image's. */
function repositoryOf(value, image) {
    if (value.repository === undefined)
        return image.repository;
    const parsed = (0,reference/* tryParseReference */.WF)(value.repository);
    return parsed.ok ? (0,reference/* withTagAndDigest */.gh)(parsed.ref) : image.repository;
}
/** The SHA prefix a deployed tag names (`sha-1a2b3c4` → `1a2b3c4`), by the tag templates. */
function shaPrefixOf(deps, value) {
    const { config } = deps;
    const tag = value.tag;
    return tag
        ? [config.tagTemplate, config.prTagTemplate]
            .map((t) => (0,template/* shaExtractor */.x3)(t)?.(tag))
            .find((p) => p !== undefined)
        : undefined;
}
/**
 * The commit a deployed image was built from: its tag, its git tag, or its revision label.
 * `byPrefix` is the local lookup of the tag's SHA prefix, when it was started already.
 */
async function deployedCommit(deps, history, value, image, byPrefix) {
    const { git } = deps;
    const tag = value.tag;
    const prefix = shaPrefixOf(deps, value);
    if (prefix) {
        const sha = await (byPrefix ?? git.resolveCommit(prefix));
        if (sha)
            return { sha, via: 'tag' };
    }
    if (tag && (0,trigger/* isVersionTag */.JM)(tag)) {
        const sha = await history.ensureTag(tag);
        if (sha)
            return { sha, via: 'git-tag' };
    }
    if (image) {
        const revision = image.revision ?? (await revisionOf(deps, image));
        if (revision &&
            (!prefix || revision.startsWith(prefix)) &&
            (await history.ensureCommit(revision))) {
            return { sha: revision, via: 'label' };
        }
    }
    if (prefix) {
        // Images built elsewhere have no label: find the commit in (deepened) history.
        const sha = await history.deepenUntil([deps.trigger.head], () => git.resolveCommit(prefix));
        if (sha)
            return { sha, via: 'tag' };
    }
    return undefined;
}
async function headTree(deps, history) {
    const head = deps.trigger.head;
    try {
        // Present already (the usual case): listing `<head>^{commit}` is the presence check too.
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
function classifier(config, images) {
    return new classify/* Classifier */.s({
        deployPaths: config.deployPaths,
        ignorePaths: config.ignorePaths,
        images,
    });
}
/**
 * `eager`: read the overlays' old texts alongside the diff (usually the deploy commit since
 * `sha` changed them) instead of after it; only those the diff lists are used.
 */
function diffWithHead(deps, sha, overlays, eager = false) {
    const head = deps.trigger.head;
    if (sha === head)
        return Promise.resolve({ changed: [], old: new Map() });
    const show = (path) => deps.git.run(['show', `${sha}:${path}`], { allowFailure: true });
    const paths = [...new Set(overlays.map((s) => s.overlay.path))];
    const early = eager ? new Map(paths.map((p) => [p, quiet(show(p))])) : undefined;
    return gitChangedFiles(deps.git, sha, head).then(async (changed) => {
        const used = paths.filter((p) => changed.includes(p));
        const texts = await Promise.all(used.map((p) => early?.get(p) ?? show(p)));
        return { changed, old: new Map(used.map((p, i) => [p, texts[i]])) };
    });
}
/** Marks a promise that may never be awaited as handled (its rejection surfaces where used). */
function quiet(promise) {
    promise.catch(() => undefined);
    return promise;
}
async function gatherFacts(deps, placement) {
    const { config, policy, logger } = deps;
    const history = new changes_history/* History */.B(deps.git, logger);
    const images = selectedImages(config);
    // The tree of the deployed commit is listed while the overlays are read and the registry
    // is asked everything that does not depend on the source keys.
    const treeListed = headTree(deps, history);
    const [overlays, fromOverlay] = await Promise.all([
        (0,engine_overlay_state/* readOverlayStates */.nt)(placement.overlays, config.images),
        config.mode === 'promote' && placement.fromOverlay
            ? (0,engine_overlay_state/* readOverlayStates */.nt)([placement.fromOverlay], config.images)
            : Promise.resolve([]),
    ]);
    for (const w of [...overlays, ...fromOverlay].flatMap((s) => s.warnings))
        logger.warning(w);
    let primary;
    try {
        primary = policy.primary();
    }
    catch {
        // The decision reports the template problem per image.
    }
    const request = config.tag?.kind === 'tags' ? config.tag : undefined;
    const planned = new Map((config.fromPlan ?? []).map((p) => [p.name, p]));
    // The deployed tags' commits first (git runs beside the registry requests below): each
    // SHA prefix is looked up, and diffed with the head as `<prefix>^{commit}` at the same
    // time, which names the same commit whenever the lookup finds one.
    const diffs = new Map();
    const byPrefixOf = new Map();
    const startPrefix = (prefix) => {
        let started = byPrefixOf.get(prefix);
        if (started)
            return started;
        started = quiet(deps.git.resolveCommit(prefix));
        // Old overlay texts are read ahead only while that is a handful of git calls.
        const eager = (byPrefixOf.size + 1) * overlays.length <= 4;
        const speculative = quiet(diffWithHead(deps, `${prefix}^{commit}`, overlays, eager));
        void started.then((sha) => {
            if (sha && !diffs.has(sha))
                diffs.set(sha, quiet(speculative.catch(() => diffWithHead(deps, sha, overlays))));
        }, () => undefined);
        byPrefixOf.set(prefix, started);
        return started;
    };
    const byPrefix = images.map((image) => {
        const deployedValue = valueIn(overlays, image);
        const prefix = deployedValue ? shaPrefixOf(deps, deployedValue.value) : undefined;
        return prefix ? startPrefix(prefix) : undefined;
    });
    const tree = await treeListed;
    // Typos (a context or Dockerfile that does not exist, paths that match nothing) fail first:
    // before anything is asked of the registry or fetched (only local git reads run until here).
    if (!('problem' in tree))
        checkSources(tree, images);
    const early = images.map((image, i) => {
        const deployedValue = valueIn(overlays, image);
        const deployedRepo = deployedValue ? repositoryOf(deployedValue.value, image) : undefined;
        const requestedTag = planned.get(image.name)?.tag ||
            (request ? (request.byImage[image.name] ?? request.all) : undefined);
        const promoteValue = valueIn(fromOverlay, image);
        return {
            image,
            deployedValue,
            deployedRepo,
            requestedTag,
            promoteValue,
            // Lookups never reject: a registry that cannot answer gives a problem.
            lookups: Promise.all([
                deployedValue && deployedRepo && (deployedValue.value.tag || deployedValue.value.digest)
                    ? lookup(deps, deployedRepo, deployedValue.value.tag, deployedValue.value.digest)
                    : Promise.resolve(undefined),
                primary ? lookup(deps, image.repository, primary) : Promise.resolve(undefined),
                policy.release
                    ? lookup(deps, image.repository, policy.release)
                    : Promise.resolve(undefined),
                requestedTag ? lookup(deps, image.repository, requestedTag) : Promise.resolve(undefined),
                promoteValue && (promoteValue.value.tag || promoteValue.value.digest)
                    ? lookup(deps, repositoryOf(promoteValue.value, image), promoteValue.value.tag, promoteValue.value.digest)
                    : Promise.resolve(undefined),
            ]),
            byPrefix: byPrefix[i],
        };
    });
    // An image the overlays do not name is explained by the event's rule: start that now.
    const eventChanges = early.some((e) => !e.deployedValue)
        ? quiet(detectEventChanges(deps))
        : undefined;
    // Let the requests and git calls get under way before the keys are computed.
    await new Promise((resolve) => setImmediate(resolve));
    const keys = 'problem' in tree ? undefined : sourceKeys(tree, images, config);
    const keyOf = (image) => {
        if ('problem' in tree)
            return { problem: tree.problem };
        const key = keys?.get(image.name);
        return key ?? { problem: 'internal error: no key computed' };
    };
    const perImage = await Promise.all(early.map(async (e) => {
        const { image, deployedValue, deployedRepo, requestedTag, promoteValue } = e;
        const source = keyOf(image);
        const sourceTag = 'key' in source ? policy.sourceTag(source.key) : undefined;
        const [sourceImage, [deployedImage, primaryImage, releaseImage, requested, promoteImage]] = await Promise.all([
            sourceTag ? lookup(deps, image.repository, sourceTag) : Promise.resolve(undefined),
            e.lookups,
        ]);
        // Where a reused or promoted image came from: read its revision label.
        const sourceFound = (0,types/* found */.F)(sourceImage);
        if (sourceFound && sourceFound.digest !== (0,types/* found */.F)(deployedImage)?.digest) {
            const revision = await revisionOf(deps, sourceFound);
            if (revision)
                sourceFound.revision = revision;
        }
        const facts = {
            image,
            source,
            comparison: { rule: 'unknown', change: { kind: 'none' } },
            ...(sourceTag ? { sourceImage } : {}),
            ...(primary ? { primaryImage } : {}),
            ...(policy.release ? { releaseImage } : {}),
        };
        if (deployedValue && deployedRepo) {
            facts.deployed = {
                overlay: deployedValue.overlay,
                value: deployedValue.value,
                repository: deployedRepo,
                image: deployedImage,
            };
        }
        if (requestedTag)
            facts.requested = { tag: requestedTag, image: requested, repository: image.repository };
        if (promoteValue) {
            facts.promoteSource = {
                overlay: promoteValue.overlay,
                value: promoteValue.value,
                repository: repositoryOf(promoteValue.value, image),
                image: promoteImage,
            };
        }
        const plan = planned.get(image.name);
        if (plan)
            facts.planned = plan;
        return facts;
    }));
    const [withComparison, gate, rollback] = await Promise.all([
        compare(deps, history, perImage, tree, overlays, {
            byPrefix: early.map((e) => e.byPrefix),
            diffs,
            ...(eventChanges ? { eventChanges } : {}),
        }),
        needsGate(deps)
            ? __nccwpck_require__.e(/* import() */ 347).then(__nccwpck_require__.bind(__nccwpck_require__, 4347)).then(({ releaseGate }) => releaseGate(deps))
            : Promise.resolve(undefined),
        config.mode === 'rollback' || config.tag?.kind === 'previous'
            ? __nccwpck_require__.e(/* import() */ 92).then(__nccwpck_require__.bind(__nccwpck_require__, 7092)).then(({ rollbackFacts }) => rollbackFacts(deps, overlays, perImage, (file) => placement.gitFor(file)))
            : Promise.resolve(undefined),
    ]);
    const facts = {
        images: withComparison.images.map((f) => {
            const rb = rollback?.get(f.image.name);
            return rb ? { ...f, rollback: rb } : f;
        }),
        overlays,
        ...(gate ? { gate } : {}),
        ...(withComparison.changes ? { changes: withComparison.changes } : {}),
    };
    return facts;
}
/** The event rule's change list (the comparison when the deployed commit is unknown). */
function detectEventChanges(deps) {
    return detectChanges(deps.trigger, {
        git: deps.git,
        logger: deps.logger,
        ...(deps.api ? { api: deps.api } : {}),
    });
}
/**
 * Drops the target overlays from a change list when they differ from `base` only in the
 * images' values (the commit that deployed what runs): writing today's values into the old
 * file must give today's file, byte for byte.
 */
function withoutOwnDeploys(deps, diff, overlays) {
    const files = diff.changed;
    const own = new Set();
    for (const state of overlays) {
        const path = state.overlay.path;
        if (!files.includes(path))
            continue;
        const old = diff.old.get(path);
        if (!old || old.exitCode !== 0)
            continue;
        try {
            const updates = deps.config.images.flatMap((image) => {
                const v = (0,engine_overlay_state/* overlayValue */.uk)(state, image.name);
                if (!v)
                    return [];
                return [{ image, repository: repositoryOf(v, image).name, ...v }];
            });
            const before = (0,overlay_state/* readOverlayText */.e)(old.stdout, state.overlay, deps.config.images);
            // The options the write uses, so the same values give the same bytes.
            const planned = (0,plan/* planOverlayEdit */.c)(before, updates, {
                pinDigest: deps.config.pinDigest,
                createMissing: false,
                isImmutable: (tag) => deps.policy.isImmutable(tag),
            });
            if (planned.after === state.text)
                own.add(path);
        }
        catch {
            // Not a pure value change (or not plannable): it counts as deploy config.
        }
    }
    return own.size === 0 ? files : files.filter((f) => !own.has(f));
}
function needsGate({ config, trigger }) {
    const kind = trigger.kind;
    return ((kind === 'tag' || kind === 'release') &&
        !trigger.deleted &&
        (config.mode === 'auto' || config.mode === 'plan' || config.mode === 'promote'));
}
/** The value the first target overlay that names the image holds. */
function valueIn(states, image) {
    for (const state of states) {
        const v = (0,engine_overlay_state/* overlayValue */.uk)(state, image.name);
        if (v)
            return { overlay: state.overlay.path, value: v };
    }
    return undefined;
}
/**
 * The explanation: for each image, what changed between the commit it runs (when that is
 * known) and the commit being deployed; the others share the event rule's change list.
 * Also the source key at each deployed commit, for adopting images built before source tags.
 */
async function compare(deps, history, images, headTreeOrProblem, overlays, started) {
    const { config, trigger } = deps;
    const head = trigger.head;
    // Deployed commits, per image (in parallel; fetches are by exact SHA or tag).
    const commits = await Promise.all(images.map((f, i) => f.deployed && !('problem' in headTreeOrProblem)
        ? deployedCommit(deps, history, f.deployed.value, (0,types/* found */.F)(f.deployed.image), started.byPrefix[i]).catch((err) => {
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
        // The key at the deployed commit matters when the environment does not run the image the
        // source tag names: an image that predates source tags (adopt it), or a rebuild of the
        // same source (keep it).
        const adoptable = indices.some((i) => {
            const f = out[i];
            const source = (0,types/* found */.F)(f.sourceImage);
            return !source || source.digest !== (0,types/* found */.F)(f.deployed?.image)?.digest;
        });
        try {
            const [diff, tree] = await Promise.all([
                started.diffs.get(sha) ?? diffWithHead(deps, sha, overlays),
                adoptable ? readTree(deps.git, sha) : Promise.resolve(undefined),
            ]);
            // The deploy that wrote the running value into the overlay is not news.
            const files = withoutOwnDeploys(deps, diff, overlays);
            const changes = classifier(config, group).classify(files);
            const keys = tree ? sourceKeys(tree, group, config) : undefined;
            for (const i of indices) {
                const f = out[i];
                const commit = commits[i];
                if (!f.deployed || !commit)
                    continue;
                const key = keys?.get(f.image.name)?.key;
                f.deployed = { ...f.deployed, commit, ...(key ? { sourceKey: key } : {}) };
                f.comparison = {
                    base: sha,
                    rule: 'deployed',
                    change: changes.get(f.image.name) ?? { kind: 'none' },
                };
            }
        }
        catch (err) {
            deps.logger.debug(`cannot compare ${sha.slice(0, 7)} with ${head.slice(0, 7)}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            for (const i of indices)
                commits[i] = undefined;
        }
    }
    const rest = out
        .map((_f, i) => (commits[i] ? undefined : i))
        .filter((i) => i !== undefined);
    if (rest.length === 0)
        return { images: out };
    const changes = await (started.eventChanges ?? detectEventChanges(deps));
    const group = rest.map((i) => out[i].image);
    const classified = changes.complete
        ? classifier(config, group).classify(changes.files)
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


/***/ }),

/***/ 662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lJ: () => (/* binding */ overlaySlot),
/* harmony export */   nt: () => (/* binding */ readOverlayStates),
/* harmony export */   uk: () => (/* binding */ overlayValue)
/* harmony export */ });
/* harmony import */ var _overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3768);

function readOverlayStates(overlays, images) {
    return Promise.all(overlays.map((o) => (0,_overlay_overlay_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readOverlay */ .re)(o, images)));
}
/** What `state` says `name` runs, or undefined when it does not name the image. */
function overlayValue(state, name) {
    const s = state.images.get(name);
    return s?.found ? s.value : undefined;
}
/** Where an image's value lives in `state` (images with the same slot share one value). */
function overlaySlot(state, image) {
    const s = state.images.get(image.name);
    return s?.found ? s.slot : undefined;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ isProblem),
/* harmony export */   F: () => (/* binding */ found)
/* harmony export */ });
function isProblem(lookup) {
    return lookup !== undefined && 'problem' in lookup;
}
function found(lookup) {
    return lookup !== undefined && !('problem' in lookup) ? lookup : undefined;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Errors a user can act on. The action prints `message` as the failure; the CLI prints it
 * and exits 2 for usage/config problems, 1 for everything else.
 */
class UserError extends Error {
    name = 'UserError';
}
/** A bad input value. The message always names the input and says what to do. */
class InputError extends UserError {
    input;
    name = 'InputError';
    constructor(input, problem, fix) {
        super(`input '${input}': ${problem}${fix ? ` — ${fix}` : ''}`);
        this.input = input;
    }
}
/** Turns anything thrown (including non-Error values) into a printable message. */
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

/***/ 9668:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ isVersionTag),
/* harmony export */   NO: () => (/* binding */ triggerFromEvent)
/* harmony export */ });
/* unused harmony export TriggerError */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1243);
/* harmony import */ var _tags_template_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8159);
/**
 * GitHub event payload → Trigger: which commit to act on and how to find the base the
 * explanation compares with when the deployed commit is unknown. Pure; the rules are in
 * docs/design.md and the README ("What the explanation compares"); the payloads the tests
 * read are in __tests__/fixtures/events.
 */


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
/** `v1.2.3`, `1.2`, `v2.0.0-rc.1`: tags that name a release. */
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
/** Normalises an event. `baseOverride` is the `base` input, which wins over every rule. */
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
                // Only version tags are releases; any other tag (nightly, deploy-x) has no rule.
                const release = isVersionTag(tagName);
                trigger = {
                    ...common,
                    kind: release ? 'tag' : 'other',
                    head: after,
                    onDefaultBranch: false,
                    base: release
                        ? { kind: 'previous-tag', tagName }
                        : {
                            kind: 'unknown',
                            reason: `tag "${tagName}" is not a version tag (v1.2.3), so it is not a release`,
                        },
                    deleted,
                    ...(release ? { tagName, version: (0,_tags_template_js__WEBPACK_IMPORTED_MODULE_1__/* .versionFromTagName */ .s_)(tagName) } : {}),
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
            const number = typeof pr.number === 'number'
                ? pr.number
                : typeof payload.number === 'number'
                    ? payload.number
                    : undefined;
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
            if (!isVersionTag(tagName)) {
                // Only version tags are releases, whichever event carries them.
                trigger = {
                    ...common,
                    kind: 'other',
                    head: headFromEnv(),
                    ref: `refs/tags/${tagName}`,
                    onDefaultBranch: false,
                    base: {
                        kind: 'unknown',
                        reason: `release "${tagName}" is not named like a version (v1.2.3), so it is not a release`,
                    },
                    deleted: !RELEASE_ACTIONS.includes(action),
                };
                break;
            }
            trigger = {
                ...common,
                kind: 'release',
                head: headFromEnv(),
                ref: `refs/tags/${tagName}`,
                tagName,
                version: (0,_tags_template_js__WEBPACK_IMPORTED_MODULE_1__/* .versionFromTagName */ .s_)(tagName),
                onDefaultBranch: false,
                base: { kind: 'previous-tag', tagName },
                // edited/deleted/unpublished releases must not promote (again).
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
                ...(tagName ? { tagName, version: (0,_tags_template_js__WEBPACK_IMPORTED_MODULE_1__/* .versionFromTagName */ .s_)(tagName) } : {}),
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

/***/ 8092:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExecError: () => (/* binding */ ExecError),
  exec: () => (/* binding */ exec),
  formatCommand: () => (/* binding */ formatCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/exec.ts
/**
 * The one way this project runs external commands: argument arrays, never a shell.
 * Event-derived strings (branch names, titles) can therefore never be interpreted.
 *
 * Output is either collected whole (the default: short commands whose output is parsed) or
 * streamed line by line through `onLine` while only the end of it is kept (long builds).
 */
// eslint-disable-next-line no-restricted-imports -- this module is the wrapper





class ExecError extends Error {
    command;
    exitCode;
    stderr;
    name = 'ExecError';
    constructor(command, exitCode, stderr, detail) {
        super(`${command} ${detail}${stderr.trim() ? `: ${lastLines(stderr, 20)}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** Renders argv for logs; quoting is cosmetic because nothing is ever passed to a shell. */
function formatCommand(file, args) {
    return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
function lastLines(text, n) {
    const lines = text.trimEnd().split('\n');
    return lines.slice(-n).join('\n');
}
const STREAMING_TAIL_BYTES = 256 * 1024;
const MAX_LINE_CHARS = 64 * 1024;
/** Collects a stream's bytes, keeping only the last `limit` of them. */
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
        // Compact once twice the limit is held, so the cost stays linear in the output.
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
    text() {
        if (this.size > this.limit)
            this.compact();
        const text = Buffer.concat(this.chunks).toString('utf8');
        if (!this.dropped)
            return text;
        // The cut may fall inside a line (or a character): start at the next whole line.
        const newline = text.indexOf('\n');
        return newline === -1 ? '' : text.slice(newline + 1);
    }
}
/** Splits a byte stream into lines (UTF-8 safe across chunks) for `onLine`. */
class LineSplitter {
    emit;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
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
/** A private file a child writes its stdout to (see ExecOptions.largeOutput). */
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
            dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-promote-out-'));
            return new OutputFile(dir, (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, 'stdout'), 'w+', 0o600));
        }
        catch {
            if (dir)
                OutputFile.removeDir(dir);
            return undefined;
        }
    }
    static removeDir(dir) {
        try {
            (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)(dir, 'stdout'));
        }
        catch {
            // never created
        }
        try {
            (0,external_node_fs_.rmdirSync)(dir);
        }
        catch {
            // gone already
        }
    }
    /** Everything written, then the file is gone. */
    text() {
        if (this.removed)
            return '';
        try {
            const size = (0,external_node_fs_.fstatSync)(this.fd).size;
            const bytes = Buffer.allocUnsafe(size);
            let read = 0;
            while (read < size) {
                const n = (0,external_node_fs_.readSync)(this.fd, bytes, read, size - read, read);
                if (n === 0)
                    break;
                read += n;
            }
            return bytes.toString('utf8', 0, read);
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
            (0,external_node_fs_.closeSync)(this.fd);
        }
        catch {
            // closed already
        }
        OutputFile.removeDir(this.dir);
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
            child = (0,external_node_child_process_.spawn)(file, [...args], {
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
            const stdout = toFile ? toFile.text() : out.text();
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
            resolve({ exitCode, stdout, stderr });
        });
        // A child that exits before reading stdin raises EPIPE; the exit code tells the story.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
};


/***/ }),

/***/ 1243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ FULL_ID),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   pL: () => (/* binding */ EMPTY_TREE)
/* harmony export */ });
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8092);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5625);
/**
 * The one git wrapper: every git command of the project runs through `Git.run`, which
 * goes through the exec wrapper with an argument array.
 */


const ZERO_SHA = '0000000000000000000000000000000000000000';
/** The empty tree object: a diff base for a root commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/** A full object id (SHA-1 or SHA-256), as git prints it. */
const FULL_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
class Git {
    cwd;
    logger;
    execFn;
    extraEnv;
    /** Commands that change the repository (fetches) run one at a time. */
    exclusiveTail = Promise.resolve();
    /**
     * Full ids known to be commits present here. Only positive answers are kept: a run only
     * ever adds objects (fetches), so a commit that was present stays present.
     */
    commits = new Set();
    /** A command answered that the work tree is inside a repository. */
    repository = false;
    constructor(cwd, logger = _log_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q, execFn = _exec_js__WEBPACK_IMPORTED_MODULE_0__.exec, 
    /** Extra environment for every git call (author, askpass, …). */
    extraEnv = {}) {
        this.cwd = cwd;
        this.logger = logger;
        this.execFn = execFn;
        this.extraEnv = extraEnv;
    }
    run(args, options = {}) {
        return this.execFn('git', args, {
            cwd: this.cwd,
            // Never prompt (there is no terminal in CI) and never page.
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
        });
    }
    /**
     * Runs `fn` after every earlier exclusive call has finished: two fetches into one
     * repository at once fight over its lock files and shallow file.
     */
    exclusive(fn) {
        const run = this.exclusiveTail.then(fn, fn);
        this.exclusiveTail = run.catch(() => undefined);
        return run;
    }
    /** Full SHA of a revision that is present locally, or undefined. */
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
    /**
     * Records that `sha` (a full id) names a commit present here, learned from a command that
     * needed it (e.g. a listing of `<sha>^{commit}`), so later lookups of it need no git call.
     */
    rememberCommit(sha) {
        if (!FULL_ID.test(sha))
            return;
        this.commits.add(sha);
        this.repository = true;
    }
    /** Whether the work tree is inside a git repository (`git rev-parse --git-dir` succeeds). */
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
    async hasCommit(sha) {
        return (await this.resolveCommit(sha)) !== undefined;
    }
    /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
    async isAncestor(ancestor, descendant) {
        const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
            allowFailure: true,
        });
        if (r.exitCode === 0)
            return true;
        if (r.exitCode === 1)
            return false;
        throw new Error(`git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${r.stderr.trim()}`);
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', a, b], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] : undefined;
    }
    async isShallow() {
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        return r.stdout.trim() === 'true';
    }
    async remotes() {
        const r = await this.run(['remote'], { allowFailure: true });
        return r.stdout.split('\n').filter(Boolean);
    }
    /** Top-level directory of the work tree. */
    async topLevel() {
        return (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    }
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export StderrLogger */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
/**
 * Adapters (git, docker, registry) log through this interface; pure modules never log.
 * The action backs it with the runner's workflow commands, the CLI with stderr. Every line
 * passes through the one redactor (src/redact.ts).
 */

/**
 * CLI logger: everything goes to stderr so stdout stays machine-readable. A group is a bold
 * heading on a terminal and a plain `── title` line otherwise (logs, pipes).
 */
class StderrLogger {
    verbose;
    write;
    tty;
    constructor(verbose = false, write = (line) => process.stderr.write(line + '\n'), tty = process.stderr.isTTY) {
        this.verbose = verbose;
        this.write = write;
        this.tty = tty;
    }
    debug(message) {
        if (this.verbose)
            this.write(redact(`debug: ${message}`));
    }
    info(message) {
        this.write(redact(message));
    }
    warning(message) {
        this.write(redact(`warning: ${message}`));
    }
    mask(secret) {
        redactor.add(secret);
    }
    async group(title, fn) {
        const heading = redact(`── ${title}`);
        this.write(this.tty ? `\x1b[1m${heading}\x1b[0m` : heading);
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

/***/ 9153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vv: () => (/* binding */ commitMessageChange),
/* harmony export */   cD: () => (/* binding */ checkCommitTemplate),
/* harmony export */   jq: () => (/* binding */ renderCommitMessage)
/* harmony export */ });
/* unused harmony exports DEFAULT_COMMIT_MESSAGE, COMMIT_MESSAGE_TOKENS */
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/**
 * Commit messages for overlay changes, from a template with `{token}`s:
 *
 *   {environment}  the environment (empty: `deploy({environment}):` becomes `deploy:`)
 *   {image}        the image name(s), comma-separated
 *   {from} {to}    old and new value(s) (`sha-1a2b3c4`, `repo:tag@sha256:…`), comma-separated
 *   {sha}          the short SHA (7) of the commit being deployed
 *   {changes}      `api sha-1 → sha-2, worker sha-3 → sha-4`
 *
 * Digests are shortened to 12 hex characters in the subject; with more than one change, a
 * body lists each change in full.
 */


/** The commit-message input's default: 'deploy({environment}): {changes} ({sha}) [skip ci]'. */
const DEFAULT_COMMIT_MESSAGE = _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m['commit-message'].default;
const COMMIT_MESSAGE_TOKENS = [
    'environment',
    'image',
    'from',
    'to',
    'sha',
    'changes',
];
/** Tags alone read best in a commit subject; the full values only when the repository moved. */
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
/** Throws InputError('commit-message') for an unknown token. */
function checkCommitTemplate(template, input = 'commit-message') {
    for (const [, name = ''] of template.matchAll(TOKEN_RE)) {
        if (!isToken(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `unknown token {${name}}`, `use ${COMMIT_MESSAGE_TOKENS.map((t) => `{${t}}`).join(', ')}`);
        }
    }
}
function short(value) {
    return value.replace(/(@sha\d+:[0-9a-f]{12})[0-9a-f]+/g, '$1');
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
        // Empty tokens leave `()` behind: `deploy():` → `deploy:`.
        .replace(/\(\s*\)/g, '')
        .replace(/[ \t]{2,}/g, ' ')
        .trim();
    if (vars.changes.length < 2)
        return subject;
    const body = vars.changes.map((c) => `- ${c.image}: ${arrow(c)}`).join('\n');
    return `${subject}\n\n${body}`;
}


/***/ }),

/***/ 5284:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ checkEdit),
/* harmony export */   ft: () => (/* binding */ dataKeys),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports selectorMatches, dataAt, withValue */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2875);
/**
 * Key paths over plain parsed data (what yaml's toJS, JSON.parse or the tfvars parser give):
 * used to compute what a document must hold after an edit, and to list the keys a file has.
 */


function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Indices of the list elements a selector picks. */
function selectorMatches(list, field, equals) {
    const out = [];
    list.forEach((item, i) => {
        if (!isRecord(item))
            return;
        const v = item[field];
        if ((typeof v === 'string' || typeof v === 'number') && String(v) === equals)
            out.push(i);
    });
    return out;
}
function step(data, seg) {
    if ((0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelector */ .cB)(seg)) {
        if (!Array.isArray(data))
            return undefined;
        const [only, ...more] = selectorMatches(data, seg.field, seg.equals);
        return only === undefined || more.length > 0 ? undefined : { key: only };
    }
    if (Array.isArray(data) && typeof seg === 'number')
        return { key: seg };
    return { key: String(seg) };
}
/** The value at `path`, or undefined. */
function dataAt(data, path) {
    let node = data;
    for (const seg of path) {
        const s = step(node, seg);
        if (!s)
            return undefined;
        if (Array.isArray(node) && typeof s.key === 'number')
            node = node[s.key];
        else if (isRecord(node))
            node = Object.hasOwn(node, s.key) ? node[s.key] : undefined;
        else
            return undefined;
    }
    return node;
}
/**
 * `data` with `value` at `path`, creating mappings on the way (as a writer that creates a
 * missing key does). Throws when the path cannot exist in `data` (a selector that matches no
 * single element, a key under a value).
 */
function withValue(data, path, value) {
    const [head, ...rest] = path;
    if (head === undefined)
        return value;
    const s = step(data, head);
    if (!s)
        throw new Error(`no single element matches ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([head])}`);
    if (Array.isArray(data)) {
        if (typeof s.key !== 'number' || s.key >= data.length) {
            throw new Error(`no element ${String(s.key)} in a list of ${data.length}`);
        }
        const copy = [...data];
        copy[s.key] = withValue(copy[s.key], rest, value);
        return copy;
    }
    if (data !== undefined && data !== null && !isRecord(data)) {
        throw new Error(`cannot set ${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(path)} under a value`);
    }
    const key = String(s.key);
    const entries = Object.entries(data ?? {}).filter(([k]) => k !== key);
    const old = isRecord(data) && Object.hasOwn(data, key) ? data[key] : undefined;
    return Object.fromEntries([...entries, [key, withValue(old, rest, value)]]);
}
/**
 * The key paths of the values in `data`, in document order, for "the file has …" messages.
 * List elements with a string `name` are written `[name=…]`, others by index.
 */
function dataKeys(data, limit = 500) {
    const out = [];
    const walk = (node, path) => {
        if (out.length >= limit)
            return;
        if (Array.isArray(node)) {
            const list = node;
            list.forEach((item, i) => {
                const name = isRecord(item) ? item.name : undefined;
                const unique = typeof name === 'string' &&
                    /^[A-Za-z0-9_./:@-]+$/.test(name) &&
                    selectorMatches(list, 'name', name).length === 1;
                walk(item, unique ? [...path, { field: 'name', equals: name }] : [...path, i]);
            });
            return;
        }
        if (isRecord(node) && Object.getPrototypeOf(node) === Object.prototype) {
            for (const [k, v] of Object.entries(node))
                walk(v, [...path, k]);
            return;
        }
        if (path.length > 0)
            out.push((0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(path));
    };
    walk(data, []);
    return out;
}
/**
 * The self-check of one byte edit: `next` parsed again must hold exactly `before`'s data with
 * `value` at `path`. Returns the parsed file; otherwise throws `refuse(message)`, and the
 * caller writes nothing.
 */
function checkEdit(edit) {
    const fail = (why) => edit.refuse(`${edit.file}: refusing to write "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(edit.path)}": the edit ${why}; the file was not changed (please report this)`);
    let after;
    try {
        after = edit.parse(edit.next);
    }
    catch (err) {
        throw fail(`produced ${edit.invalid} (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(after.data, withValue(edit.before.data, edit.path, edit.value))) {
        throw fail('changed more than that value');
    }
    return after;
}


/***/ }),

/***/ 3153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ openDocument)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/overlay/data-path.ts
var data_path = __nccwpck_require__(5284);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __nccwpck_require__(2875);
;// CONCATENATED MODULE: ./src/overlay/text-offsets.ts
/**
 * Character offsets in a file's text, shared by the byte-preserving editors (json-edit.ts,
 * tfvars.ts, yaml-edit.ts): the line and column of an offset, the indentation of a line, and a
 * splice — the new characters that replace one range.
 */
function lineIndex(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    const line = (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    return { line, column: (offset) => offset - (starts[line(offset) - 1] ?? 0) + 1 };
}
/** The spaces and tabs that start the line `offset` is on, up to `offset`. */
function lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}
function applySplice(text, s) {
    return text.slice(0, s.start) + s.text + text.slice(s.end);
}

;// CONCATENATED MODULE: ./src/overlay/json-edit.ts
/**
 * Byte-preserving JSON edits (`*.json`, `*.tfvars.json`). A small tokenizer finds where each
 * value is (character offsets); an edit splices new characters into the original text, so
 * indentation, key order, a BOM, CRLF and the final newline stay as they were. A missing key
 * is created in the file's own style (its indentation unit, `:` spacing and newline).
 *
 * Every edit is checked afterwards with JSON.parse: the new text must parse and equal the old
 * data with only the written value changed.
 */




/** A JSON file that cannot be read or edited; the message names the file (and line). */
class JsonError extends errors/* UserError */.yo {
    name = 'JsonError';
}
/** Nesting deeper than this is refused (the parser is recursive). */
const MAX_DEPTH = 512;
class Parser {
    text;
    fail;
    pos;
    constructor(text, fail) {
        this.text = text;
        this.fail = fail;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    ws() {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                this.pos++;
            else
                break;
        }
    }
    value(depth) {
        if (depth > MAX_DEPTH)
            this.fail(this.pos, `nested more than ${MAX_DEPTH} levels deep`);
        this.ws();
        const t = this.text;
        const start = this.pos;
        const c = t[start];
        if (c === '{')
            return this.object(depth);
        if (c === '[')
            return this.array(depth);
        if (c === '"')
            return { kind: 'string', start, end: this.string(), value: this.decoded(start) };
        for (const word of ['true', 'false', 'null']) {
            if (t.startsWith(word, start)) {
                this.pos += word.length;
                return { kind: word, start, end: this.pos };
            }
        }
        const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
        m.lastIndex = start;
        if (m.exec(t)) {
            this.pos = m.lastIndex;
            return { kind: 'number', start, end: this.pos };
        }
        return this.fail(start, c === undefined ? 'unexpected end of file' : `unexpected "${c}"`);
    }
    /** Scans a string starting at this.pos (a `"`); returns its end offset. */
    string() {
        const t = this.text;
        const start = this.pos;
        let i = start + 1;
        for (;;) {
            const c = t.charCodeAt(i);
            if (Number.isNaN(c))
                this.fail(start, 'unterminated string');
            if (c === 34)
                break;
            if (c < 0x20)
                this.fail(i, 'a control character (e.g. a newline) inside a string');
            if (c === 92) {
                const e = t[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6)))
                        this.fail(i, 'invalid \\u escape');
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e))
                    this.fail(i, 'invalid escape');
                i += 2;
                continue;
            }
            i++;
        }
        this.pos = i + 1;
        return this.pos;
    }
    decoded(start) {
        return JSON.parse(this.text.slice(start, this.pos));
    }
    object(depth) {
        const start = this.pos;
        this.pos++;
        const members = [];
        this.ws();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return { kind: 'object', start, end: this.pos, members };
        }
        for (;;) {
            this.ws();
            const keyStart = this.pos;
            if (this.text[keyStart] !== '"')
                this.fail(keyStart, 'expected a "quoted" key');
            const keyEnd = this.string();
            const key = this.decoded(keyStart);
            this.ws();
            if (this.text[this.pos] !== ':')
                this.fail(this.pos, 'expected ":" after a key');
            this.pos++;
            const value = this.value(depth + 1);
            members.push({ key, keyStart, keyEnd, value });
            this.ws();
            const c = this.text[this.pos];
            this.pos++;
            if (c === '}')
                return { kind: 'object', start, end: this.pos, members };
            if (c !== ',')
                this.fail(this.pos - 1, 'expected "," or "}"');
        }
    }
    array(depth) {
        const start = this.pos;
        this.pos++;
        const items = [];
        this.ws();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return { kind: 'array', start, end: this.pos, items };
        }
        for (;;) {
            items.push(this.value(depth + 1));
            this.ws();
            const c = this.text[this.pos];
            this.pos++;
            if (c === ']')
                return { kind: 'array', start, end: this.pos, items };
            if (c !== ',')
                this.fail(this.pos - 1, 'expected "," or "]"');
        }
    }
}
/** Parses and checks a JSON file (a BOM is allowed and kept). */
function parseJson(text, file) {
    const lines = lineIndex(text);
    const fail = (offset, why) => {
        throw new JsonError(`${file}:${lines.line(offset)}:${lines.column(offset)}: invalid JSON: ${why} — fix the file first`);
    };
    const parser = new Parser(text, fail);
    const root = parser.value(0);
    parser.ws();
    if (parser.pos < text.length)
        fail(parser.pos, 'more content after the JSON value');
    let data;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (err) {
        throw new JsonError(`${file}: invalid JSON: ${err instanceof Error ? err.message : String(err)} — fix the file first`);
    }
    return {
        text,
        file,
        root,
        data,
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        line: lines.line,
    };
}
function describe(node) {
    switch (node?.kind) {
        case undefined:
            return 'missing';
        case 'object':
            return 'an object';
        case 'array':
            return 'a list';
        case 'null':
            return 'null';
        default:
            return 'a value';
    }
}
function where(f, path, node) {
    const name = path.length === 0 ? 'the document' : `"${(0,key_path/* formatKeyPath */.K7)(path)}"`;
    return `${f.file}${node ? `:${f.line(node.start)}` : ''}: ${name}`;
}
function memberIndex(f, obj, key, path) {
    const found = obj.members.flatMap((m, i) => (m.key === key ? [i] : []));
    if (found.length > 1) {
        throw new JsonError(`${where(f, path)} is there ${found.length} times (lines ${found.map((i) => f.line(obj.members[i]?.keyStart ?? 0)).join(', ')}); readers disagree on which one counts — remove the others`);
    }
    return found[0];
}
function selectItem(f, list, seg, path) {
    const found = [];
    list.items.forEach((item, i) => {
        if (item.kind !== 'object')
            return;
        const field = item.members.find((m) => m.key === seg.field)?.value;
        if (field?.kind === 'string' && field.value === seg.equals)
            found.push(i);
        else if (field?.kind === 'number' && f.text.slice(field.start, field.end) === seg.equals)
            found.push(i);
    });
    if (found.length > 1) {
        throw new JsonError(`${where(f, path)} matches ${found.length} list elements (lines ${found.map((i) => f.line(list.items[i]?.start ?? 0)).join(', ')}); make the selector unique`);
    }
    return found[0];
}
/**
 * Finds `path`. Throws a JsonError when it goes through something that is not an object or
 * list, or through a selector that picks no element.
 */
function locate(f, path) {
    let node = f.root;
    const concrete = [];
    for (const [depth, seg] of path.entries()) {
        const here = path.slice(0, depth);
        if (node.kind === 'object' && !(0,key_path/* isSelector */.cB)(seg)) {
            const i = memberIndex(f, node, String(seg), path.slice(0, depth + 1));
            const member = i === undefined ? undefined : node.members[i];
            if (!member)
                return { kind: 'missing', depth, obj: node, path: [...concrete, ...path.slice(depth)] };
            concrete.push(String(seg));
            node = member.value;
            continue;
        }
        if (node.kind === 'array' && (typeof seg === 'number' || (0,key_path/* isSelector */.cB)(seg))) {
            const i = (0,key_path/* isSelector */.cB)(seg) ? selectItem(f, node, seg, path.slice(0, depth + 1)) : seg;
            const item = i === undefined ? undefined : node.items[i];
            if (item === undefined || i === undefined) {
                throw new JsonError((0,key_path/* isSelector */.cB)(seg)
                    ? `${where(f, here, node)} has no element with "${seg.field}": "${seg.equals}"; image-promote does not add list elements — add it to the file first`
                    : `${where(f, here, node)} has ${node.items.length} items, so there is no item ${String(seg)}`);
            }
            concrete.push(i);
            node = item;
            continue;
        }
        throw new JsonError(`${where(f, here, node)} is ${describe(node)}, not ${(0,key_path/* isSelector */.cB)(seg) || typeof seg === 'number' ? 'a list' : 'an object'}, so it has no ${(0,key_path/* isSelector */.cB)(seg) ? 'element' : 'key'} "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
    }
    return { kind: 'found', node, path: concrete };
}
/** The node at `path` (undefined when a key on the way is missing). */
function jsonNode(f, path) {
    const found = locate(f, path);
    return found.kind === 'found' ? found.node : undefined;
}
/**
 * The text of the value at `path`: strings as they are, numbers and booleans as spelled;
 * undefined when missing or null. A JsonError when it is an object or a list.
 */
function jsonValue(f, path) {
    const node = jsonNode(f, path);
    if (node === undefined || node.kind === 'null')
        return undefined;
    const line = f.line(node.start);
    if (node.kind === 'string')
        return { text: node.value, line };
    if (node.kind === 'object' || node.kind === 'array') {
        throw new JsonError(`${where(f, path, node)} is ${describe(node)}, not a single value`);
    }
    return { text: f.text.slice(node.start, node.end), line };
}
function isMultiline(f, node) {
    return f.text.slice(node.start, node.end).includes('\n');
}
function detectStyle(f) {
    let unit;
    let colon;
    const visit = (node) => {
        if (node.kind === 'object') {
            const first = node.members[0];
            if (first) {
                if (colon === undefined) {
                    const between = f.text.slice(first.keyEnd, first.value.start);
                    if (!between.includes('\n'))
                        colon = between;
                }
                if (unit === undefined && isMultiline(f, node)) {
                    const outer = lineIndent(f.text, node.start);
                    const inner = lineIndent(f.text, first.keyStart);
                    if (inner.startsWith(outer) && inner.length > outer.length)
                        unit = inner.slice(outer.length);
                }
            }
            for (const m of node.members) {
                if (unit !== undefined && colon !== undefined)
                    return;
                visit(m.value);
            }
        }
        else if (node.kind === 'array') {
            for (const item of node.items) {
                if (unit !== undefined && colon !== undefined)
                    return;
                visit(item);
            }
        }
    };
    visit(f.root);
    const multiline = isMultiline(f, f.root);
    return { newline: f.newline, unit: unit ?? (multiline ? '  ' : undefined), colon: colon ?? ': ' };
}
function renderMember(keys, value, indent, style, multiline) {
    const [head, ...rest] = keys;
    if (head === undefined)
        return JSON.stringify(value);
    const key = JSON.stringify(head) + style.colon;
    if (rest.length === 0)
        return key + JSON.stringify(value);
    if (multiline && style.unit !== undefined) {
        const inner = indent + style.unit;
        return `${key}{${style.newline}${inner}${renderMember(rest, value, inner, style, true)}${style.newline}${indent}}`;
    }
    return `${key}{${renderMember(rest, value, indent, style, false)}}`;
}
function insertMember(f, obj, keys, value) {
    const style = detectStyle(f);
    const last = obj.members[obj.members.length - 1];
    const multiline = isMultiline(f, obj) && style.unit !== undefined;
    if (last && multiline) {
        const first = obj.members[0] ?? last;
        const indent = lineIndent(f.text, first.keyStart);
        const at = last.value.end;
        const member = renderMember(keys, value, indent, style, true);
        return { start: at, end: at, text: `,${style.newline}${indent}${member}` };
    }
    if (last) {
        const second = obj.members[1];
        const first = obj.members[0];
        const comma = first && second
            ? f.text.slice(first.value.end, second.keyStart)
            : style.colon.endsWith(' ')
                ? ', '
                : ',';
        const at = last.value.end;
        return { start: at, end: at, text: comma + renderMember(keys, value, '', style, false) };
    }
    // An empty object: one member on its own line in a multi-line file, inline otherwise.
    if (style.unit !== undefined && isMultiline(f, f.root)) {
        const outer = lineIndent(f.text, obj.start);
        const inner = outer + style.unit;
        const member = renderMember(keys, value, inner, style, true);
        return {
            start: obj.start,
            end: obj.end,
            text: `{${style.newline}${inner}${member}${style.newline}${outer}}`,
        };
    }
    return {
        start: obj.start,
        end: obj.end,
        text: `{${renderMember(keys, value, '', style, false)}}`,
    };
}
function planSet(f, set) {
    const found = locate(f, set.path);
    if (found.kind === 'missing') {
        const rest = set.path.slice(found.depth);
        const keys = rest.map((seg) => {
            if (typeof seg !== 'string') {
                throw new JsonError(`${where(f, set.path.slice(0, found.depth))} has no "${(0,key_path/* formatKeyPath */.K7)(rest)}" and image-promote does not add list elements — add it to the file first`);
            }
            return seg;
        });
        return { splice: insertMember(f, found.obj, keys, set.value), path: found.path };
    }
    const { node } = found;
    if (node.kind === 'object' || node.kind === 'array') {
        throw new JsonError(`${where(f, set.path, node)} is ${describe(node)}, not a single value`);
    }
    if (node.kind === 'string' && node.value === set.value)
        return { path: found.path };
    return {
        splice: { start: node.start, end: node.end, text: JSON.stringify(set.value) },
        path: found.path,
    };
}
/**
 * Applies `sets` in order to `text` and returns the new text. Each set replaces only the
 * bytes of one value (or inserts one member); the result is checked with JSON.parse.
 */
function editJson(text, file, sets) {
    let f = parseJson(text, file);
    for (const set of sets) {
        const planned = planSet(f, set);
        if (!planned.splice)
            continue;
        f = (0,data_path/* checkEdit */.DM)({
            file,
            before: f,
            next: applySplice(f.text, planned.splice),
            path: planned.path,
            value: set.value,
            parse: (t) => parseJson(t, file),
            invalid: 'invalid JSON',
            refuse: (message) => new JsonError(message),
        });
    }
    return f.text;
}

;// CONCATENATED MODULE: ./src/overlay/tfvars.ts
/**
 * Terraform variable files (`*.tfvars`, HCL native syntax): read and write `name = "value"`
 * attributes at the top level and inside object constructors (`image = { tag = "v1" }`) by
 * key path. A tokenizer finds where everything is; an edit splices new characters into the
 * original text, so comments (`#`, `//`, `/* *\/`), alignment, heredocs and every other value
 * stay exactly as they were.
 *
 * Only plain quoted strings are read and written. A value that is anything else — an
 * expression, a reference, a number, a list, a heredoc, a string with `${…}` interpolation or
 * a `%{…}` directive — is refused with the file, line and key: image-promote cannot know what
 * it evaluates to, and replacing it would change more than the image.
 *
 * Every edit is checked afterwards: the new text is parsed again and must hold the same
 * values as before except the one written.
 */




/** A variables file that cannot be read or edited; the message names the file and line. */
class TfvarsError extends errors/* UserError */.yo {
    name = 'TfvarsError';
}
/** A value that is not a plain string, kept as its source text (for comparisons). */
class TfvarsOpaque {
    what;
    raw;
    constructor(what, raw) {
        this.what = what;
        this.raw = raw;
    }
}
// ---------------------------------------------------------------------------------------
// Tokens
const IDENT_RE = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
const NUMBER_RE = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const OPERATORS = ['==', '!=', '<=', '>=', '=>', '&&', '||', '...'];
class Scanner {
    text;
    fail;
    tokens = [];
    pos;
    constructor(text, fail) {
        this.text = text;
        this.fail = fail;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    push(kind, start, end, extra = {}) {
        this.tokens.push({ kind, start, end, ...extra });
        this.pos = end;
    }
    scan() {
        const t = this.text;
        while (this.pos < t.length) {
            const start = this.pos;
            const c = t[start] ?? '';
            if (c === ' ' || c === '\t') {
                this.pos++;
            }
            else if (c === '\n') {
                this.push('nl', start, start + 1);
            }
            else if (c === '\r' && t[start + 1] === '\n') {
                this.push('nl', start, start + 2);
            }
            else if (c === '#' || (c === '/' && t[start + 1] === '/')) {
                let end = t.indexOf('\n', start);
                if (end === -1)
                    end = t.length;
                if (t[end - 1] === '\r')
                    end--;
                this.push('comment', start, end);
            }
            else if (c === '/' && t[start + 1] === '*') {
                const close = t.indexOf('*/', start + 2);
                if (close === -1)
                    this.fail(start, 'a /* comment is never closed');
                this.push('comment', start, close + 2);
            }
            else if (c === '"') {
                this.quoted(start);
            }
            else if (c === '<' && t[start + 1] === '<' && /[-A-Za-z_]/.test(t[start + 2] ?? '')) {
                this.heredoc(start);
            }
            else if (this.sticky(IDENT_RE, start) !== undefined) {
                this.push('ident', start, this.sticky(IDENT_RE, start) ?? start);
            }
            else if (this.sticky(NUMBER_RE, start) !== undefined) {
                this.push('number', start, this.sticky(NUMBER_RE, start) ?? start);
            }
            else {
                const op = OPERATORS.find((o) => t.startsWith(o, start));
                this.push('punct', start, start + (op?.length ?? 1));
            }
        }
        return this.tokens;
    }
    sticky(re, at) {
        re.lastIndex = at;
        return re.exec(this.text) ? re.lastIndex : undefined;
    }
    /** A quoted template `"…"`; plain when it has no `${…}` or `%{…}`. */
    quoted(start) {
        const t = this.text;
        let i = start + 1;
        let value = '';
        let notPlain;
        for (;;) {
            const c = t[i];
            if (c === undefined || c === '\n' || c === '\r') {
                this.fail(start, 'a quoted string is not closed on its line (use a heredoc for text over several lines)');
            }
            if (c === '"')
                break;
            if (c === '\\') {
                const e = t[i + 1];
                const simple = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
                if (e !== undefined && simple[e] !== undefined) {
                    value += simple[e];
                    i += 2;
                    continue;
                }
                const hex = e === 'u' ? 4 : e === 'U' ? 8 : 0;
                const digits = t.slice(i + 2, i + 2 + hex);
                if (hex === 0 || !new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) {
                    this.fail(i, `invalid escape "\\${e ?? ''}" in a string`);
                }
                const code = Number.parseInt(digits, 16);
                if (code > 0x10ffff)
                    this.fail(i, 'invalid unicode escape in a string');
                value += String.fromCodePoint(code);
                i += 2 + hex;
                continue;
            }
            if ((c === '$' || c === '%') && t[i + 1] === c && t[i + 2] === '{') {
                // `$${` and `%%{` are a literal `${` and `%{`.
                value += `${c}{`;
                i += 3;
                continue;
            }
            if ((c === '$' || c === '%') && t[i + 1] === '{') {
                notPlain ??=
                    c === '$' ? 'a string with ${…} interpolation' : 'a string with a %{…} directive';
                i = this.templateEnd(i + 2, start);
                continue;
            }
            value += c;
            i++;
        }
        this.push('string', start, i + 1, notPlain === undefined ? { value } : { notPlain });
    }
    /** The offset after the `}` that closes a `${` or `%{` opened before `from`. */
    templateEnd(from, stringStart) {
        const t = this.text;
        let depth = 1;
        let i = from;
        while (i < t.length) {
            const c = t[i];
            if (c === '"') {
                // A string inside the interpolation: skip it, with its own interpolations.
                i++;
                while (i < t.length && t[i] !== '"') {
                    if (t[i] === '\\')
                        i += 2;
                    else if ((t[i] === '$' || t[i] === '%') && t[i + 1] === '{')
                        i = this.templateEnd(i + 2, stringStart);
                    else
                        i++;
                }
                i++;
                continue;
            }
            if (c === '{')
                depth++;
            if (c === '}' && --depth === 0)
                return i + 1;
            i++;
        }
        return this.fail(stringStart, 'a ${…} in a string is never closed');
    }
    /** `<<EOF` / `<<-EOF` up to and including the closing marker. */
    heredoc(start) {
        const t = this.text;
        const m = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)(\r?\n)/uy;
        m.lastIndex = start;
        const found = m.exec(t);
        if (!found)
            this.fail(start, 'a heredoc marker (<<EOF) must be followed by a new line');
        const marker = found[2] ?? '';
        let lineStart = m.lastIndex;
        while (lineStart <= t.length) {
            let lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = t.length;
            const line = t.slice(lineStart, lineEnd).replace(/\r$/, '');
            if (line.trim() === marker) {
                const end = lineStart + line.length - (line.length - line.trimEnd().length);
                this.push('heredoc', start, end);
                return;
            }
            if (lineEnd === t.length)
                break;
            lineStart = lineEnd + 1;
        }
        this.fail(start, `the heredoc <<${found[1] ?? ''}${marker} is never closed (no line with ${marker})`);
    }
}
// ---------------------------------------------------------------------------------------
// Structure
const OPEN = { '(': ')', '[': ']', '{': '}' };
class TfParser {
    text;
    toks;
    fail;
    line;
    i = 0;
    constructor(text, toks, fail, line) {
        this.text = text;
        this.toks = toks;
        this.fail = fail;
        this.line = line;
    }
    src(t) {
        return this.text.slice(t.start, t.end);
    }
    peek(skipNewlines) {
        let j = this.i;
        while (j < this.toks.length) {
            const t = this.toks[j];
            if (t && (t.kind === 'comment' || (skipNewlines && t.kind === 'nl')))
                j++;
            else
                return t;
        }
        return undefined;
    }
    next(skipNewlines) {
        while (this.i < this.toks.length) {
            const t = this.toks[this.i++];
            if (t && (t.kind === 'comment' || (skipNewlines && t.kind === 'nl')))
                continue;
            return t;
        }
        return undefined;
    }
    body() {
        const items = [];
        const seen = new Map();
        for (;;) {
            const key = this.next(true);
            if (!key)
                return items;
            if (key.kind !== 'ident') {
                this.fail(key.start, `expected a variable name, found "${this.src(key)}"`);
            }
            const eq = this.next(false);
            if (!eq || this.src(eq) !== '=') {
                const blockLike = eq && (this.src(eq) === '{' || eq.kind === 'string' || eq.kind === 'ident');
                this.fail(eq?.start ?? key.end, blockLike
                    ? `"${this.src(key)}" is a block; a variables file holds only name = value attributes`
                    : `expected "=" after "${this.src(key)}"`);
            }
            const value = this.expression(['nl']);
            const after = this.next(false);
            if (after && after.kind !== 'nl') {
                this.fail(after.start, `unexpected "${this.src(after)}" after the value of "${this.src(key)}"`);
            }
            const item = {
                key: this.src(key),
                keyStart: key.start,
                keyEnd: key.end,
                eq: eq.start,
                value,
                comma: false,
            };
            this.duplicate(seen, item);
            items.push(item);
        }
    }
    duplicate(seen, item) {
        const twin = seen.get(item.key);
        if (twin) {
            this.fail(item.keyStart, `"${item.key}" is set twice (also on line ${this.line(twin.keyStart)}); Terraform refuses that — remove one`);
        }
        seen.set(item.key, item);
    }
    /** The tokens of one expression: up to a terminator at bracket depth 0. */
    expression(terminators) {
        const first = this.i;
        const stack = [];
        let j = this.i;
        for (; j < this.toks.length; j++) {
            const t = this.toks[j];
            if (!t)
                break;
            const s = t.kind === 'punct' ? this.src(t) : '';
            if (stack.length === 0) {
                if (t.kind === 'nl' && terminators.includes('nl'))
                    break;
                if (t.kind === 'punct' && terminators.includes(s))
                    break;
            }
            if (t.kind !== 'punct')
                continue;
            if (OPEN[s] !== undefined)
                stack.push(OPEN[s]);
            else if (s === ')' || s === ']' || s === '}') {
                if (stack.pop() !== s)
                    this.fail(t.start, `unexpected "${s}"`);
            }
        }
        if (stack.length > 0) {
            this.fail(this.toks[first]?.start ?? this.text.length, `a "${stack[stack.length - 1] === '}' ? '{' : stack[stack.length - 1] === ']' ? '[' : '('}" is never closed`);
        }
        const toks = this.toks.slice(first, j).filter((t) => t.kind !== 'comment' && t.kind !== 'nl');
        this.i = j;
        const head = toks[0];
        const tail = toks[toks.length - 1];
        if (!head || !tail) {
            return this.fail(this.toks[j]?.start ?? this.text.length, 'expected a value');
        }
        const range = { start: head.start, end: tail.end };
        if (toks.length === 1) {
            if (head.kind === 'string') {
                return head.value !== undefined
                    ? { kind: 'string', value: head.value, ...range }
                    : { kind: 'other', what: head.notPlain ?? 'a template', ...range };
            }
            if (head.kind === 'heredoc')
                return { kind: 'other', what: 'a heredoc', ...range };
            if (head.kind === 'number')
                return { kind: 'other', what: 'a number', ...range };
            const word = this.src(head);
            if (word === 'true' || word === 'false')
                return { kind: 'other', what: 'a bool', ...range };
            if (word === 'null')
                return { kind: 'other', what: 'null', ...range };
        }
        const open = this.src(head);
        const headAt = this.toks.indexOf(head, first);
        const tailAt = this.toks.lastIndexOf(tail, j);
        if (head.kind === 'punct' && open === '{' && this.closes(headAt, tailAt)) {
            const inner = this.toks
                .slice(headAt + 1, tailAt)
                .find((t) => t.kind !== 'nl' && t.kind !== 'comment');
            if (!(inner?.kind === 'ident' && this.src(inner) === 'for')) {
                const saved = this.i;
                this.i = headAt + 1;
                const object = this.object(head, tail);
                this.i = saved;
                if (object)
                    return object;
                return { kind: 'other', what: 'an object with computed keys', ...range };
            }
            return { kind: 'other', what: 'a for expression', ...range };
        }
        if (head.kind === 'punct' && open === '[' && this.closes(headAt, tailAt)) {
            return { kind: 'other', what: 'a list', ...range };
        }
        return { kind: 'other', what: 'an expression', ...range };
    }
    /** Whether the bracket at token `open` is closed by the token at `close` (one collection). */
    closes(open, close) {
        let depth = 0;
        for (let j = open; j <= close; j++) {
            const t = this.toks[j];
            if (!t || t.kind !== 'punct')
                continue;
            const s = this.src(t);
            if (OPEN[s] !== undefined)
                depth++;
            else if (s === ')' || s === ']' || s === '}') {
                depth--;
                if (depth === 0)
                    return j === close;
            }
        }
        return false;
    }
    /** Items of an object constructor whose `{` is `open`; undefined when a key is computed. */
    object(open, close) {
        const items = [];
        const seen = new Map();
        for (;;) {
            let key = this.next(true);
            while (key && key.kind === 'punct' && this.src(key) === ',')
                key = this.next(true);
            if (!key)
                this.fail(open.start, 'an object is never closed');
            if (key === close)
                return { kind: 'object', start: open.start, end: close.end, items };
            let name;
            if (key.kind === 'ident')
                name = this.src(key);
            else if (key.kind === 'string' && key.value !== undefined)
                name = key.value;
            else if (key.kind === 'punct' && this.src(key) === '(')
                return undefined;
            else
                return this.fail(key.start, `unexpected "${this.src(key)}" where an object key belongs`);
            const eq = this.next(false);
            if (!eq || (this.src(eq) !== '=' && this.src(eq) !== ':')) {
                return this.fail(eq?.start ?? key.end, `expected "=" after the key "${name}"`);
            }
            const value = this.expression(['nl', ',', '}']);
            const after = this.peek(false);
            const comma = after?.kind === 'punct' && this.src(after) === ',';
            if (after && after !== close && !comma && after.kind !== 'nl') {
                this.fail(after.start, `unexpected "${this.src(after)}" after the value of "${name}"`);
            }
            const item = {
                key: name,
                keyStart: key.start,
                keyEnd: key.end,
                eq: eq.start,
                value,
                comma,
            };
            this.duplicate(seen, item);
            items.push(item);
        }
    }
}
function toData(text, value) {
    if (value.kind === 'string')
        return value.value;
    if (value.kind === 'object')
        return itemsData(text, value.items);
    return new TfvarsOpaque(value.what, text.slice(value.start, value.end));
}
function itemsData(text, items) {
    return Object.fromEntries(items.map((i) => [i.key, toData(text, i.value)]));
}
/** Parses a variables file; a TfvarsError (file:line:column) when it is not valid. */
function parseTfvars(text, file) {
    const { line, column } = lineIndex(text);
    const fail = (offset, why) => {
        throw new TfvarsError(`${file}:${line(offset)}:${column(offset)}: not a valid variables file: ${why} — fix the file first`);
    };
    const toks = new Scanner(text, fail).scan();
    const items = new TfParser(text, toks, fail, line).body();
    return {
        text,
        file,
        items,
        data: itemsData(text, items),
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        line,
    };
}
function keyOf(path, f) {
    return path.map((seg) => {
        if (typeof seg === 'string')
            return seg;
        throw new TfvarsError(`${f.file}: key "${(0,key_path/* formatKeyPath */.K7)(path)}" has ${(0,key_path/* isSelector */.cB)(seg) ? `a list selector [${seg.field}=${seg.equals}]` : `a list index ${seg}`}; in a variables file image-promote goes through objects only (name.key.key)`);
    });
}
function notPlain(f, path, value) {
    const raw = f.text.slice(value.start, value.end);
    const shown = raw.length > 60 || raw.includes('\n') ? `${raw.split(/\r?\n/)[0]?.slice(0, 60) ?? ''}…` : raw;
    const what = value.kind === 'object' ? 'an object' : value.kind === 'other' ? value.what : 'a string';
    return new TfvarsError(`${f.file}:${f.line(value.start)}: "${(0,key_path/* formatKeyPath */.K7)(path)}" is ${what} (${shown}), not a plain "…" string; image-promote reads and writes only plain strings — write the value as a quoted string, or point the key at one`);
}
function tfvars_locate(f, path) {
    const keys = keyOf(path, f);
    let items = f.items;
    let parent;
    for (const [depth, key] of keys.entries()) {
        const item = items.find((i) => i.key === key);
        if (!item)
            return parent ? { kind: 'missing', depth, items, parent } : { kind: 'missing', depth, items };
        if (depth === keys.length - 1)
            return { kind: 'found', item };
        if (item.value.kind !== 'object') {
            throw new TfvarsError(`${f.file}:${f.line(item.value.start)}: "${(0,key_path/* formatKeyPath */.K7)(path.slice(0, depth + 1))}" is ${item.value.kind === 'string' ? 'a string' : item.value.what}, not an object, so it has no key "${keys[depth + 1] ?? ''}"`);
        }
        parent = item.value;
        items = item.value.items;
    }
    throw new Error('internal error: empty key path');
}
/** The string at `path`, undefined when missing; a TfvarsError when it is not a plain string. */
function tfvarsValue(f, path) {
    const found = tfvars_locate(f, path);
    if (found.kind === 'missing')
        return undefined;
    const { value } = found.item;
    if (value.kind !== 'string')
        throw notPlain(f, path, value);
    return { text: value.value, line: f.line(value.start) };
}
/** Whether something (of any kind) is at `path`. */
function tfvarsHas(f, path) {
    return tfvars_locate(f, path).kind === 'found';
}
// ---------------------------------------------------------------------------------------
// Writing
/** `value` as an HCL quoted string that reads back as exactly `value` (no interpolation). */
function quoteHcl(value) {
    let out = '"';
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    out += '"';
    // `${` and `%{` start templates: double the sigil to keep them literal.
    return out.replace(/([$%])\{/g, '$1$1{');
}
function renderKey(key, topLevel, f) {
    if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key))
        return key;
    if (topLevel) {
        throw new TfvarsError(`${f.file}: "${key}" is not a valid variable name`);
    }
    return quoteHcl(key);
}
function lineEndAfter(text, pos) {
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? text.length : nl + 1;
}
function detectUnit(f) {
    const visit = (items) => {
        for (const item of items) {
            if (item.value.kind !== 'object')
                continue;
            const first = item.value.items[0];
            if (first && f.text.slice(item.value.start, first.keyStart).includes('\n')) {
                const outer = lineIndent(f.text, item.keyStart);
                const inner = lineIndent(f.text, first.keyStart);
                if (inner.startsWith(outer) && inner.length > outer.length)
                    return inner.slice(outer.length);
            }
            const deeper = visit(item.value.items);
            if (deeper !== undefined)
                return deeper;
        }
        return undefined;
    };
    return visit(f.items) ?? '  ';
}
/** `key = "value"` or `key = { … }` for the keys still missing. */
function renderItem(f, keys, value, indent, unit, multiline, topLevel, width) {
    const [head, ...rest] = keys;
    if (head === undefined)
        return quoteHcl(value);
    const key = renderKey(head, topLevel, f).padEnd(width);
    if (rest.length === 0)
        return `${key} = ${quoteHcl(value)}`;
    if (multiline) {
        const inner = indent + unit;
        return `${key} = {${f.newline}${inner}${renderItem(f, rest, value, inner, unit, true, false, 0)}${f.newline}${indent}}`;
    }
    return `${key} = { ${renderItem(f, rest, value, indent, unit, false, false, 0)} }`;
}
/** Width to pad a new key to so its `=` lines up with the item above (as `terraform fmt` does). */
function alignedWidth(f, above, key) {
    if (!above || f.text.slice(above.keyEnd, above.eq).includes('\n'))
        return 0;
    if (f.text.slice(above.value.start, above.value.end).includes('\n'))
        return 0;
    const width = above.eq - above.keyStart - 1;
    return width > key.length && /^ *$/.test(f.text.slice(above.keyEnd, above.eq - 1)) ? width : 0;
}
function insertAtTop(f, keys, value) {
    const unit = detectUnit(f);
    const last = f.items[f.items.length - 1];
    const lastLine = last ? lineEndAfter(f.text, last.value.end) : 0;
    // Directly under the last attribute when nothing but blank space follows it.
    const adjacent = last !== undefined && f.text.slice(lastLine).trim() === '';
    const width = adjacent ? alignedWidth(f, last, keys[0] ?? '') : 0;
    const line = renderItem(f, keys, value, '', unit, true, true, width);
    const at = adjacent ? lastLine : f.text.length;
    if (at === f.text.length && f.text.length > 0 && !f.text.endsWith('\n')) {
        return { start: at, end: at, text: f.newline + line };
    }
    return { start: at, end: at, text: line + f.newline };
}
function insertInObject(f, object, keys, value) {
    const unit = detectUnit(f);
    const last = object.items[object.items.length - 1];
    const closeAt = object.end - 1;
    if (!last) {
        const inside = f.text.slice(object.start + 1, closeAt);
        if (inside.includes('\n')) {
            const outer = lineIndent(f.text, object.start);
            const inner = outer + unit;
            return {
                start: object.start,
                end: object.end,
                text: `{${f.newline}${inner}${renderItem(f, keys, value, inner, unit, true, false, 0)}${f.newline}${outer}}`,
            };
        }
        return {
            start: object.start,
            end: object.end,
            text: `{ ${renderItem(f, keys, value, '', unit, false, false, 0)} }`,
        };
    }
    const first = object.items[0] ?? last;
    const multiline = f.text.slice(object.start, first.keyStart).includes('\n');
    const lastLine = lineEndAfter(f.text, last.value.end);
    if (multiline && closeAt >= lastLine) {
        const indent = lineIndent(f.text, last.keyStart);
        const width = alignedWidth(f, last, keys[0] ?? '');
        const item = renderItem(f, keys, value, indent, unit, true, false, width);
        return {
            start: lastLine,
            end: lastLine,
            text: `${indent}${item}${last.comma ? ',' : ''}${f.newline}`,
        };
    }
    // A one-line object (or `}` right after the last item): add the item inline.
    const at = last.value.end;
    const item = renderItem(f, keys, value, '', unit, false, false, 0);
    if (last.comma) {
        const comma = f.text.indexOf(',', at);
        return { start: comma + 1, end: comma + 1, text: ` ${item},` };
    }
    return { start: at, end: at, text: `, ${item}` };
}
function tfvars_planSet(f, set) {
    const found = tfvars_locate(f, set.path);
    const keys = keyOf(set.path, f);
    if (found.kind === 'missing') {
        const rest = keys.slice(found.depth);
        return found.parent
            ? insertInObject(f, found.parent, rest, set.value)
            : insertAtTop(f, rest, set.value);
    }
    const { value } = found.item;
    if (value.kind !== 'string')
        throw notPlain(f, set.path, value);
    if (value.value === set.value)
        return undefined;
    return { start: value.start, end: value.end, text: quoteHcl(set.value) };
}
/**
 * Applies `sets` in order and returns the new text; each is checked by parsing the result
 * again (same values everywhere else, the new string at its key).
 */
function editTfvars(text, file, sets) {
    let f = parseTfvars(text, file);
    for (const set of sets) {
        const s = tfvars_planSet(f, set);
        if (!s)
            continue;
        f = (0,data_path/* checkEdit */.DM)({
            file,
            before: f,
            next: applySplice(f.text, s),
            path: set.path,
            value: set.value,
            parse: (t) => parseTfvars(t, file),
            invalid: 'an invalid file',
            refuse: (message) => new TfvarsError(message),
        });
    }
    return f.text;
}

// EXTERNAL MODULE: ./src/overlay/yaml-edit.ts + 1 modules
var yaml_edit = __nccwpck_require__(7950);
;// CONCATENATED MODULE: ./src/overlay/documents.ts
/**
 * One interface over the key-path formats — YAML (Helm values, raw manifests, any YAML),
 * JSON and Terraform variable files: read a value by key path, list the keys, and write
 * values in place. Each format's editor verifies its own edits (see yaml-edit.ts,
 * json-edit.ts, tfvars.ts).
 */






function yamlDocument(y) {
    return {
        format: 'yaml',
        file: y.file,
        text: y.text,
        data: y.data,
        value(path) {
            const node = (0,yaml_edit/* readNode */.XH)(y, path);
            if (node === undefined || (0,yaml_edit/* describeNode */.WQ)(node) === 'empty')
                return undefined;
            const text = (0,yaml_edit/* scalarText */.ws)(y, node);
            if (text === undefined) {
                throw new yaml_edit/* YamlError */.Iz(`${y.file}:${(0,yaml_edit/* nodeLine */.xP)(y, node) ?? '?'}: "${(0,key_path/* formatKeyPath */.K7)(path)}" is ${(0,yaml_edit/* describeNode */.WQ)(node)}, not a value`);
            }
            const line = (0,yaml_edit/* nodeLine */.xP)(y, node);
            const notString = (0,dist/* isScalar */.jn)(node) && typeof node.value !== 'string';
            return { text, ...(line === undefined ? {} : { line }), ...(notString ? { notString } : {}) };
        },
        has: (path) => (0,yaml_edit/* readNode */.XH)(y, path) !== undefined,
        keys: () => (0,data_path/* dataKeys */.ft)(y.data),
        edit: (sets) => (0,yaml_edit/* editYaml */.aL)(y.text, y.file, sets.map((s) => ({ op: 'set', path: s.path, value: s.value }))),
    };
}
/** Opens `text` as a key-path document of `format` (`parsed` saves parsing YAML twice). */
function openDocument(format, text, file, parsed) {
    if (format === 'yaml')
        return yamlDocument(parsed ?? (0,yaml_edit/* parseYaml */.hN)(text, file));
    if (format === 'json') {
        const f = parseJson(text, file);
        return {
            format,
            file,
            text,
            data: f.data,
            value: (path) => jsonValue(f, path),
            has: (path) => jsonNode(f, path) !== undefined,
            keys: () => (0,data_path/* dataKeys */.ft)(f.data),
            edit: (sets) => editJson(text, file, sets),
        };
    }
    const f = parseTfvars(text, file);
    return {
        format,
        file,
        text,
        data: f.data,
        value: (path) => tfvarsValue(f, path),
        has: (path) => tfvarsHas(f, path),
        keys: () => (0,data_path/* dataKeys */.ft)(f.data),
        edit: (sets) => editTfvars(text, file, sets),
    };
}


/***/ }),

/***/ 987:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ imageKeys),
/* harmony export */   Xd: () => (/* binding */ siblingDigest),
/* harmony export */   ek: () => (/* binding */ readKeyPathImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2875);
/* harmony import */ var _value_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8685);



function imageKeys(key, repositoryKey) {
    const value = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyPath */ ._q)(key);
    const keys = { value, digest: [...value.slice(0, -1), 'digest'] };
    if (repositoryKey)
        keys.repository = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyPath */ ._q)(repositoryKey);
    return keys;
}
const SHAPE_NAMES = {
    tag: 'a tag',
    digest: 'a digest',
    reference: 'a full image reference',
};
/** The shape `image` reads `text` as: its configured `value`, or what the text looks like. */
function shapeFor(doc, image, key, text, line) {
    const found = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .readShape */ ._f)(text, key);
    const wanted = image.value;
    if (wanted === 'auto' || wanted === found)
        return found;
    // A single word read as a tag can still be a repository name (`image: nginx`).
    if (wanted === 'reference' && found === 'tag' && (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(text))
        return 'reference';
    const at = `${doc.file}${line === undefined ? '' : `:${line}`}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: image ${image.name} has value: ${wanted}, but "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(key)}" holds ${SHAPE_NAMES[found]} ("${text}") — set value: ${found} (or auto) for this image, or point key at ${SHAPE_NAMES[wanted]}`);
}
/**
 * The digest in the `digest` key next to a tag. An empty one (`digest: ""`) means "none", as
 * chart templates read it; so does a `digest` key that is not a single value (some charts
 * use `digest:` for settings of their own) — writing a digest there is refused later.
 */
function siblingDigest(doc, keys) {
    try {
        return doc.value(keys.digest)?.text || undefined;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            return undefined;
        throw err;
    }
}
/** What `doc` says about `image` (found: false when the key is missing or empty). */
function readKeyPathImage(doc, image, warnings) {
    if (image.key === undefined) {
        warnings.push(`${doc.file}: image ${image.name} has no key, so it cannot be found in this ${doc.format} file`);
        return { name: image.name, found: false, value: {} };
    }
    const keys = imageKeys(image.key, image.repositoryKey);
    const slot = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(keys.value);
    const at = doc.value(keys.value);
    if (at === undefined)
        return { name: image.name, found: false, value: {}, slot };
    const shape = shapeFor(doc, image, keys.value, at.text, at.line);
    let value;
    if (shape === 'reference') {
        value = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(at.text) ?? {};
    }
    else {
        value = shape === 'tag' ? { tag: at.text } : { digest: at.text };
        const repository = keys.repository ? doc.value(keys.repository)?.text : undefined;
        if (repository)
            value = { repository, ...value };
        if (shape === 'tag') {
            const digest = siblingDigest(doc, keys);
            if (digest)
                value.digest = digest;
        }
    }
    if (shape === 'tag' && at.notString) {
        warnings.push(`${doc.file}:${at.line ?? '?'}: ${slot} is written as a number (${at.text}); Helm reads it as a number — quote it`);
    }
    const state = { name: image.name, found: true, value, shape, slot };
    if (at.line !== undefined)
        state.line = at.line;
    return state;
}


/***/ }),

/***/ 2875:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   Q2: () => (/* binding */ keyPathProblem),
/* harmony export */   _q: () => (/* binding */ parseKeyPath),
/* harmony export */   cB: () => (/* binding */ isSelector),
/* harmony export */   mh: () => (/* binding */ hasSelector)
/* harmony export */ });
/**
 * Dotted key paths into an overlay (`key: api.image.tag`, `containers.0.image`,
 * `spec.template.spec.containers[name=api].image`).
 *
 *   path     = segment *( "." segment )
 *   segment  = name [ "[" field "=" value "]" ] | digits
 *   name     = 1*( ALPHA / DIGIT / "_" / "-" )       (field likewise)
 *   value    = 1*( ALPHA / DIGIT / "_" / "-" / "." / "/" / ":" / "@" )
 *
 * A segment of digits indexes a list when the node there is a list and is a plain key
 * otherwise. `name[field=value]` is the key `name`, holding a list, then the one element of
 * that list that is a mapping whose `field` is `value` (a container by its name).
 */
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
/** Returns why `path` is not a key path, or undefined when it is. */
function keyPathProblem(path) {
    return scan(path).problem;
}
/** Splits `a.b[f=v].0.c` into segments; throws a RangeError with the reason when invalid. */
function parseKeyPath(path) {
    const { path: segments, problem } = scan(path);
    if (problem !== undefined)
        throw new RangeError(`invalid key path "${path}": ${problem}`);
    return segments;
}
/** `a.b[f=v].0.c` again, for messages and as the identity of a place in a file. */
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
/** Whether the path goes through a list element chosen by a selector (a raw manifest). */
function hasSelector(path) {
    return path.some(isSelector);
}


/***/ }),

/***/ 4183:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ kustomizeImages),
/* harmony export */   r9: () => (/* binding */ kustomizeEdits)
/* harmony export */ });
/* unused harmony exports KUSTOMIZE_FIELDS, findKustomizeImage */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7950);
/**
 * Kustomization `images:` entries: read them by `name` (never by position) and turn a
 * change of one entry into byte-preserving YAML edits.
 */


const KUSTOMIZE_FIELDS = ['newName', 'newTag', 'digest'];
/** All `images:` entries; throws YamlError (with the line) on a malformed list. */
function kustomizeImages(y) {
    const root = y.doc.contents;
    if (root !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) && (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(root) !== 'empty') {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${y.file}: is not a kustomization (the top level is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(root)})`);
    }
    const list = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, ['images']);
    if (list === undefined || (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(list) === 'empty')
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list)) {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${y.file}:${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeLine */ .xP)(y, list) ?? '?'}: "images" is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(list)}, not a list`);
    }
    const seen = new Map();
    return list.items.map((item, index) => {
        const line = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeLine */ .xP)(y, item);
        const at = `${y.file}:${line ?? '?'}: images[${index}]`;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, ['images', index])))
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${at} is not a mapping`);
        const field = (key) => {
            const node = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, ['images', index, key]);
            if (node === undefined || (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(node) === 'empty')
                return undefined;
            const text = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(y, node);
            if (text === undefined)
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${at}.${key} is ${(0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .describeNode */ .WQ)(node)}, not a value`);
            return text;
        };
        const name = field('name');
        if (name === undefined || name === '')
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${at} has no "name"`);
        const image = { name, index };
        if (line !== undefined)
            image.line = line;
        for (const key of KUSTOMIZE_FIELDS) {
            const value = field(key);
            if (value !== undefined)
                image[key] = value;
        }
        const twin = seen.get(name);
        if (twin) {
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlError */ .Iz(`${y.file}: images lists "${name}" twice (lines ${twin.line ?? '?'} and ${line ?? '?'}); kustomize applies only one of them — remove the other`);
        }
        seen.set(name, image);
        return image;
    });
}
function findKustomizeImage(y, name) {
    return kustomizeImages(y).find((i) => i.name === name);
}
/**
 * Edits that make the entry `name` match `patch`: existing keys are replaced in place or
 * removed, missing ones are added after the entry's last key; a missing entry is appended to
 * `images:` (created if needed) with its keys in kustomize's order.
 */
function kustomizeEdits(y, name, patch) {
    const entry = findKustomizeImage(y, name);
    if (!entry) {
        const entries = [['name', name]];
        for (const key of KUSTOMIZE_FIELDS) {
            const change = patch[key];
            if (typeof change === 'object')
                entries.push([key, change.set]);
        }
        return [{ op: 'append', path: ['images'], entries }];
    }
    const edits = [];
    for (const key of KUSTOMIZE_FIELDS) {
        const change = patch[key];
        const path = ['images', entry.index, key];
        if (change === 'remove') {
            // A key written with no value (`digest:`) is removed as well.
            if ((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .readNode */ .XH)(y, path) !== undefined)
                edits.push({ op: 'delete', path });
        }
        else if (change !== 'keep' && entry[key] !== change.set) {
            edits.push({ op: 'set', path, value: change.set });
        }
    }
    return edits;
}


/***/ }),

/***/ 3768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cC: () => (/* reexport */ plan/* planOverlayEdit */.c),
  re: () => (/* binding */ readOverlay),
  vP: () => (/* binding */ writeOverlayEdits)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/overlay/atomic-write.ts
/**
 * Atomic file replacement: the new content goes to a temp file in the same directory (same
 * file system, so rename is atomic), keeps the file's mode, is flushed, then renamed over the
 * original. Readers see the old bytes or the new bytes, never a half-written file.
 */



/** Writes `content` next to `file` without touching `file` yet. */
async function stageWrite(file, content) {
    // Replace the file a symlink points to, not the symlink itself.
    const target = await (0,promises_.realpath)(file);
    const mode = (await (0,promises_.stat)(target)).mode & 0o7777;
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.image-promote-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(temp, 'wx', mode);
    try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
    }
    catch (err) {
        await handle.close();
        await (0,promises_.rm)(temp, { force: true });
        throw err;
    }
    await handle.close();
    // open() applies the umask; set the exact mode of the original.
    await (0,promises_.chmod)(temp, mode);
    let committed = false;
    return {
        file: target,
        async commit() {
            await (0,promises_.rename)(temp, target);
            committed = true;
        },
        async discard() {
            if (!committed)
                await (0,promises_.rm)(temp, { force: true });
        },
    };
}
/** Replaces `file` with `content` atomically. */
async function writeFileAtomic(file, content) {
    const staged = await stageWrite(file, content);
    try {
        await staged.commit();
    }
    finally {
        await staged.discard();
    }
}

// EXTERNAL MODULE: ./src/overlay/state.ts
var state = __nccwpck_require__(3657);
// EXTERNAL MODULE: ./src/overlay/plan.ts
var plan = __nccwpck_require__(6241);
;// CONCATENATED MODULE: ./src/overlay/overlay-files.ts
/**
 * The overlay API the engine calls: read what an overlay runs (once), plan a write from that
 * state, and write planned edits — all of them or none, each only into a regular file inside
 * the root it belongs to.
 */







/** Overlays larger than this are refused (an overlay is a small text file). */
const MAX_OVERLAY_BYTES = 8 * 1024 * 1024;
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return undefined;
}
function notAFile(overlay, kind) {
    return new errors/* UserError */.yo(kind === 'a directory'
        ? `overlay ${overlay.path} is a directory — name the file (e.g. ${overlay.path}/kustomization.yaml)`
        : `overlay ${overlay.path} is ${kind}, not a regular file — point "overlay" at the file itself`);
}
/**
 * Reads an overlay file. Its type is checked before it is opened (opening a FIFO would
 * block), and again on the open handle (non-blocking) in case it was swapped in between.
 */
async function readOverlayFile(overlay) {
    const failed = (err) => {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new errors/* UserError */.yo(`overlay ${overlay.path} does not exist — check the path in "overlay"`);
        }
        if (code === 'ELOOP')
            throw new errors/* UserError */.yo(`overlay ${overlay.path} is a symlink loop`);
        throw new errors/* UserError */.yo(`cannot read overlay ${overlay.path}: ${code ?? String(err)}`);
    };
    const link = await (0,promises_.lstat)(overlay.file).catch(failed);
    const info = link.isSymbolicLink() ? await (0,promises_.stat)(overlay.file).catch(failed) : link;
    const kind = kindOf(info);
    if (kind !== undefined)
        throw notAFile(overlay, kind);
    const handle = await (0,promises_.open)(overlay.file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK).catch(failed);
    try {
        const opened = await handle.stat();
        const openedKind = kindOf(opened);
        if (openedKind !== undefined || !opened.isFile())
            throw notAFile(overlay, openedKind ?? 'not a regular file');
        if (opened.size > MAX_OVERLAY_BYTES) {
            throw new errors/* UserError */.yo(`overlay ${overlay.path} is ${opened.size} bytes; image-promote edits overlays up to ${MAX_OVERLAY_BYTES} bytes`);
        }
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
/** What `overlay` says each of `images` runs now (the state the planner works on). */
async function readOverlay(overlay, images) {
    return (0,state/* readOverlayText */.e)(await readOverlayFile(overlay), overlay, images);
}
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '' && !rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel);
}
/**
 * The real path `edit` writes to, after checking it is a regular file inside `root` (both
 * with symlinks resolved). Throws a UserError otherwise.
 */
async function checkTarget(edit, root) {
    const { overlay } = edit;
    let real;
    try {
        real = await (0,promises_.realpath)(overlay.file);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.yo(`cannot write overlay ${overlay.path}: ${code === 'ENOENT' ? 'it no longer exists' : (code ?? String(err))}`);
    }
    if (!inside(root, real)) {
        throw new errors/* UserError */.yo(`refusing to write overlay ${overlay.path}: it resolves to ${real}, outside ${root} (a symlink out of the repository?) — nothing was written`);
    }
    const info = await (0,promises_.lstat)(real);
    const kind = kindOf(info);
    if (kind !== undefined || !info.isFile()) {
        throw new errors/* UserError */.yo(`refusing to write overlay ${overlay.path}: it is ${kind ?? 'not a regular file'} — nothing was written`);
    }
    return real;
}
async function realRoot(root) {
    try {
        return await (0,promises_.realpath)(root);
    }
    catch (err) {
        throw new errors/* UserError */.yo(`cannot write overlays: ${root} is not readable (${err.code ?? String(err)})`);
    }
}
/**
 * Writes planned edits: each file atomically, and the set as a whole — every file is checked
 * to be a regular file inside `root` (symlinks resolved) and unchanged since planning, and
 * staged before the first one is replaced; if replacing one fails, those already replaced get
 * their old content back. The target checks run again right before each file is replaced
 * (the engine calls this again on a commit retry). Returns the overlay paths written.
 */
async function writeOverlayEdits(edits, options) {
    const root = await realRoot(options.root);
    const changed = edits.filter((e) => e.changed);
    const targets = new Map();
    for (const edit of changed) {
        const real = await checkTarget(edit, root);
        if (targets.has(real)) {
            throw new Error(`internal error: ${edit.overlay.path} planned twice; plan all its images at once`);
        }
        targets.set(real, edit);
        if ((await readOverlayFile(edit.overlay)) !== edit.before) {
            throw new errors/* UserError */.yo(`${edit.overlay.path} changed while image-promote was editing it — run again`);
        }
    }
    const staged = [];
    try {
        for (const [real, edit] of targets)
            staged.push({ write: await stageWrite(real, edit.after), edit });
        const done = [];
        try {
            for (const { write, edit } of staged) {
                const real = await checkTarget(edit, root);
                if (real !== write.file) {
                    throw new errors/* UserError */.yo(`refusing to write overlay ${edit.overlay.path}: it now resolves to ${real}, not ${write.file} — run again`);
                }
                await write.commit();
                done.push({ real, edit });
            }
        }
        catch (err) {
            for (const { real, edit } of done)
                await (await stageWrite(real, edit.before)).commit();
            throw err;
        }
    }
    finally {
        await Promise.all(staged.map((s) => s.write.discard()));
    }
    return changed.map((e) => e.overlay.path);
}


/***/ }),

/***/ 6241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ planOverlayEdit)
/* harmony export */ });
/* unused harmony export formatImageValue */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8286);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3153);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2875);
/* harmony import */ var _key_path_image_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(987);
/* harmony import */ var _kustomize_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4183);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3657);
/* harmony import */ var _tags_policy_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8527);
/* harmony import */ var _value_shape_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(8685);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7950);










/** `ghcr.io/acme/api:sha-1a2b3c4@sha256:…`, or just the tag when the repository is not set. */
function formatImageValue(value) {
    let out = value.repository ?? '';
    if (value.tag !== undefined)
        out += (out ? ':' : '') + value.tag;
    if (value.digest !== undefined)
        out += `@${value.digest}`;
    return out === '' ? '(none)' : out;
}
function what(update, overlay) {
    return `cannot write image ${update.image.name} into ${overlay.path}`;
}
function validate(update, overlay) {
    const at = what(update, overlay);
    if (update.tag === undefined && update.digest === undefined) {
        throw new Error(`internal error: an update of ${update.image.name} without tag or digest`);
    }
    if (update.tag !== undefined) {
        const tagIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(update.tag);
        if (tagIssue)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: tag "${update.tag}" is not valid: ${tagIssue}`);
    }
    if (update.digest !== undefined) {
        const digestIssue = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .digestProblem */ .WQ)(update.digest);
        if (digestIssue)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: digest "${update.digest}" is not valid: ${digestIssue}`);
    }
    try {
        (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepositoryName */ .$M)(update.repository);
    }
    catch (err) {
        if (err instanceof _reference_js__WEBPACK_IMPORTED_MODULE_1__/* .ReferenceError */ .AF) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at}: repository "${update.repository}" is not valid: ${err.reason}`);
        }
        throw err;
    }
}
/** The repository as written into a file: Docker's short form of the verified name. */
function spelled(repository) {
    return (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepositoryName */ .$M)(repository).familiar;
}
/** Whether the digest goes next to the tag (pin-digest, or a tag that moves). */
function pinned(update, shape, options, overlay) {
    if (shape === 'digest' || update.tag === undefined)
        return false;
    const tag = update.tag;
    const mutable = !options.isImmutable(tag);
    if (!options.pinDigest && !mutable)
        return false;
    if (update.digest === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(options.pinDigest && !mutable
            ? `${what(update, overlay)}: pin-digest is on but the digest of ${tag} is not known`
            : `${what(update, overlay)}: ${(0,_tags_policy_js__WEBPACK_IMPORTED_MODULE_7__/* .mutableTagRefusal */ .xo)(`"${tag}" is not an immutable tag`, 'its digest is not known here; deploy an immutable tag (a commit tag like sha-1a2b3c4, or a release)')}`);
    }
    return true;
}
/** Whether an existing digest is stale once `tag`/`digest` are written (see the module comment). */
function staleDigest(current, update) {
    if (current.digest === undefined)
        return false;
    if (current.tag !== update.tag)
        return true;
    return update.digest !== undefined && update.digest !== current.digest;
}
function someOf(names, limit = 12) {
    if (names.length === 0)
        return 'nothing';
    const shown = names.slice(0, limit).join(', ');
    return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
function planKustomize(state, current, updates, options) {
    const { overlay } = state;
    const y = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_9__/* .parseYaml */ .hN)(state.text, overlay.path);
    const entries = (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_5__/* .kustomizeImages */ .Aw)(y);
    const edits = [];
    const expected = new Map();
    for (const u of updates) {
        const entry = entries.find((e) => e.name === u.image.name);
        if (!entry && !options.createMissing) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`image ${u.image.name} is not in ${overlay.path}: its images: list names ${someOf(entries.map((e) => e.name))} — fix the image name, add an entry for it, or set create-missing: true to have one added`);
        }
        if (u.image.value === 'reference') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: the image has value: reference, but a kustomization's images: entries hold newName, newTag and digest — use value: auto (or tag, or digest) for this image`);
        }
        const was = current.get(u.image.name)?.value ?? {};
        let shape = u.image.value === 'auto' ? (current.get(u.image.name)?.shape ?? 'tag') : u.image.value;
        // Only the digest is known: an entry with just `digest:` runs exactly that image.
        if (shape === 'tag' && u.tag === undefined)
            shape = 'digest';
        const pin = pinned(u, shape, options, overlay);
        const keepName = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .sameRepository */ .RB)(entry ? (entry.newName ?? entry.name) : u.image.name, u.repository);
        const newName = keepName ? 'keep' : { set: spelled(u.repository) };
        const after = {};
        const repository = keepName ? was.repository : spelled(u.repository);
        if (repository !== undefined)
            after.repository = repository;
        if (shape === 'digest') {
            if (u.digest === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: its entry holds a digest only, and the digest of ${u.tag ?? '?'} is not known`);
            }
            edits.push(...(0,_kustomize_js__WEBPACK_IMPORTED_MODULE_5__/* .kustomizeEdits */ .r9)(y, u.image.name, {
                newName,
                newTag: 'remove',
                digest: { set: u.digest },
            }));
            after.digest = u.digest;
        }
        else {
            const tag = u.tag;
            let digest = 'keep';
            if (pin)
                digest = { set: u.digest };
            else if (staleDigest(was, u))
                digest = 'remove';
            edits.push(...(0,_kustomize_js__WEBPACK_IMPORTED_MODULE_5__/* .kustomizeEdits */ .r9)(y, u.image.name, { newName, newTag: { set: tag }, digest }));
            after.tag = tag;
            if (pin)
                after.digest = u.digest;
            else if (digest === 'keep' && was.digest !== undefined)
                after.digest = was.digest;
        }
        expected.set(u.image.name, after);
    }
    const after = edits.length === 0 ? state.text : (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_9__/* .editYaml */ .aL)(state.text, overlay.path, edits);
    return { after, expected };
}
// ---------------------------------------------------------------------------------------
// Key paths (YAML, JSON, tfvars)
function notNamed(doc, u, key) {
    const keys = doc.keys();
    const likely = keys.filter((k) => /image|tag|digest|uri|repositor/i.test(k));
    const shown = likely.length > 0 ? likely : keys;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${doc.file} has no "${key}" for image ${u.image.name} (its ${likely.length > 0 ? 'image-like keys' : 'keys'}: ${someOf(shown)}) — fix key, add the key to the file, or set create-missing: true to have it added`);
}
/** Refuses a new `digest` key where it would not be read as the image's digest. */
function checkDigestPlace(doc, u, key, digestKey) {
    if (doc.has(digestKey))
        return;
    const why = key.length === 1
        ? `"${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(key)}" is at the top level, where a "digest" key would be a setting of its own`
        : (0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .hasSelector */ .mh)(key)
            ? `"${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(key)}" is a field of a list element (a manifest), where a "digest" field is not read`
            : undefined;
    if (why === undefined)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, { path: doc.file })}: the digest must be written (pin-digest, or a tag that moves) but there is no place for it: ${why} — set value: reference to write repository:tag@digest in one value, or add a "${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(digestKey)}" key`);
}
function planKeyPaths(state, format, updates, options) {
    const { overlay } = state;
    const doc = (0,_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .openDocument */ .E)(format, state.text, overlay.path);
    const sets = [];
    const byPath = new Map();
    const expected = new Map();
    const write = (u, path, value) => {
        const key = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(path);
        const other = byPath.get(key);
        if (other && other.value !== value) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`images ${other.image} and ${u.image.name} share "${key}" in ${overlay.path} but would write different values there ("${other.value}", "${value}") — give each image its own key, or deploy them together with the same tag`);
        }
        if (!other) {
            byPath.set(key, { value, image: u.image.name });
            sets.push({ path, value });
        }
    };
    for (const u of updates) {
        const { key, repositoryKey } = u.image;
        if (key === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: it is a ${format} file and the image has no key (e.g. key: image.tag)`);
        }
        const keys = (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_4__/* .imageKeys */ .A8)(key, repositoryKey);
        const current = (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_4__/* .readKeyPathImage */ .ek)(doc, u.image, []);
        if (!current.found && !doc.has(keys.value) && !options.createMissing) {
            throw notNamed(doc, u, key);
        }
        const shape = u.image.value === 'auto' ? (current.shape ?? 'tag') : u.image.value;
        const pin = pinned(u, shape, options, overlay);
        const after = {};
        if (shape === 'reference') {
            const was = current.shape === 'reference' ? current.value.repository : undefined;
            const repository = was !== undefined && (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .sameRepository */ .RB)(was, u.repository) ? was : spelled(u.repository);
            const digest = pin || u.tag === undefined ? u.digest : undefined;
            const value = (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .renderReference */ .Wj)(repository, u.tag, digest);
            write(u, keys.value, value);
            expected.set(u.image.name, (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .splitReference */ .mQ)(value) ?? {});
            continue;
        }
        if (keys.repository) {
            const was = doc.value(keys.repository)?.text;
            if ((0,_value_shape_js__WEBPACK_IMPORTED_MODULE_8__/* .sameRepository */ .RB)(was, u.repository)) {
                if (was !== undefined)
                    after.repository = was;
            }
            else {
                after.repository = spelled(u.repository);
                write(u, keys.repository, after.repository);
            }
        }
        if (shape === 'digest') {
            if (u.digest === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: "${key}" holds a digest, and the digest of ${u.tag ?? '?'} is not known`);
            }
            write(u, keys.value, u.digest);
            after.digest = u.digest;
        }
        else {
            if (u.tag === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what(u, overlay)}: only its digest is known, and "${key}" holds a tag — set value: digest or value: reference for this image`);
            }
            write(u, keys.value, u.tag);
            after.tag = u.tag;
            const wasDigest = (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_4__/* .siblingDigest */ .Xd)(doc, keys);
            const was = {
                ...(current.found ? { tag: current.value.tag } : {}),
                ...(wasDigest ? { digest: wasDigest } : {}),
            };
            if (pin) {
                checkDigestPlace(doc, u, keys.value, keys.digest);
                write(u, keys.digest, u.digest);
                after.digest = u.digest;
            }
            else if (staleDigest(was, u)) {
                // Emptied rather than removed: chart templates and schemas may expect the key.
                write(u, keys.digest, '');
            }
            else if (was.digest !== undefined) {
                after.digest = was.digest;
            }
        }
        expected.set(u.image.name, after);
    }
    const after = sets.length === 0 ? state.text : doc.edit(sets);
    return { after, expected };
}
// ---------------------------------------------------------------------------------------
function sameValue(a, b) {
    return a?.repository === b?.repository && a?.tag === b?.tag && a?.digest === b?.digest;
}
function refuse(overlay, why) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`refusing to write ${overlay.path}: ${why}; the file was not changed (please report this)`);
}
/**
 * Plans writing `updates` into the overlay `state` was read from. Pure: works on
 * `state.text`; throws a UserError (nothing planned) when the result would be invalid or
 * would not run exactly the given images.
 */
function planOverlayEdit(state, updates, options) {
    const { overlay, format } = state;
    const names = new Set();
    for (const u of updates) {
        if (names.has(u.image.name)) {
            throw new Error(`internal error: image ${u.image.name} updated twice in ${overlay.path}`);
        }
        names.add(u.image.name);
        validate(u, overlay);
    }
    const resolved = { ...overlay, format };
    const images = updates.map((u) => u.image);
    const before = (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readOverlayText */ .e)(state.text, resolved, images).images;
    // Each format's editor has checked its edits (the file parsed again, only the written
    // values changed); what is left to check is that every image reads as planned.
    const planned = format === 'kustomize'
        ? planKustomize(state, before, updates, options)
        : planKeyPaths(state, format, updates, options);
    const { after } = planned;
    const now = after === state.text ? before : (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readOverlayText */ .e)(after, resolved, images).images;
    const changes = [];
    for (const u of updates) {
        const was = before.get(u.image.name);
        const is = now.get(u.image.name);
        const want = planned.expected.get(u.image.name);
        if (!is?.found || !want || !sameValue(is.value, want)) {
            refuse(overlay, `image ${u.image.name} would read as ${is?.found ? formatImageValue(is.value) : 'missing'} instead of ${want ? formatImageValue(want) : '?'}`);
        }
        const from = was?.found ? was.value : undefined;
        if (sameValue(from, is.value))
            continue;
        changes.push({
            image: u.image.name,
            ...(from ? { from: formatImageValue(from), before: from } : {}),
            to: formatImageValue(is.value),
            after: is.value,
        });
    }
    return { overlay, format, before: state.text, after, changed: after !== state.text, changes };
}


/***/ }),

/***/ 3657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readOverlayText)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8286);
/* harmony import */ var _data_path_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5284);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3153);
/* harmony import */ var _key_path_image_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(987);
/* harmony import */ var _kustomize_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4183);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(7950);
/**
 * Reading an overlay: which format it is and what it says each image runs. Pure: the text
 * comes in, the state goes out (used for the working tree and for old commits alike).
 */








const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
/** True for `kind: Kustomization|Component`, or an `images:` list of named entries. */
function looksLikeKustomization(y) {
    const data = y.data;
    if (!(0,_data_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(data))
        return false;
    if ((data.kind === 'Kustomization' || data.kind === 'Component') &&
        typeof data.apiVersion === 'string' &&
        data.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        return true;
    }
    const images = data.images;
    return (Array.isArray(images) &&
        images.length > 0 &&
        images.every((i) => (0,_data_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(i) && typeof i.name === 'string'));
}
/** The format by the file name alone (JSON and Terraform variables), if it says. */
function formatByName(path) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path);
    if (KUSTOMIZATION_FILES.has(name))
        return 'kustomize';
    const lower = name.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.tfvars'))
        return 'tfvars';
    return undefined;
}
/**
 * Resolves `overlay-format`: `helm` is `yaml`; `auto` goes by the file name (kustomization
 * files, `.json` and `.tfvars.json`, `.tfvars`), then by content (`kind: Kustomization`, an
 * `images:` list of named entries), then YAML key paths when the images have a `key`.
 */
function resolveFormat(text, overlay, images) {
    const given = overlay.format;
    if (given === 'helm')
        return { format: 'yaml' };
    if (given !== 'auto')
        return { format: given };
    const byName = formatByName(overlay.path);
    if (byName)
        return { format: byName };
    const yaml = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_7__/* .parseYaml */ .hN)(text, overlay.path);
    if (looksLikeKustomization(yaml))
        return { format: 'kustomize', yaml };
    if (images.some((i) => i.key !== undefined))
        return { format: 'yaml', yaml };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('overlay-format', `cannot tell what ${overlay.path} is: it is not a kustomization (no kind: Kustomization, no images: list), not .json or .tfvars, and no image has a key`, 'set overlay-format, or key on each image');
}
function checkValues(state, path, warnings) {
    const { tag, digest } = state.value;
    const tagIssue = tag === undefined ? undefined : (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .tagProblem */ .qH)(tag);
    if (tagIssue) {
        warnings.push(`${path}: image ${state.name} has tag "${tag ?? ''}", which is not a valid tag: ${tagIssue}`);
    }
    const digestIssue = digest === undefined ? undefined : (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .digestProblem */ .WQ)(digest);
    if (digestIssue) {
        warnings.push(`${path}: image ${state.name} has digest "${digest ?? ''}", which is not valid: ${digestIssue}`);
    }
}
function kustomizeState(y, overlay, images) {
    const entries = (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_6__/* .kustomizeImages */ .Aw)(y);
    const states = new Map();
    for (const image of images) {
        const entry = entries.find((e) => e.name === image.name);
        const slot = `images[name=${image.name}]`;
        if (!entry) {
            states.set(image.name, { name: image.name, found: false, value: {}, slot });
            continue;
        }
        const state = {
            name: image.name,
            found: true,
            value: {},
            shape: entry.newTag === undefined && entry.digest !== undefined ? 'digest' : 'tag',
            slot,
        };
        if (entry.newName !== undefined)
            state.value.repository = entry.newName;
        if (entry.newTag !== undefined)
            state.value.tag = entry.newTag;
        if (entry.digest !== undefined)
            state.value.digest = entry.digest;
        if (entry.line !== undefined)
            state.line = entry.line;
        states.set(image.name, state);
    }
    return {
        overlay,
        format: 'kustomize',
        text: y.text,
        images: states,
        known: entries.map((e) => e.name),
        warnings: [],
    };
}
/** What `text` (the overlay's content now or at some commit) says about `images`. */
function readOverlayText(text, overlay, images) {
    const { format, yaml } = resolveFormat(text, overlay, images);
    let state;
    if (format === 'kustomize') {
        state = kustomizeState(yaml ?? (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_7__/* .parseYaml */ .hN)(text, overlay.path), overlay, images);
    }
    else {
        const doc = (0,_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .openDocument */ .E)(format, text, overlay.path, yaml);
        const warnings = [];
        const states = new Map();
        for (const image of images)
            states.set(image.name, (0,_key_path_image_js__WEBPACK_IMPORTED_MODULE_5__/* .readKeyPathImage */ .ek)(doc, image, warnings));
        state = { overlay, format, text, images: states, known: doc.keys(), warnings };
    }
    for (const s of state.images.values())
        checkValues(s, overlay.path, state.warnings);
    return state;
}


/***/ }),

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Wj: () => (/* binding */ renderReference),
/* harmony export */   _f: () => (/* binding */ readShape),
/* harmony export */   mQ: () => (/* binding */ splitReference)
/* harmony export */ });
/* unused harmony export isDigestValue */
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8286);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2875);
/**
 * Value shapes: reading what a scalar holds (a tag, a digest or a full reference) and
 * spelling a new one.
 *
 * A value is a digest when it is `sha256:<64 hex>` (or another algorithm of a valid digest),
 * a reference when it parses as an image reference and has more than a single word (a `/`,
 * `:` or `@`: `ghcr.io/acme/api:v1`, `nginx:1.27`, `api@sha256:…`), and a tag otherwise. A
 * single word at a key named `image` (`image: nginx`) is a reference too: that key holds
 * images, not tags.
 */


function isDigestValue(text) {
    return /^[a-z0-9]+:[0-9a-f]+$/.test(text) && (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .digestProblem */ .WQ)(text) === undefined;
}
/** The repository, tag and digest of a reference, the repository spelled as written. */
function splitReference(text) {
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(text);
    if (!parsed.ok || text !== text.trim())
        return undefined;
    let rest = text;
    const value = {};
    const at = rest.indexOf('@');
    if (at !== -1) {
        value.digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        value.tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { repository: rest, ...value };
}
function lastKey(path) {
    const last = path[path.length - 1];
    return last === undefined || (0,_key_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelector */ .cB)(last) ? undefined : String(last);
}
/** The shape of `text` found at `key`. */
function readShape(text, key) {
    if (isDigestValue(text))
        return 'digest';
    if (text !== text.trim() || !(0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(text).ok)
        return 'tag';
    if (/[/:@]/.test(text))
        return 'reference';
    return lastKey(key)?.toLowerCase() === 'image' ? 'reference' : 'tag';
}
/** `repository[:tag][@digest]`. */
function renderReference(repository, tag, digest) {
    return (repository + (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`));
}
/** Whether `written` (as a file spells it) names the repository `verified`. */
function sameRepository(written, verified) {
    if (written === undefined)
        return false;
    const a = (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(written);
    if (!a.ok || a.ref.tag !== undefined || a.ref.digest !== undefined)
        return false;
    return a.ref.name === (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepositoryName */ .$M)(verified).name;
}


/***/ }),

/***/ 7950:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Iz: () => (/* binding */ YamlError),
  WQ: () => (/* binding */ describeNode),
  aL: () => (/* binding */ editYaml),
  xP: () => (/* binding */ nodeLine),
  hN: () => (/* binding */ parseYaml),
  XH: () => (/* binding */ readNode),
  ws: () => (/* binding */ scalarText)
});

// UNUSED EXPORTS: resolveSelectors

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __nccwpck_require__(2875);
// EXTERNAL MODULE: ./src/overlay/data-path.ts
var data_path = __nccwpck_require__(5284);
;// CONCATENATED MODULE: ./src/overlay/scalar-style.ts
/**
 * How a new scalar value is spelled in a file. A tag like `1.20` written plain is read back
 * as the number 1.2 by Helm (go-yaml, YAML 1.1) and by kustomize, so anything that any YAML
 * reader could take for something other than the same string is quoted.
 */

// Characters image references, tags, digests and plain words are made of. Everything else
// (a leading indicator like `-`, `*`, `&`, `@`; `#`; `: `; flow brackets; edge spaces)
// leads to quoting. `:` and single spaces only count when a word character follows.
const PLAIN_RE = /^[A-Za-z0-9_./](?:[A-Za-z0-9_./@+-]|:(?=[A-Za-z0-9_./@+-])| (?=[A-Za-z0-9_./@+-]))*$/;
function readsBackAs(text, version) {
    try {
        return (0,dist/* parse */.qg)(text, { version });
    }
    catch {
        return undefined;
    }
}
/**
 * True when `value` can be written without quotes: plain in YAML 1.2 (the yaml library,
 * kustomize's kyaml) and YAML 1.1 (go-yaml v2 in Helm: `yes`, `on`, `0755`, `1:20`,
 * `2024-01-01` are not strings there). In flow collections `:` is avoided as well.
 */
function isSafePlain(value, flow = false) {
    if (!PLAIN_RE.test(value))
        return false;
    if (flow && value.includes(':'))
        return false;
    return readsBackAs(value, '1.2') === value && readsBackAs(value, '1.1') === value;
}
function doubleQuoted(value) {
    // JSON string syntax is valid YAML double-quoted syntax.
    return JSON.stringify(value);
}
/**
 * Spells `value` for the file. An existing quoting style is kept (a value that was in single
 * quotes stays in single quotes); plain values that would not read back as the same string
 * are double-quoted; numbers and booleans are written as such.
 */
function renderScalar(value, style, flow = false) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new RangeError(`cannot write ${String(value)} to YAML`);
        return String(value);
    }
    if (typeof value === 'boolean')
        return String(value);
    if (style === 'QUOTE_DOUBLE')
        return doubleQuoted(value);
    if (style === 'QUOTE_SINGLE' && !/[\n\r]/.test(value))
        return `'${value.replace(/'/g, "''")}'`;
    return isSafePlain(value, flow) ? value : doubleQuoted(value);
}

;// CONCATENATED MODULE: ./src/overlay/yaml-edit.ts
/**
 * Byte-preserving YAML edits, shared by the kustomize, Helm and key-path writers and by
 * `set-image`. The yaml library parses the file only to find where things are (its node
 * ranges are character offsets into the text); an edit then splices new characters into
 * the original text. Nothing is re-serialised, so comments, blank lines, key order, anchors
 * and quoting outside the edited value stay exactly as they were.
 *
 * Every edit is checked afterwards: the new text must parse, hold the value that was
 * written, and equal the old data with only that change — so an edit that another place
 * would see through an alias or a `<<` merge is refused, not made.
 */






/** A YAML file that cannot be read or edited; the message names the file (and line). */
class YamlError extends errors/* UserError */.yo {
    name = 'YamlError';
}
/** Aliases a document may expand to while being read (yaml's default, stated on purpose). */
const MAX_ALIAS_COUNT = 100;
function isEmptyDocument(doc) {
    const c = doc.contents;
    return c === null || ((0,dist/* isScalar */.jn)(c) && c.value === null);
}
function parseError(file, lines, err) {
    const { line, col } = lines.linePos(err.pos[0]);
    const message = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, '');
    return new YamlError(`${file}:${line}:${col}: invalid YAML: ${message} — fix the file first`);
}
/** Parses and checks a file: valid YAML, one document, no alias bomb. */
function parseYaml(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const options = { lineCounter: lines, merge: true, keepSourceTokens: true, uniqueKeys: true };
    const docs = (0,dist/* parseAllDocuments */.hR)(text, options);
    for (const d of docs) {
        const err = d.errors[0];
        if (err)
            throw parseError(file, lines, err);
    }
    const withContent = docs.filter((d) => !isEmptyDocument(d));
    const second = withContent[1];
    if (second) {
        const at = lines.linePos(second.range[0]).line;
        throw new YamlError(`${file} holds ${withContent.length} YAML documents (the second starts at line ${at}); image-promote edits single-document files — move the image settings into a file of their own`);
    }
    let doc = withContent[0] ?? docs[0];
    if (!doc) {
        const empty = new dist/* LineCounter */.HN();
        doc = (0,dist/* parseDocument */.Tp)(text, { ...options, lineCounter: empty });
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        if (err instanceof ReferenceError) {
            throw new YamlError(`${file}: expanding its aliases goes past ${MAX_ALIAS_COUNT} copies (a "billion laughs" file?); image-promote refuses to read it`);
        }
        throw err;
    }
    let hasAnchors = false;
    (0,dist/* visit */.YR)(doc, {
        Node(_, node) {
            if ((0,dist/* isAlias */.Vj)(node) || node.anchor) {
                hasAnchors = true;
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return {
        text,
        file,
        doc,
        data,
        newline: text.includes('\r\n') ? '\r\n' : '\n',
        hasAnchors,
        line: (offset) => lines.linePos(offset).line,
        column: (offset) => lines.linePos(offset).col - 1,
    };
}
// ---------------------------------------------------------------------------------------
// Reading
function rangeOf(node) {
    const range = node?.range;
    if (!range)
        throw new Error('internal error: YAML node without a source range');
    return range;
}
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && (key.value === '<<' || typeof key.value === 'symbol');
}
function keyString(key) {
    if (!(0,dist/* isScalar */.jn)(key) || isMergeKey(key))
        return undefined;
    return String(key.value);
}
function deref(y, node) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(y.doc) : node;
}
function ownPairIndex(map, key) {
    return map.items.findIndex((p) => keyString(p.key) === key);
}
/** A key of a mapping, its own or from a `<<` merge (own keys win, earlier merges win). */
function mapGet(y, map, key, depth) {
    const own = map.items[ownPairIndex(map, key)];
    if (own)
        return own.value;
    if (depth > 32)
        return undefined;
    for (const pair of map.items) {
        if (!isMergeKey(pair.key))
            continue;
        const source = deref(y, pair.value);
        const sources = (0,dist/* isSeq */.oP)(source) ? source.items.map((i) => deref(y, i)) : [source];
        for (const s of sources) {
            if (!(0,dist/* isMap */.jh)(s))
                continue;
            const found = mapGet(y, s, key, depth + 1);
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
/**
 * The node at `path` as a reader sees it (through aliases and `<<` merges), or undefined.
 * A key with no value gives a null scalar.
 */
function readNode(y, path) {
    let node = y.doc.contents;
    for (const [depth, seg] of path.entries()) {
        node = deref(y, node);
        if ((0,key_path/* isSelector */.cB)(seg)) {
            if (!(0,dist/* isSeq */.oP)(node))
                return undefined;
            const index = selectIndex(y, node, seg, path.slice(0, depth + 1), true);
            node = index === undefined ? undefined : node.items[index];
        }
        else if ((0,dist/* isMap */.jh)(node))
            node = mapGet(y, node, String(seg), 0);
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number')
            node = node.items[seg];
        else
            return undefined;
        if (node === undefined || node === null)
            return undefined;
    }
    return deref(y, node);
}
/**
 * The index of the one element of `seq` that is a mapping whose `field` is `equals`;
 * undefined when none is, a YamlError when several are (which one would be meant?).
 */
function selectIndex(y, seq, seg, path, throughAliases) {
    const found = [];
    seq.items.forEach((item, i) => {
        const node = throughAliases ? deref(y, item) : item;
        if (!(0,dist/* isMap */.jh)(node))
            return;
        const field = throughAliases
            ? mapGet(y, node, seg.field, 0)
            : node.items[ownPairIndex(node, seg.field)]?.value;
        if (scalarText(y, deref(y, field)) === seg.equals)
            found.push(i);
    });
    if (found.length > 1) {
        throw new YamlError(`${y.file}: "${(0,key_path/* formatKeyPath */.K7)(path)}" matches ${found.length} list elements (lines ${found.map((i) => nodeLine(y, seq.items[i]) ?? '?').join(', ')}); make the selector unique`);
    }
    return found[0];
}
/**
 * The text of a scalar as written: strings as they are, numbers and booleans as spelled in
 * the file (`1.20` stays `1.20`), null and non-scalars as undefined.
 */
function scalarText(y, node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    const [start, end] = rangeOf(node);
    return y.text.slice(start, end);
}
/** 1-based line of a node, for messages. */
function nodeLine(y, node) {
    const range = node?.range;
    return range ? y.line(range[0]) : undefined;
}
function describeNode(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isAlias */.Vj)(node))
        return 'an alias';
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? 'empty' : 'a value';
    return 'missing';
}
function where(y, path, node) {
    const line = node === undefined ? undefined : nodeLine(y, node);
    const name = path.length === 0 ? 'the document' : `"${(0,key_path/* formatKeyPath */.K7)(path)}"`;
    return `${y.file}${line === undefined ? '' : `:${line}`}: ${name}`;
}
function isNullScalar(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value === null;
}
/** Offset of the first line start at or after `pos`. */
function lineEndAfter(text, pos) {
    if (pos > 0 && text[pos - 1] === '\n')
        return pos;
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? text.length : nl + 1;
}
/** End of what a pair holds (before any trailing comment). */
function pairContentEnd(pair) {
    return pair.value ? rangeOf(pair.value)[1] : rangeOf(pair.key)[1];
}
function emptyTarget(y, path, depth, node, parent, unit) {
    let remove;
    if ((0,dist/* isScalar */.jn)(node)) {
        const [start, end] = rangeOf(node);
        if (end > start) {
            // `key: ~` / `key: null`: drop the token (and the spaces before it) as well.
            let from = start;
            while (from > 0 && y.text[from - 1] === ' ')
                from--;
            remove = [from, end];
        }
    }
    if (depth === 0) {
        return { kind: 'empty', depth, at: y.text.length, indent: 0, ...(remove ? { remove } : {}) };
    }
    if (!parent || parent.map.flow) {
        throw new YamlError(`${where(y, path.slice(0, depth), node)} is empty in a place image-promote cannot extend; give it a value first`);
    }
    return {
        kind: 'empty',
        depth,
        at: lineEndAfter(y.text, pairContentEnd(parent.pair)),
        indent: y.column(rangeOf(parent.pair.key)[0]) + unit(),
        ...(remove ? { remove } : {}),
    };
}
function locate(y, path, unit) {
    let node = y.doc.contents;
    let flow = false;
    let parent;
    for (let depth = 0; depth < path.length; depth++) {
        const seg = path[depth];
        if (node === null || isNullScalar(node))
            return emptyTarget(y, path, depth, node, parent, unit);
        if ((0,dist/* isAlias */.Vj)(node)) {
            throw new YamlError(`${where(y, path.slice(0, depth), node)} is an alias (*${node.source}); image-promote does not write through aliases — change the anchored value, or write the value out in full`);
        }
        if ((0,dist/* isMap */.jh)(node) && !(0,key_path/* isSelector */.cB)(seg)) {
            flow ||= node.flow === true;
            const index = ownPairIndex(node, String(seg));
            if (index === -1)
                return { kind: 'missing', depth, map: node, flow };
            const pair = node.items[index];
            parent = { map: node, pair, index };
            node = pair.value;
            continue;
        }
        if ((0,dist/* isSeq */.oP)(node) && (typeof seg === 'number' || (0,key_path/* isSelector */.cB)(seg))) {
            flow ||= node.flow === true;
            const index = (0,key_path/* isSelector */.cB)(seg)
                ? selectIndex(y, node, seg, path.slice(0, depth + 1), false)
                : seg;
            const item = index === undefined ? undefined : node.items[index];
            if (item === undefined) {
                throw new YamlError((0,key_path/* isSelector */.cB)(seg)
                    ? `${where(y, path.slice(0, depth), node)} has no element with ${seg.field}: ${seg.equals}; image-promote does not add list elements — add it to the file first`
                    : `${where(y, path.slice(0, depth), node)} has ${node.items.length} items, so there is no item ${String(seg)}`);
            }
            parent = undefined;
            node = item;
            continue;
        }
        throw new YamlError(`${where(y, path.slice(0, depth), node)} is ${describeNode(node)}, not a ${(0,key_path/* isSelector */.cB)(seg) ? 'list' : 'mapping'}, so it has no ${(0,key_path/* isSelector */.cB)(seg) ? 'element' : 'key'} "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
    }
    return { kind: 'found', node, parent, flow };
}
function dashColumn(y, seq) {
    const token = seq.srcToken;
    if (token?.type === 'block-seq') {
        const indicator = token.items[0]?.start.find((t) => t.type === 'seq-item-ind');
        if (indicator)
            return y.column(indicator.offset);
    }
    return y.column(rangeOf(seq.items[0])[0]) - 2;
}
function detectStyle(y) {
    let unit;
    let dashOffset;
    (0,dist/* visit */.YR)(y.doc, {
        Pair(_, pair) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
                return undefined;
            const keyCol = y.column(pair.key.range[0]);
            const value = pair.value;
            if (unit === undefined && (0,dist/* isMap */.jh)(value) && !value.flow && value.items[0]) {
                const childCol = y.column(rangeOf(value.items[0].key)[0]);
                if (childCol > keyCol)
                    unit = childCol - keyCol;
            }
            if (dashOffset === undefined && (0,dist/* isSeq */.oP)(value) && !value.flow && value.items.length > 0) {
                const offset = dashColumn(y, value) - keyCol;
                if (offset >= 0)
                    dashOffset = offset;
            }
            return unit !== undefined && dashOffset !== undefined ? dist/* visit */.YR.BREAK : undefined;
        },
    });
    // Kustomize writes `images:\n- name: …`; two-space indentation is the common default.
    return { unit: unit ?? 2, dashOffset: dashOffset ?? 0 };
}
function renderKey(key) {
    if ((0,key_path/* isSelector */.cB)(key)) {
        throw new YamlError(`image-promote does not add list elements (${(0,key_path/* formatKeyPath */.K7)([key])}) — add it to the file first`);
    }
    return renderScalar(String(key));
}
function itemLines(dashCol, keyOffset, entries) {
    return entries.map(([key, value], i) => {
        const lead = i === 0
            ? `${' '.repeat(dashCol)}-${' '.repeat(keyOffset - 1)}`
            : ' '.repeat(dashCol + keyOffset);
        return `${lead}${renderKey(key)}: ${renderScalar(value)}`;
    });
}
function blockLines(keys, payload, indent, style) {
    const lines = [];
    keys.forEach((key, i) => {
        const pad = ' '.repeat(indent + i * style.unit);
        const last = i === keys.length - 1;
        if (last && payload.kind === 'scalar') {
            lines.push(`${pad}${renderKey(key)}: ${renderScalar(payload.value)}`);
        }
        else {
            lines.push(`${pad}${renderKey(key)}:`);
        }
    });
    if (payload.kind === 'item') {
        const keyCol = indent + (keys.length - 1) * style.unit;
        lines.push(...itemLines(keyCol + style.dashOffset, 2, payload.entries));
    }
    return lines;
}
function flowValue(keys, payload) {
    if (keys.length === 0) {
        if (payload.kind === 'scalar')
            return renderScalar(payload.value, undefined, true);
        return `[${flowItem(payload.entries)}]`;
    }
    const [head, ...rest] = keys;
    return `{${renderKey(head)}: ${flowValue(rest, payload)}}`;
}
function flowItem(entries) {
    return `{${entries.map(([k, v]) => `${renderKey(k)}: ${renderScalar(v, undefined, true)}`).join(', ')}}`;
}
function insertLines(y, at, lines) {
    const joined = lines.join(y.newline);
    // At the end of a file without a final newline, keep it that way.
    if (at === y.text.length && y.text.length > 0 && !y.text.endsWith('\n')) {
        return { start: at, end: at, text: y.newline + joined };
    }
    return { start: at, end: at, text: joined + y.newline };
}
function createAt(y, target, path, payload, style) {
    if (target.kind === 'found')
        throw new Error('internal error: createAt on an existing node');
    const keys = path.slice(target.depth);
    if (target.kind === 'empty') {
        const splices = [
            insertLines(y, target.at, blockLines(keys, payload, target.indent, style)),
        ];
        if (target.remove)
            splices.push({ start: target.remove[0], end: target.remove[1], text: '' });
        return splices;
    }
    const { map } = target;
    const [head, ...rest] = keys;
    if (target.flow) {
        const entry = `${renderKey(head)}: ${flowValue(rest, payload)}`;
        const last = map.items[map.items.length - 1];
        if (last)
            return [{ start: pairContentEnd(last), end: pairContentEnd(last), text: `, ${entry}` }];
        const [start, end] = rangeOf(map);
        return [{ start, end, text: `{${entry}}` }];
    }
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (!first || !last)
        throw new Error('internal error: empty block mapping');
    const indent = y.column(rangeOf(first.key)[0]);
    const at = lineEndAfter(y.text, pairContentEnd(last));
    return [insertLines(y, at, blockLines(keys, payload, indent, style))];
}
function planSet(y, path, value) {
    if (path.length === 0)
        throw new Error('internal error: set needs a key path');
    const style = lazyStyle(y);
    const target = locate(y, path, () => style().unit);
    if (target.kind !== 'found')
        return createAt(y, target, path, { kind: 'scalar', value }, style());
    const node = target.node;
    if (node === null || node === undefined) {
        throw new YamlError(`${where(y, path)} has no value image-promote can replace; write one first`);
    }
    if (!(0,dist/* isScalar */.jn)(node)) {
        throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}, not a single value`);
    }
    const type = node.type;
    if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
        throw new YamlError(`${where(y, path, node)} is a block scalar (| or >); write it on one line (key: value) so it can be updated in place`);
    }
    const [start, end] = rangeOf(node);
    const old = y.text.slice(start, end);
    let text = renderScalar(value, node.value === null ? undefined : type, target.flow);
    // `key:` with nothing after the colon: the empty scalar sits right after it.
    if (old === '')
        text = ` ${text}`;
    return text === old ? [] : [{ start, end, text }];
}
function planDelete(y, path) {
    const target = locate(y, path, () => 2);
    if (target.kind !== 'found')
        return [];
    const { parent, node } = target;
    if (!parent)
        throw new YamlError(`${where(y, path, node)} is a list item; only keys can be removed`);
    if (node !== null && !(0,dist/* isScalar */.jn)(node)) {
        throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}; only single values are removed`);
    }
    const { map, pair, index } = parent;
    if (map.items.length === 1) {
        throw new YamlError(`${where(y, path, node)} is the only key of its mapping; image-promote does not leave empty mappings`);
    }
    const next = map.items[index + 1];
    const keyStart = rangeOf(pair.key)[0];
    if (map.flow) {
        const previous = map.items[index - 1];
        if (previous)
            return [{ start: pairContentEnd(previous), end: pairContentEnd(pair), text: '' }];
        if (next)
            return [{ start: keyStart, end: rangeOf(next.key)[0], text: '' }];
    }
    const lineStart = y.text.lastIndexOf('\n', keyStart - 1) + 1;
    if (y.text.slice(lineStart, keyStart).trim() === '') {
        return [{ start: lineStart, end: lineEndAfter(y.text, pairContentEnd(pair)), text: '' }];
    }
    // The key shares its line with `- `: let the next key move up into its place.
    if (next)
        return [{ start: keyStart, end: rangeOf(next.key)[0], text: '' }];
    throw new Error('internal error: cannot remove the last key of a list item');
}
function planAppend(y, path, entries) {
    if (entries.length === 0)
        throw new Error('internal error: append needs entries');
    const style = lazyStyle(y);
    const target = locate(y, path, () => style().unit);
    const payload = { kind: 'item', entries };
    if (target.kind !== 'found')
        return createAt(y, target, path, payload, style());
    const { node, parent } = target;
    if (isNullScalar(node) && parent && !parent.map.flow) {
        const empty = emptyTarget(y, path, path.length, node, parent, () => style().unit);
        if (empty.kind !== 'empty')
            throw new Error('internal error');
        const keyCol = y.column(rangeOf(parent.pair.key)[0]);
        const lines = itemLines(keyCol + style().dashOffset, 2, entries);
        const splices = [insertLines(y, empty.at, lines)];
        if (empty.remove)
            splices.push({ start: empty.remove[0], end: empty.remove[1], text: '' });
        return splices;
    }
    if (!(0,dist/* isSeq */.oP)(node)) {
        throw new YamlError(`${where(y, path, node)} is ${describeNode(node)}, not a list`);
    }
    const last = node.items[node.items.length - 1];
    if (node.flow || target.flow) {
        if (last !== undefined) {
            const end = rangeOf(last)[1];
            return [{ start: end, end, text: `, ${flowItem(entries)}` }];
        }
        const [start, end] = rangeOf(node);
        return [{ start, end, text: `[${flowItem(entries)}]` }];
    }
    const first = node.items[0];
    const dashCol = dashColumn(y, node);
    let keyOffset = 2;
    if ((0,dist/* isMap */.jh)(first) && first.items[0]) {
        const offset = y.column(rangeOf(first.items[0].key)[0]) - dashCol;
        if (offset >= 2)
            keyOffset = offset;
    }
    const at = lineEndAfter(y.text, rangeOf(last)[1]);
    return [insertLines(y, at, itemLines(dashCol, keyOffset, entries))];
}
function lazyStyle(y) {
    let style;
    return () => (style ??= detectStyle(y));
}
function applySplices(text, splices) {
    let out = text;
    for (const s of [...splices].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, s.start) + s.text + out.slice(s.end);
    }
    return out;
}
// ---------------------------------------------------------------------------------------
// Checking the result
/** `data` with `update` applied at `path` (creating mappings on the way). */
function updateData(data, path, update) {
    const [head, ...rest] = path;
    if (head === undefined)
        return update(data);
    if ((0,key_path/* isSelector */.cB)(head))
        throw new Error('internal error: unresolved selector');
    if (Array.isArray(data) && typeof head === 'number') {
        const copy = [...data];
        copy[head] = updateData(copy[head], rest, update);
        return copy;
    }
    const key = String(head);
    const entries = Object.entries((0,data_path/* isRecord */.u4)(data) ? data : {}).filter(([k]) => k !== key);
    const value = updateData((0,data_path/* isRecord */.u4)(data) ? data[key] : undefined, rest, update);
    return Object.fromEntries(value === undefined ? entries : [...entries, [key, value]]);
}
const REMOVED = undefined;
function expectedData(data, edit) {
    switch (edit.op) {
        case 'set':
            return updateData(data, edit.path, () => edit.value);
        case 'delete':
            return updateData(data, edit.path, () => REMOVED);
        case 'append':
            return updateData(data, edit.path, (old) => [
                ...(Array.isArray(old) ? old : []),
                Object.fromEntries(edit.entries),
            ]);
    }
}
function check(before, text, edit) {
    const fail = (why) => {
        throw new YamlError(`${before.file}: refusing to write "${(0,key_path/* formatKeyPath */.K7)(edit.path)}": the edit ${why}; the file was not changed`);
    };
    let after;
    try {
        after = parseYaml(text, before.file);
    }
    catch (err) {
        fail(`produced invalid YAML (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!after)
        return fail('produced nothing');
    const node = readNode(after, edit.path);
    if (edit.op === 'set' && !((0,dist/* isScalar */.jn)(node) && node.value === edit.value))
        fail('did not write the value (please report this)');
    if (edit.op === 'delete' && locate(after, edit.path, () => 2).kind === 'found')
        fail('did not remove the key (please report this)');
    if (edit.op === 'append' && !(0,dist/* isSeq */.oP)(node))
        fail('did not write a list (please report this)');
    if (!(0,external_node_util_.isDeepStrictEqual)(after.data, expectedData(before.data, edit))) {
        fail(before.hasAnchors
            ? 'would change other values as well: another place reads it through an alias or a << merge — give that place its own value, or write the value out in full'
            : 'changed more than that value (please report this)');
    }
    return after;
}
/**
 * `path` with each `[field=value]` selector replaced by the index of the element it picks
 * (in the file's own nodes: edits never go through aliases).
 */
function resolveSelectors(y, path) {
    if (!path.some(key_path/* isSelector */.cB))
        return path;
    const out = [];
    let node = y.doc.contents;
    for (const [depth, seg] of path.entries()) {
        if ((0,key_path/* isSelector */.cB)(seg)) {
            if (!(0,dist/* isSeq */.oP)(node)) {
                throw new YamlError(`${where(y, path.slice(0, depth), node ?? undefined)} is ${describeNode(node)}, not a list, so it has no element "${(0,key_path/* formatKeyPath */.K7)([seg])}"`);
            }
            const index = selectIndex(y, node, seg, path.slice(0, depth + 1), false);
            if (index === undefined) {
                throw new YamlError(`${where(y, path.slice(0, depth), node)} has no element with ${seg.field}: ${seg.equals}; image-promote does not add list elements — add it to the file first`);
            }
            out.push(index);
            node = node.items[index];
            continue;
        }
        out.push(seg);
        if ((0,dist/* isMap */.jh)(node))
            node = node.items[ownPairIndex(node, String(seg))]?.value;
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number')
            node = node.items[seg];
        else
            node = undefined;
    }
    return out;
}
/**
 * Applies `edits` in order to `text` and returns the new text. Each edit changes only the
 * characters of the value it sets (or the lines it adds or removes).
 */
function editYaml(text, file, edits) {
    let y = parseYaml(text, file);
    for (const given of edits) {
        const edit = { ...given, path: resolveSelectors(y, given.path) };
        let splices;
        switch (edit.op) {
            case 'set':
                splices = planSet(y, edit.path, edit.value);
                break;
            case 'delete':
                splices = planDelete(y, edit.path);
                break;
            case 'append':
                splices = planAppend(y, edit.path, edit.entries);
                break;
        }
        if (splices.length === 0)
            continue;
        const next = applySplices(y.text, splices);
        y = check(y, next, edit);
    }
    return y.text;
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ redactor),
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony export Redactor */
/**
 * The one redactor. Every text that leaves the process (log lines, error messages, action
 * outputs, the job summary, commit messages, CLI output) passes through `redact`, including
 * text copied from a registry's or an API's answer, which may echo what we sent.
 *
 * It removes every registered secret in the forms it travels in (as is, base64, base64url,
 * URL-encoded, JSON-escaped; a `user:password` pair also as the base64 of both), and, without
 * registration, anything shaped like a credential: `Authorization` header values, `Basic` and
 * `Bearer` credentials, JWTs, GitHub tokens, and the user-info part of URLs.
 */
const MASK = '***';
/** Shorter "secrets" would shred every line; nothing real is this short. */
const MIN_SECRET_LENGTH = 4;
const PATTERNS = [
    // `Authorization: Bearer abc`, `"authorization":"Basic abc"`, `WWW-Authenticate` is not a secret.
    [/\b(authorization\b["']?\s*[:=]\s*["']?)[^\s"',;]+(?:[ \t]+[^\s"',;]+)?/gi, `$1${MASK}`],
    [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${MASK}`],
    // JSON Web Tokens (registry bearer tokens, OIDC tokens).
    [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, MASK],
    // GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_, and fine-grained PATs.
    [/\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, MASK],
    [/\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, MASK],
    // https://user:password@host → https://***@host
    [/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, `$1${MASK}@`],
];
function base64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
function base64url(text) {
    return Buffer.from(text, 'utf8').toString('base64url');
}
class Redactor {
    secrets = new Set();
    /** Longest first, so a secret that contains another is removed whole. */
    ordered = [];
    listeners = [];
    /** Registers a secret and the forms it is sent in. */
    add(secret) {
        if (secret.length < MIN_SECRET_LENGTH)
            return;
        const forms = new Set([secret, base64(secret), base64url(secret)]);
        const encoded = encodeURIComponent(secret);
        if (encoded !== secret)
            forms.add(encoded);
        const json = JSON.stringify(secret).slice(1, -1);
        if (json !== secret)
            forms.add(json);
        // Base64 without padding shows up inside longer base64 strings.
        for (const f of [...forms])
            if (f.endsWith('='))
                forms.add(f.replace(/=+$/, ''));
        this.addForms(forms);
    }
    /** Registers a username/password pair: the password, and `user:password` as Basic sends it. */
    addCredentials(username, password) {
        this.add(password);
        const pair = `${username}:${password}`;
        const forms = new Set([base64(pair), base64(pair).replace(/=+$/, '')]);
        this.addForms(forms);
    }
    /** Called with every form registered from now on (the runner's `::add-mask::`). */
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
        for (const [pattern, replacement] of PATTERNS) {
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
/** The process's redactor: loggers, errors, outputs and commit messages all use it. */
const redactor = new Redactor();
function redact(text) {
    return redactor.redact(text);
}


/***/ }),

/***/ 8286:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ parseRepositoryName),
/* harmony export */   AF: () => (/* binding */ ReferenceError),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   WF: () => (/* binding */ tryParseReference),
/* harmony export */   WQ: () => (/* binding */ digestProblem),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   gh: () => (/* binding */ withTagAndDigest),
/* harmony export */   pA: () => (/* binding */ joinRepository),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports DEFAULT_DOMAIN, NAME_TOTAL_LENGTH_MAX, parseReference */
/**
 * Image references, following the distribution reference grammar
 * (github.com/distribution/reference, regexp.go) plus Docker's normalisation
 * (normalize.go): `nginx` → `docker.io/library/nginx`. Every place that reads a
 * reference goes through here.
 */
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
/** Longest repository path (the part after the domain), as in distribution's Parse. */
const NAME_TOTAL_LENGTH_MAX = 255;
/**
 * No valid reference comes near this (255 path + host + 128 tag + sha512 digest); refusing
 * longer input up front keeps the regular expressions below on short strings.
 */
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
/** True when `tag` is a valid tag: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
/** Returns why `tag` is not a valid tag, or undefined when it is. */
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
/** Returns why `digest` is not a valid digest, or undefined when it is. */
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
/**
 * True when the first `/`-separated component of a name is a registry host rather than a
 * path component: `localhost`, anything with `.` or `:`, or anything with an uppercase
 * letter (paths are lowercase, so Docker reads `Foo/bar` as host `Foo`).
 */
function isDomainComponent(first) {
    return first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first;
}
/** Splits `name` into domain and path the way Docker does (splitDockerDomain). */
function splitDomain(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    let domain;
    let path;
    if (slash === -1 || !isDomainComponent(first)) {
        domain = DEFAULT_DOMAIN;
        path = name;
    }
    else {
        domain = first;
        path = name.slice(slash + 1);
    }
    if (domain === LEGACY_DEFAULT_DOMAIN)
        domain = DEFAULT_DOMAIN;
    if (domain === DEFAULT_DOMAIN && !path.includes('/'))
        path = OFFICIAL_REPO_PREFIX + path;
    return { domain, path };
}
/** Parses a name-only reference part and validates it. */
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
/** Parses and normalises an image reference; throws ReferenceError with the reason. */
function parseReference(input) {
    const s = input.trim();
    if (s === '')
        throw new ReferenceError(input, 'the reference is empty');
    if (/\s/.test(s))
        throw new ReferenceError(input, 'a reference cannot contain whitespace');
    if (s.length > INPUT_LENGTH_MAX) {
        throw new ReferenceError(input, `a reference is at most ${INPUT_LENGTH_MAX} characters`);
    }
    // As in ParseNormalizedNamed: the whole input, so `<64 hex>:tag` is still a name.
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
    // A tag is after the last ':' that follows the last '/', so `localhost:5000/app` has none.
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
/** Like parseReference but returns the reason instead of throwing. */
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
        // `library/` is dropped only for single-level official images (familiarizeName).
        const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
        familiarName = path.startsWith(OFFICIAL_REPO_PREFIX) && !rest.includes('/') ? rest : path;
        // Docker's short form is ambiguous when the path's first part looks like a host
        // (`docker.io/localhost/app` would read back as registry `localhost`): keep the domain.
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
/** Returns a copy with a different tag and/or digest (undefined removes it). */
function withTagAndDigest(ref, tag, digest) {
    return build(ref.domain, ref.path, tag, digest);
}
/** `domain/path[:tag][@digest]`, fully qualified. */
function formatReference(ref) {
    return (ref.name +
        (ref.tag === undefined ? '' : `:${ref.tag}`) +
        (ref.digest === undefined ? '' : `@${ref.digest}`));
}
/**
 * Joins a configured `registry` (e.g. `ghcr.io/acme`, `localhost:5000`) and an image
 * `repository` into one reference. A repository that already names a registry host wins.
 */
function joinRepository(registry, repository) {
    const slash = repository.indexOf('/');
    const first = slash === -1 ? '' : repository.slice(0, slash);
    // Unlike splitDomain, an uppercase first part is not taken for a host here: under a
    // configured registry `MyOrg/api` is a path, and the parser then says it must be lowercase.
    const hasHost = slash !== -1 && (/[.:]/.test(first) || first === 'localhost');
    const full = hasHost || !registry ? repository : `${registry.replace(/\/+$/, '')}/${repository}`;
    return parseReference(full);
}
/** Parses a repository name (no tag, no digest), e.g. a kustomize `newName`. */
function parseRepositoryName(input) {
    const ref = parseReference(input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new ReferenceError(input, 'a repository name has no tag or digest');
    }
    return ref;
}


/***/ }),

/***/ 7481:
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
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8851);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(26);



/**
 * Parses a WWW-Authenticate header (RFC 7235): one or more challenges, each a scheme and
 * comma-separated `key=value` / `key="quoted, value"` parameters.
 */
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
                // Not a parameter: the next challenge's scheme starts here.
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
/** Merges scopes naming the same resource (`a:pull` + `a:push` → `a:pull,push`); sorted. */
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
/** Re-fetch a token this long before the registry would reject it. */
const EXPIRY_MARGIN_MS = 10_000;
/** Authentication state for one registry host. */
class RegistryAuth {
    options;
    scheme = 'unknown';
    bearer;
    basicHeader;
    credentials;
    tokens = new Map();
    /** Scope sets a registry asked to widen, keyed by the set we asked for. */
    upgrades = new Map();
    /** Tokens fetched in answer to a challenge → the scope set they were fetched for. */
    answered = new Map();
    constructor(options) {
        this.options = options;
    }
    /** Primes credentials that are known up front (e.g. an ECR authorization token). */
    static withCredentials(options, creds) {
        return new RegistryAuth({ ...options, credentials: () => Promise.resolve(creds) });
    }
    /** The Authorization header for a request needing `scopes`, once the scheme is known. */
    async header(scopes, ctx) {
        if (this.scheme === 'basic')
            return this.basicHeader;
        if (this.scheme === 'bearer') {
            const upgraded = this.upgrades.get(mergeScopes(scopes).join(' ')) ?? scopes;
            return (await this.token(upgraded, ctx)).header;
        }
        return undefined;
    }
    /**
     * Learns from a 401 answer. Returns true when a retry can succeed: a new scheme, a token
     * covering more scopes, or credentials not sent before.
     */
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
            // The registry may want more than we asked for (insufficient_scope): remember it.
            if (wanted.join(' ') !== asked)
                this.upgrades.set(asked, wanted);
            const key = wanted.join(' ');
            // A token fetched for exactly this challenge and still refused: asking again won't help.
            if (sent !== undefined && this.answered.get(sent) === key)
                return false;
            // Drop a token only if it is the one just rejected; a pending one is shared instead.
            const cached = this.tokens.get(key);
            if (cached && sent !== undefined) {
                const token = await cached.catch(() => undefined);
                // Another request may already have replaced it while we waited.
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
        // Concurrent requests share one token request per scope set.
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
            // OAuth2 refresh-token grant, as docker does for identity tokens.
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
        // The token spec's default lifetime is 60 s when expires_in is absent.
        const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        logger.debug(`registry ${registry}: got a token for ${scopes.join(' ') || '(no scope)'}`);
        return { header: `Bearer ${token}`, expiresAt: clock.now() + seconds * 1000 };
    }
}
/** Every form of a credential is redacted from then on, whatever the logger does with it. */
function registerCredentials(creds) {
    if (!creds)
        return;
    if ('password' in creds)
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.addCredentials(creds.username, creds.password);
    else
        _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.add(creds.identityToken);
}
/** `: <what the token server said>`, short and redacted (it may echo what it was sent). */
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
        // Not JSON: the text itself.
    }
    // Redacted whole, then shortened: a cut would leave a part of a secret unrecognised.
    return `: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(detail.replace(/\s+/g, ' ')).slice(0, 200)}`;
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
/** The realm without query or credentials, for messages. */
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

/***/ 26:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ew: () => (/* binding */ findDockerCredentials)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_SERVER, configKeyHost, dockerConfigDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/**
 * Credentials the way the docker CLI finds them, so image-promote works right after
 * `docker login`, docker/login-action or aws-actions/amazon-ecr-login:
 * `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`), `credHelpers` over
 * `credsStore`, then `auths`. Helpers speak the `docker-credential-<name> get` protocol.
 */




/** The key docker uses for Docker Hub in config files and when calling helpers. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Docker's ConvertToHostname: drop the scheme and any path (`https://x/v1/` → `x`). */
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
/** An ExecError (src/exec.ts), recognised without loading that module. */
function isExecError(err) {
    return err instanceof Error && err.name === 'ExecError' && 'exitCode' in err;
}
/** Runs `docker-credential-<helper> get`; undefined when the helper has nothing for `server`. */
async function askHelper(helper, server, options) {
    // The exec wrapper (and node:child_process) loads only when a helper is configured.
    const run = options.exec ?? (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8092))).exec;
    const program = `docker-credential-${helper}`;
    const result = await run(program, ['get'], {
        input: server,
        allowFailure: true,
        timeoutMs: 30000,
        ...(options.env ? { env: options.env } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
    });
    if (result.exitCode !== 0) {
        // The protocol reports a miss on stdout with a non-zero exit; anything else is a failure.
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
    // Helpers store identity tokens (from `docker login` with OAuth) under this username.
    if (username === '<token>')
        return { identityToken: secret };
    return { username, password: secret };
}
/**
 * Credentials docker would use for `host` (e.g. `ghcr.io`, `localhost:5000`, `docker.io`), or
 * undefined. A helper that is missing or fails is reported as a warning and `auths` is tried.
 */
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
        // Helpers store entries under the address given to `docker login`; try the usual spellings.
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
    // Exact spelling first, then any key naming the same host (with scheme or /v1/ path).
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

/***/ 72:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   isEcrHost: () => (/* binding */ isEcrHost),
/* harmony export */   parseEcrHost: () => (/* binding */ parseEcrHost)
/* harmony export */ });
/**
 * Recognises Amazon ECR private registry hosts without loading the AWS SDK, so the provider
 * can decide which backend to use (and the build path whether to fetch an ECR login) cheaply.
 */
// Host suffixes ECR uses per partition (the same list amazon-ecr-credential-helper accepts).
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
/**
 * Parses `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` (and the dual-stack, EU and
 * isolated-partition forms). A port is ignored. Returns undefined for any other host.
 */
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
    // Dual-stack hosts are `dkr-ecr`, the classic ones `dkr.ecr`; anything else is not ECR.
    if ((sep === '-') !== dualstack)
        return undefined;
    const partition = basePartition === 'aws' && region.startsWith('us-gov-') ? 'aws-us-gov' : basePartition;
    return { accountId, region, fips: fips !== undefined, dualstack, partition };
}
function isEcrHost(host) {
    return parseEcrHost(host) !== undefined;
}


/***/ }),

/***/ 8851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   Uc: () => (/* binding */ formatRefSuffix),
/* harmony export */   _Y: () => (/* binding */ retryIntegrity),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   lw: () => (/* binding */ Http),
/* harmony export */   m0: () => (/* binding */ requireDigest),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports parseRetryAfter, networkReason, redactUrl, formatMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6670);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(506);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2125);
/**
 * HTTP with the resilience registries need: retries on 429/5xx, resets and timeouts, with
 * exponential backoff and jitter, honouring Retry-After, bounded in attempts and total time.
 * Also the error type every registry failure becomes.
 */




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
/** Retry-After as ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
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
/** Backoff before retry number `retry` (0-based): half fixed, half random ("equal jitter"). */
function backoffDelay(policy, retry, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** retry);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/**
 * A registry failure a user can act on; the message names registry, repository, reference.
 * The message is redacted here, once: it is often built from a registry's or token server's
 * answer, which may echo the credentials it was sent.
 */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    info;
    name = 'RegistryError';
    constructor(info, problem, fix) {
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${describeTarget(info)}: ${problem}${fix ? ` — ${fix}` : ''}`));
        this.info = info;
    }
}
/**
 * Content that does not hash to what it should: bytes asked for by digest that hash to
 * another one, bytes that contradict the `Docker-Content-Digest` sent with them, or bytes for
 * a tag that hash to a manifest the repository does not hold. Retried like a transient
 * fault (retryIntegrity); `problem` always starts "the registry returned bytes that …".
 */
class IntegrityError extends RegistryError {
    problem;
    name = 'IntegrityError';
    constructor(ctx, problem) {
        super({ ...ctx, code: 'DIGEST_MISMATCH', retryable: true }, problem, 'the registry or a proxy in between altered the content; nothing was promoted from it');
        this.problem = problem;
    }
}
/**
 * "the registry returned bytes that do not match `expected`[, `claimedBy`] (they hash to
 * `actual`)": the one wording for content that is not what it was asked for or said to be.
 */
function digestMismatch(ctx, expected, actual, claimedBy) {
    return new IntegrityError(ctx, `the registry returned bytes that do not match ${expected}${claimedBy ? `, ${claimedBy}` : ''} (they hash to ${actual})`);
}
/** Throws digestMismatch unless `bytes` hash to `digest` (see hashMatches). */
function requireDigest(ctx, bytes, digest, claimedBy) {
    if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .hashMatches */ .CR)(bytes, digest)) {
        throw digestMismatch(ctx, digest, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes, digest), claimedBy);
    }
}
/**
 * Runs `attempt` again while it throws IntegrityError, with the backoff and bounds of the
 * HTTP retries (attempts and total time); then fails with the last problem and the count.
 */
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
            const delay = backoffDelay(policy, n - 1, clock.random);
            if (n > policy.retries || clock.now() + delay - started > policy.maxElapsedMs) {
                if (n === 1)
                    throw err;
                throw new RegistryError({ ...err.info, attempts: n }, `${err.problem} (${n} attempts)`, 'the registry or a proxy in between keeps altering the content; nothing was promoted from it');
            }
            logger.info(`registry ${ctx.registry}: ${err.problem} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${n + 1} of ${policy.retries + 1})`);
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
class TimeoutError extends Error {
    name = 'TimeoutError';
}
// Duck-typed: errors may come from another realm (undici's, or under jest's VM modules).
function asError(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const e = err;
    return typeof e.name === 'string' && typeof e.message === 'string' ? e : undefined;
}
/** Network-level failures worth another attempt (by code; fetch wraps them in a TypeError). */
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
/** The low-level reason (ECONNRESET, "socket hang up") behind a network failure. */
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
class Http {
    options;
    clock;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? systemClock;
    }
    get policy() {
        return this.options.policy;
    }
    /** Sends with retries and reads the whole body (manifests, JSON, errors). */
    buffered(req, ctx) {
        return this.withRetries(req, ctx, false);
    }
    /**
     * Sends with retries; a 2xx body is handed back unread as `stream` (blob downloads), anything
     * else is read into `body`. The timeout covers the headers only for a streamed body: a body
     * that fails midway is retried by the caller, which restarts the whole transfer.
     */
    stream(req, ctx) {
        return this.withRetries(req, ctx, true);
    }
    async withRetries(req, ctx, streamBody) {
        const { policy, logger } = this.options;
        const replayable = req.body === undefined || Buffer.isBuffer(req.body);
        const started = this.clock.now();
        for (let attempt = 1;; attempt++) {
            let outcome;
            try {
                outcome = { response: await this.once(req, streamBody, attempt) };
            }
            catch (error) {
                outcome = { error };
            }
            const retriesLeft = replayable && attempt <= policy.retries;
            if ('response' in outcome) {
                const res = outcome.response;
                if (!isRetryableStatus(res.status) || !retriesLeft)
                    return res;
                const hinted = parseRetryAfter(res.headers.get('retry-after'), this.clock.now());
                const delay = Math.max(hinted ?? 0, backoffDelay(policy, attempt - 1, this.clock.random));
                if (this.clock.now() + delay - started > policy.maxElapsedMs)
                    return res;
                logger.info(`registry ${ctx.registry}: HTTP ${res.status} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`);
                await this.clock.sleep(delay);
                continue;
            }
            const { error } = outcome;
            if (!isTransientError(error))
                throw error;
            const delay = backoffDelay(policy, attempt - 1, this.clock.random);
            if (!retriesLeft || this.clock.now() + delay - started > policy.maxElapsedMs) {
                throw new RegistryError({ ...ctx, attempts: attempt, retryable: true }, `could not reach the registry (${networkReason(error)})${attempt > 1 ? ` after ${attempt} attempts` : ''}`, 'check the registry address and the network, or retry later');
            }
            logger.info(`registry ${ctx.registry}: ${networkReason(error)} on ${ctx.operation}; retrying in ${formatMs(delay)} (attempt ${attempt + 1} of ${policy.retries + 1})`);
            await this.clock.sleep(delay);
        }
    }
    async once(req, streamBody, attempt) {
        const { policy, logger } = this.options;
        const controller = new AbortController();
        let timer = setTimeout(() => {
            controller.abort();
        }, policy.timeoutMs);
        // A streamed upload may take long; what must not happen is a stall, so every chunk that
        // flows restarts the clock (an idle timeout), and the answer must follow the last chunk.
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
            // Reading the body also returns the connection to the keep-alive pool.
            const body = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .readAll */ .yw)(res.body);
            return { status: res.status, headers: res.headers, body, attempts: attempt };
        }
        catch (err) {
            // Only our timer aborts this controller.
            if (controller.signal.aborted)
                throw new TimeoutError(`timed out after ${formatMs(policy.timeoutMs)}`);
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
/** Drops the query (upload `_state`, token parameters) from URLs that reach logs. */
function redactUrl(url) {
    const q = url.indexOf('?');
    return q === -1 ? url : `${url.slice(0, q)}?…`;
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   CR: () => (/* binding */ hashMatches),
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   T$: () => (/* binding */ pickImageChild),
/* harmony export */   ZX: () => (/* binding */ bareMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony exports MEDIA_TYPES, isIndexMediaType, isAttestation */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8286);
/**
 * Manifest media types, digests over exact bytes, and the references a manifest holds
 * (an index's children, an image's config and layers). Pure: no I/O.
 */


const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const INDEX_TYPES = new Set([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]);
const IMAGE_TYPES = new Set([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);
/**
 * Every manifest type, on every manifest request: distribution answers 404 for a manifest whose
 * type is missing from Accept, even though it exists (vectors/registry-http-transcript.json).
 */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest,
].join(', ');
const MANIFEST_MEDIA_TYPES = Object.values(MEDIA_TYPES);
function isIndexMediaType(mediaType) {
    return INDEX_TYPES.has(mediaType);
}
/** `sha256:<hex>` (or the algorithm of `like`) over exactly these bytes. */
function digestOf(bytes, like) {
    const algorithm = like?.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
const ALGORITHMS = new Set(['sha256', 'sha384', 'sha512']);
/** The hash algorithm `digest` names (sha256, sha384 or sha512), undefined for any other. */
function digestAlgorithm(digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    return colon > 0 && ALGORITHMS.has(algorithm) ? algorithm : undefined;
}
/**
 * True when `bytes` hash to `digest` (sha256, sha384 or sha512, per its prefix). A digest of
 * another or no algorithm never matches: a claim that cannot be checked is not believed.
 */
function hashMatches(bytes, digest) {
    const algorithm = digestAlgorithm(digest);
    if (algorithm === undefined)
        return false;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex') === digest.slice(algorithm.length + 1);
}
/** `application/vnd.oci.image.index.v1+json; charset=utf-8` → the bare type. */
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
/** Build attestations (buildx provenance/SBOM) ride in an index as `unknown/unknown` images. */
function isAttestation(child) {
    return (child.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (child.platform?.os === 'unknown' && child.platform.architecture === 'unknown'));
}
/** The child of an index whose config describes the image: linux/amd64, else the first image. */
function pickImageChild(children) {
    const images = children.filter((c) => !isAttestation(c));
    return (images.find((c) => c.platform?.os === 'linux' && c.platform.architecture === 'amd64') ??
        images[0]);
}
/**
 * Reads what a manifest references. The media type comes from the response's Content-Type,
 * else the manifest's own `mediaType`, else its shape (`manifests` means an index).
 */
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
/** Reads labels and `created` from image config JSON; throws ManifestError when it is not JSON. */
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

/***/ 6218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zy: () => (/* binding */ OciRegistry),
  WT: () => (/* binding */ apiEndpoint),
  Tn: () => (/* binding */ manifestReference)
});

// UNUSED EXPORTS: nextLink

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __nccwpck_require__(8286);
// EXTERNAL MODULE: ./src/registry/auth.ts
var auth = __nccwpck_require__(7481);
// EXTERNAL MODULE: ./src/registry/http.ts
var registry_http = __nccwpck_require__(8851);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var registry_manifest = __nccwpck_require__(506);
;// CONCATENATED MODULE: ./src/registry/pool.ts
/** Runs async work over items with at most `limit` in flight; results keep input order. */
async function mapSettled(items, limit, fn, stopOnError = false) {
    const results = items.map(() => undefined);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !(stopOnError && failed)) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await fn(items[index], index) };
            }
            catch (reason) {
                failed = true;
                results[index] = { status: 'rejected', reason };
            }
        }
    };
    const count = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: count }, worker));
    return results;
}
/**
 * Like Promise.all with a concurrency limit: after a failure no new item starts, and the first
 * failure is thrown once the work in flight has finished (nothing is left running behind).
 */
async function mapPool(items, limit, fn) {
    const settled = await mapSettled(items, limit, fn, true);
    const values = [];
    for (const result of settled) {
        if (result?.status === 'rejected')
            throw result.reason;
        if (result)
            values.push(result.value);
    }
    return values;
}

// EXTERNAL MODULE: ./src/registry/tag-rules.ts
var tag_rules = __nccwpck_require__(1070);
;// CONCATENATED MODULE: ./src/registry/oci.ts
/**
 * The OCI distribution backend: plain HTTP(S) against /v2/, no docker daemon.
 * Retag and copy move the exact manifest bytes with their content type, so the digest cannot
 * change; blobs move by cross-repository mount, streamed through only when a mount is refused.
 *
 * Digests are computed, never believed: a manifest's digest is the hash of the bytes read
 * here. Bytes asked for by digest must hash to it; bytes that contradict the
 * Docker-Content-Digest sent with them are refused; bytes read by tag without that header
 * must hash to a manifest the repository holds (a HEAD by that digest, which can be checked).
 * Each of these is an integrity fault, retried like a transient one (retryIntegrity), then
 * reported. A HEAD is used only by digest, never to learn what a tag points to.
 *
 * Every manifest PUT is re-read (a tag by GET and hash, a digest by HEAD). The distribution
 * API has no compare-and-swap: two writers of one tag can both pass the "tag is free" check;
 * the re-read catches the one whose write was overwritten before it looked again, but a PUT
 * landing after the last re-read is not seen (callers re-read once more at the end of a run
 * with verifyTag). Only server-side tag immutability really locks a tag.
 */









/** Docker Hub's API lives on another host than the name users write. */
const DOCKER_HUB_API = 'registry-1.docker.io';
function isLoopback(host) {
    const bare = host.replace(/:\d+$/, '').toLowerCase();
    return bare === 'localhost' || bare === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}
/**
 * Base URL of a registry's API. Loopback registries are reached over plain HTTP, as docker
 * does; so are the hosts listed as insecure (`host` matches any port, `host:port` only that).
 */
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
/**
 * The first registry error code and a short message from an error body, redacted: a
 * registry may echo the credentials it was sent.
 */
function decodeErrors(body) {
    const { code, message } = decodeErrorsRaw(body);
    // Redacted whole, then shortened: a cut would leave a part of a secret unrecognised.
    return {
        ...(code ? { code: (0,redact/* redact */.E$)(code).slice(0, 100) } : {}),
        ...(message ? { message: (0,redact/* redact */.E$)(message).slice(0, 300) } : {}),
    };
}
function decodeErrorsRaw(body) {
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
class OciRegistry {
    options;
    kind = 'oci';
    concurrency;
    constructor(options) {
        this.options = options;
        this.concurrency = options.concurrency ?? 8;
    }
    async resolve(ref) {
        this.checkHost(ref);
        const reference = manifestReference(ref);
        const scopes = [(0,auth.pullScope)(ref.path)];
        if (ref.digest !== undefined) {
            // A request by digest can be checked, so a HEAD suffices when it names type and size.
            const digest = ref.digest;
            const head = await this.retry(this.ctx('HEAD manifest', ref.path, digest), () => this.headByDigest(ref.path, digest, scopes));
            if (head !== null)
                return head;
        }
        // By tag: the GET's bytes, hashed here, confirmed to be a manifest the repository holds.
        const fetched = await this.fetchManifest(ref.path, reference, scopes);
        return fetched && descriptorOf(fetched);
    }
    async addTag(source, tag, options = {}) {
        this.checkHost(source);
        checkTag(tag, this.options.registry, source.path);
        const scopes = [(0,auth.pushScope)(source.path)];
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
        checkTag(tag, this.options.registry, target.path);
        if (source.path === target.path && target.digest === undefined) {
            return this.addTag(source, tag, options);
        }
        const scopes = [(0,auth.pushScope)(target.path), (0,auth.pullScope)(source.path)];
        const manifest = await this.readSource(source, scopes);
        if (target.digest !== undefined && target.digest !== manifest.digest) {
            throw new errors/* UserError */.yo(`copy target ${(0,reference/* formatReference */.FH)(target)} pins digest ${target.digest}, but the source ${(0,reference/* formatReference */.FH)(source)} is ${manifest.digest}`);
        }
        let copyContent;
        if (source.path !== target.path) {
            const copier = new ContentCopier(this, source.path, target.path, scopes, this.concurrency);
            // The index's manifests are read while the target tag is checked (reads only: nothing
            // is written before the overwrite rule has passed).
            copier.prefetch(manifest);
            copyContent = () => copier.copyReferenced(manifest);
        }
        return this.writeTag(target.path, tag, manifest, scopes, options, copyContent);
    }
    async listTags(repo) {
        this.checkHost(repo);
        const scopes = [(0,auth.pullScope)(repo.path)];
        const ctx = this.ctx('list tags', repo.path);
        const tags = [];
        const seen = new Set();
        let url = `${this.options.endpoint}/v2/${repo.path}/tags/list?n=1000`;
        while (url !== undefined) {
            // A registry that ignores `n` answers everything at once; one that pages sends Link.
            if (seen.has(url))
                break;
            seen.add(url);
            const res = await this.send({ method: 'GET', url }, scopes, ctx);
            if (res.status === 404)
                return [];
            if (res.status !== 200)
                throw this.errorFor(res, ctx);
            let page;
            try {
                page = JSON.parse(res.body.toString('utf8'));
            }
            catch {
                throw new registry_http/* RegistryError */.gl(ctx, 'the tag list is not valid JSON');
            }
            if (Array.isArray(page.tags)) {
                for (const t of page.tags)
                    if (typeof t === 'string')
                        tags.push(t);
            }
            url = nextLink(res.headers.get('link'), url);
        }
        return tags;
    }
    async verifyTag(ref, expectedDigest) {
        this.checkHost(ref);
        if (ref.tag === undefined) {
            throw new Error(`verifyTag needs a reference with a tag, not ${(0,reference/* formatReference */.FH)(ref)}`);
        }
        const now = await this.fetchManifest(ref.path, ref.tag, [(0,auth.pullScope)(ref.path)], expectedDigest);
        if (now?.digest !== expectedDigest) {
            throw this.movedError(ref.path, ref.tag, expectedDigest, now?.digest);
        }
    }
    async imageConfig(ref) {
        this.checkHost(ref);
        const scopes = [(0,auth.pullScope)(ref.path)];
        const top = await this.fetchManifest(ref.path, manifestReference(ref), scopes);
        if (!top)
            return undefined;
        const image = await this.imageOf(ref.path, top, scopes);
        const ctx = this.ctx('read image config', ref.path, image.digest);
        if (image.parsed.kind !== 'image' || !image.parsed.config) {
            throw new registry_http/* RegistryError */.gl(ctx, 'the image manifest names no config');
        }
        const bytes = await this.readBlobIn(ref.path, image.parsed.config.digest, scopes);
        try {
            return (0,registry_manifest/* parseImageConfig */.FB)(bytes);
        }
        catch (err) {
            if (err instanceof registry_manifest/* ManifestError */.Sh)
                throw new registry_http/* RegistryError */.gl(ctx, err.message);
            throw err;
        }
    }
    async readBlob(repo, digest) {
        this.checkHost(repo);
        return this.readBlobIn(repo.path, digest, [(0,auth.pullScope)(repo.path)]);
    }
    // ---- building blocks shared with ContentCopier -------------------------------------------
    /**
     * GET a manifest with integrity retries. Its digest is the hash of the bytes; bytes asked
     * for by digest must hash to it, bytes sent with a Docker-Content-Digest must hash to that,
     * and bytes read by tag with no such header must hash to `expected` or to a manifest the
     * repository holds (a HEAD by that digest: a request that can be checked).
     */
    async fetchManifest(repository, reference, scopes, expected) {
        const ctx = this.ctx('GET manifest', repository, reference);
        return this.retry(ctx, async () => {
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
    }
    /** PUT the exact bytes under `reference`; returns the digest the registry claims it stored. */
    async putManifest(repository, reference, manifest, scopes) {
        const ctx = this.ctx('PUT manifest', repository, reference);
        const res = await this.send({
            method: 'PUT',
            url: this.manifestUrl(repository, reference),
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.bytes,
        }, scopes, ctx);
        if (res.status !== 201 && res.status !== 200 && res.status !== 202) {
            throw this.errorFor(res, ctx);
        }
        return res.headers.get('docker-content-digest') ?? undefined;
    }
    /**
     * Re-reads what a PUT wrote: a digest reference by HEAD (checkable), a tag by GET and hash.
     * `claimed` is the digest the PUT's answer named, to tell a registry that rewrote the
     * manifest from another writer that moved the tag.
     */
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
    /** Mounts a blob from another repository; streams it through when the mount is refused. */
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
                const delay = (0,registry_http/* backoffDelay */.EY)(policy, attempt - 1, this.options.clock.random);
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
        // 202: the registry opened an upload session instead of mounting; fill it from the source.
        const location = res.headers.get('location');
        if (!location)
            throw new registry_http/* RegistryError */.gl(ctx, 'the registry opened an upload without a Location');
        this.options.logger.debug(`registry ${this.options.registry}: mount of ${blob.digest} refused; streaming it`);
        const getCtx = this.ctx('GET blob', from, blob.digest);
        const download = await this.send({ method: 'GET', url: `${this.options.endpoint}/v2/${from}/blobs/${blob.digest}` }, scopes, getCtx, true);
        if (download.status !== 200 || !download.stream)
            throw this.errorFor(download, getCtx);
        // PATCH the bytes into the session, then PUT ?digest= to commit: the upload flow every
        // registry supports (some refuse a body on the final PUT).
        const patchCtx = this.ctx('upload blob', to, blob.digest);
        const headers = { 'Content-Type': 'application/octet-stream' };
        const length = download.headers.get('content-length');
        if (length !== null)
            headers['Content-Length'] = length;
        let patch;
        try {
            patch = await this.send({
                method: 'PATCH',
                url: new URL(location, this.options.endpoint).toString(),
                headers,
                // Hashed on the way through: bytes that are not the blob abort the upload.
                body: verifiedStream(download.stream, blob.digest, getCtx),
            }, scopes, patchCtx);
        }
        catch (err) {
            // Release the download's connection.
            download.discard?.();
            throw err;
        }
        if (patch.status !== 202 && patch.status !== 204)
            throw this.errorFor(patch, patchCtx);
        const commitUrl = new URL(patch.headers.get('location') ?? location, this.options.endpoint);
        commitUrl.searchParams.set('digest', blob.digest);
        const putCtx = this.ctx('commit blob', to, blob.digest);
        const put = await this.send({ method: 'PUT', url: commitUrl.toString(), headers: { 'Content-Length': '0' } }, scopes, putCtx);
        if (put.status !== 201 && put.status !== 204 && put.status !== 200) {
            throw this.errorFor(put, putCtx);
        }
    }
    /**
     * One request with authentication. A 401 teaches the auth state (scheme, then maybe a wider
     * scope) and the request is retried, at most twice, and only when the credentials changed.
     */
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
    errorFor(res, ctx) {
        res.discard?.();
        const { code, message } = decodeErrors(res.body);
        const info = {
            ...ctx,
            status: res.status,
            ...(code ? { code } : {}),
            attempts: res.attempts,
            retryable: (0,registry_http/* isRetryableStatus */.PS)(res.status),
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
                if ((0,registry_http/* isRetryableStatus */.PS)(res.status)) {
                    return new registry_http/* RegistryError */.gl(info, `the registry failed with ${what}${res.attempts > 1 ? ` after ${res.attempts} attempts` : ''}`, 'the registry is overloaded or unavailable; retry later');
                }
                return new registry_http/* RegistryError */.gl(info, `failed with ${what}`, hintFor(code, message));
        }
    }
    ctx(operation, repository, reference) {
        return {
            registry: this.options.registry,
            operation,
            repository,
            ...(reference !== undefined ? { reference } : {}),
        };
    }
    // ---- helpers ---------------------------------------------------------------------------
    manifestUrl(repository, reference) {
        return `${this.options.endpoint}/v2/${repository}/manifests/${reference}`;
    }
    retry(ctx, attempt) {
        const { http, clock, logger } = this.options;
        return (0,registry_http/* retryIntegrity */._Y)({ policy: http.policy, clock, logger }, ctx, attempt);
    }
    /**
     * One GET: the bytes, their hash, checked against the digest asked for and the header;
     * `claimed` says a Docker-Content-Digest came with them (and matched).
     */
    async getManifestOnce(repository, reference, scopes, ctx) {
        const res = await this.send({
            method: 'GET',
            url: this.manifestUrl(repository, reference),
            headers: { Accept: registry_manifest/* MANIFEST_ACCEPT */.dY },
        }, scopes, ctx);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.errorFor(res, ctx);
        const bytes = res.body;
        const claimed = res.headers.get('docker-content-digest') ?? undefined;
        if (isDigest(reference))
            (0,registry_http/* requireDigest */.m0)(ctx, bytes, reference);
        if (claimed !== undefined) {
            (0,registry_http/* requireDigest */.m0)(ctx, bytes, claimed, 'the Docker-Content-Digest it sent');
        }
        const digest = isDigest(reference) ? reference : (0,registry_manifest/* digestOf */.ol)(bytes, claimed);
        let parsed;
        try {
            parsed = (0,registry_manifest/* parseManifest */.Ng)(bytes, res.headers.get('content-type') ?? undefined);
        }
        catch (err) {
            if (!(err instanceof registry_manifest/* ManifestError */.Sh))
                throw err;
            // Cut short or altered on the way (nothing to hash it against): read it again.
            throw new registry_http/* IntegrityError */.cs(ctx, `the registry returned bytes that are not a manifest (${err.message}; they hash to ${digest})`);
        }
        return {
            manifest: { bytes, mediaType: parsed.mediaType, digest, parsed },
            claimed: claimed !== undefined,
        };
    }
    /**
     * HEAD by digest: the descriptor, undefined when the repository does not hold it, null when
     * the answer lacks type or size. A Docker-Content-Digest naming another digest is an
     * integrity fault.
     */
    async headByDigest(repository, digest, scopes) {
        const ctx = this.ctx('HEAD manifest', repository, digest);
        const res = await this.send({
            method: 'HEAD',
            url: this.manifestUrl(repository, digest),
            headers: { Accept: registry_manifest/* MANIFEST_ACCEPT */.dY },
        }, scopes, ctx);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.errorFor(res, ctx);
        const claimed = res.headers.get('docker-content-digest');
        if (claimed !== null && claimed !== digest) {
            throw new registry_http/* IntegrityError */.cs(ctx, `the registry answered a request for ${digest} with Docker-Content-Digest ${claimed}`);
        }
        const mediaType = (0,registry_manifest/* bareMediaType */.ZX)(res.headers.get('content-type'));
        const size = Number(res.headers.get('content-length') ?? NaN);
        if (!mediaType || !isKnownManifestType(mediaType) || !Number.isSafeInteger(size))
            return null;
        return { digest, mediaType, size };
    }
    /** The source manifest, verified (by its digest when the reference pins one). */
    async readSource(source, scopes) {
        const manifest = await this.fetchManifest(source.path, manifestReference(source), scopes);
        if (!manifest)
            throw this.sourceMissing(source);
        return manifest;
    }
    /**
     * The one write path: refuse or skip by the overwrite rule, copy what the manifest needs,
     * PUT the exact bytes, re-read the tag.
     */
    async writeTag(repository, tag, manifest, scopes, options, copyContent) {
        const current = await this.fetchManifest(repository, tag, scopes, manifest.digest);
        const unchanged = this.checkOverwrite(current, manifest, repository, tag, options);
        if (unchanged)
            return unchanged;
        await copyContent?.();
        const claimed = await this.putManifest(repository, tag, manifest, scopes);
        await this.confirmWrite(repository, tag, manifest, scopes, claimed);
        return { descriptor: descriptorOf(manifest), changed: true };
    }
    /** The image manifest behind `manifest`: itself, or the index's linux/amd64 (or first) image. */
    async imageOf(repository, manifest, scopes) {
        let current = manifest;
        // An index of indexes is legal; two levels is as deep as real images go.
        for (let depth = 0; current.parsed.kind === 'index' && depth < 2; depth++) {
            const child = (0,registry_manifest/* pickImageChild */.T$)(current.parsed.children);
            const ctx = this.ctx('read image config', repository, current.digest);
            if (!child)
                throw new registry_http/* RegistryError */.gl(ctx, 'the index lists no image');
            const fetched = await this.fetchManifest(repository, child.digest, scopes);
            if (!fetched) {
                throw new registry_http/* RegistryError */.gl(this.ctx('GET manifest', repository, child.digest), 'a manifest the index lists is missing from the repository', 'the index is incomplete; rebuild and push it');
            }
            current = fetched;
        }
        return current;
    }
    /** GET a (config) blob, checked against its digest (integrity retries) and bounded in size. */
    readBlobIn(repository, digest, scopes) {
        const ctx = this.ctx('GET blob', repository, digest);
        return this.retry(ctx, async () => {
            const res = await this.send({ method: 'GET', url: `${this.options.endpoint}/v2/${repository}/blobs/${digest}` }, scopes, ctx);
            if (res.status !== 200)
                throw this.errorFor(res, ctx);
            if (res.body.length > MAX_CONFIG_BYTES) {
                throw new registry_http/* RegistryError */.gl(ctx, `the blob is larger than ${MAX_CONFIG_BYTES} bytes`);
            }
            (0,registry_http/* requireDigest */.m0)(ctx, res.body, digest);
            return res.body;
        });
    }
    movedError(repository, tag, expected, actual) {
        return (0,tag_rules/* movedTagError */.u)(this.ctx('verify tag', repository, tag), tag, expected, actual, 'another process writes this tag; the registry has no compare-and-swap, so make such tags immutable in the registry (the only real lock) or serialise the writers');
    }
    /**
     * The overwrite rule, the only place it is applied for this backend: the same digest is a
     * no-op; another digest is refused unless overwriting is allowed (mutable tags).
     */
    checkOverwrite(current, manifest, repository, tag, options) {
        const allow = options.allowOverwrite ?? this.options.allowOverwrite ?? false;
        const ctx = this.ctx('add tag', repository, tag);
        return (0,tag_rules/* overwriteRule */.E)(ctx, tag, current?.digest, manifest.digest, allow) === 'unchanged'
            ? { descriptor: descriptorOf(manifest), changed: false }
            : undefined;
    }
    sourceMissing(source) {
        return new registry_http/* RegistryError */.gl(this.ctx('read source', source.path, manifestReference(source)), 'the source image does not exist (no such tag, digest or repository)', 'check the reference, or build and push the image first');
    }
    checkHost(ref) {
        if (ref.domain !== this.options.registry) {
            throw new Error(`reference ${(0,reference/* formatReference */.FH)(ref)} does not belong to registry ${this.options.registry}`);
        }
    }
}
/** Config blobs are a few KiB; refuse to buffer anything absurd. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Passes a blob's bytes through, failing at the end when they do not hash to `digest`. */
async function* verifiedStream(source, digest, ctx) {
    // Hashed like hashMatches: an algorithm it does not know never matches.
    const algorithm = (0,registry_manifest/* digestAlgorithm */.g4)(digest) ?? 'sha256';
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
    }
    const actual = `${algorithm}:${hash.digest('hex')}`;
    if (actual !== digest)
        throw (0,registry_http/* digestMismatch */.H3)(ctx, digest, actual);
}
/** Copies everything a manifest references from one repository to another. */
class ContentCopier {
    registry;
    from;
    to;
    scopes;
    concurrency;
    blobs = new Map();
    manifests = new Map();
    /** Child manifests read ahead of the copy (see prefetch). */
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
            await mapPool(blobs, this.concurrency, (blob) => this.blob(blob));
            return;
        }
        // Children first: a registry may refuse an index whose manifests it does not have.
        await mapPool(parsed.children, this.concurrency, (child) => this.child(child));
    }
    /**
     * Starts reading an index's child manifests (at most `concurrency` at once, as the copy
     * would), so the copy finds them read. Failures surface where the copy uses them.
     */
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
            // The slot passes straight to the next reader.
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
                const claimed = await this.registry.putManifest(this.to, child.digest, fetched, this.scopes);
                await this.registry.confirmWrite(this.to, child.digest, fetched, this.scopes, claimed);
            })();
            this.manifests.set(child.digest, pending);
        }
        return pending;
    }
}
function descriptorOf(m) {
    return { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length };
}
function isDigest(reference) {
    return reference.includes(':');
}
function isKnownManifestType(mediaType) {
    return registry_manifest/* MANIFEST_MEDIA_TYPES */.$T.includes(mediaType);
}
/** What to ask the registry for: the digest when pinned (docker ignores the tag then), else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
function checkTag(tag, registry, repository) {
    const problem = (0,reference/* tagProblem */.qH)(tag);
    if (problem) {
        throw new errors/* UserError */.yo(`cannot tag ${registry}/${repository}${(0,registry_http/* formatRefSuffix */.Uc)(tag)}: ${problem}`);
    }
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
/** RFC 8288 `Link: <url>; rel="next"`, resolved against the current URL. */
function nextLink(link, current) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
        if (m && /rel="?next"?/i.test(m[2] ?? ''))
            return new URL(m[1] ?? '', current).toString();
    }
    return undefined;
}


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ overwriteRule),
/* harmony export */   u: () => (/* binding */ movedTagError)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8851);
/**
 * The two tag rules every registry backend applies, in one place: an existing tag is never
 * moved unless the caller says it may move (mutable tags, allow-tag-overwrite), and a tag that
 * no longer names what was written is reported as another writer's doing.
 */

/**
 * Before writing `tag`: `unchanged` when it already names `next`, `write` when it is new or
 * may move; throws when it names another digest and must not move.
 */
function overwriteRule(ctx, tag, current, next, allowOverwrite) {
    if (current === undefined)
        return 'write';
    if (current === next)
        return 'unchanged';
    if (allowOverwrite)
        return 'write';
    throw new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({ ...ctx, operation: 'add tag' }, `tag ${tag} already points to ${current}; refusing to move it to ${next} (tags are treated as immutable)`, 'choose a new tag, or allow overwriting tags explicitly if moving it is intended');
}
/** A tag read back after a write (or at the end of a run) that no longer names `expected`. */
function movedTagError(ctx, tag, expected, actual, fix) {
    return new _http_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({ ...ctx, operation: 'verify tag' }, actual === undefined
        ? `tag ${tag} no longer exists (it should name ${expected}): another writer deleted it`
        : `tag ${tag} now points to ${actual}, not ${expected}: another writer moved it`, fix);
}


/***/ }),

/***/ 2125:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _2: () => (/* binding */ fetchTransport),
  _3: () => (/* binding */ nodeTransport),
  yw: () => (/* binding */ readAll)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/registry/transport.ts
/**
 * The wire under Http: node:http(s) with keep-alive agents by default, or any fetch (tests).
 * node:http is the default because the global fetch loads undici on first use (~25 ms, a
 * large share of a short CLI run), and because it never decodes a Content-Encoding: the
 * bytes hashed are the bytes the registry stored.
 */



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
/**
 * A transport on node:http(s). Follows redirects (blob downloads often go to a CDN) and drops
 * Authorization when a redirect leaves the registry's origin.
 */
function nodeTransport() {
    // Idle keep-alive sockets are unref'd by node, so they never hold the process open.
    const http = new external_node_http_.Agent({ keepAlive: true, maxSockets: 16 });
    // TLS loads on the first https request (a plain-HTTP registry never needs it).
    let https;
    const tls = () => (https ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)).then((m) => ({
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
                // A failing source must abort the upload rather than leave it hanging.
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
            if (REDIRECTS.has(status) && location && hop < MAX_REDIRECTS && replayable) {
                res.resume();
                const next = new URL(location, url);
                const headers = { ...current.headers };
                if (next.origin !== url.origin) {
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
/** Adapts a fetch implementation (the test seam) to a Transport. */
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
            // undici takes any async iterable as a streamed body, with duplex set.
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
/** Reads a whole body. */
async function readAll(body) {
    const chunks = [];
    for await (const chunk of body) {
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 8527:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ createTagPolicy),
/* harmony export */   xo: () => (/* binding */ mutableTagRefusal)
/* harmony export */ });
/* unused harmony exports tagContext, renderInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _event_trigger_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9668);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8159);



/**
 * The one wording of the mutable-tag rule. `reason` comes from mutableReason; `fix` says how to
 * pin the tag where the user is (the pin-digest input, the CLI's --pin-digest, a digest).
 */
function mutableTagRefusal(reason, fix) {
    return `${reason}: a tag that can move is written only pinned to its digest — ${fix}`;
}
/** The values tag templates draw on in this run. */
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
/** Renders a template from an input; a token with no value (or a bad tag) names the input. */
function renderInput(input, template, ctx) {
    try {
        return (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(template, ctx);
    }
    catch (err) {
        if (err instanceof _template_js__WEBPACK_IMPORTED_MODULE_2__/* .TemplateError */ .$w)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${template}": ${err.message}`);
        throw err;
    }
}
/** Whether this run's builds get `extra-tags` templates, one by one. */
function extraTagApplies(template, trigger) {
    if (trigger.pullRequest || trigger.kind === 'tag' || trigger.kind === 'release')
        return false;
    if ((0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .usesToken */ .et)(template, 'branch'))
        return trigger.branch !== undefined && trigger.branch !== '';
    return trigger.onDefaultBranch;
}
function createTagPolicy(config, trigger, now) {
    const pullRequest = trigger.pullRequest !== undefined;
    const primaryInput = pullRequest ? 'pr-tag-template' : 'tag-template';
    const primaryTemplate = pullRequest ? config.prTagTemplate : config.tagTemplate;
    const ctx = tagContext(trigger, now);
    const extra = [];
    for (const template of config.extraTags) {
        if (!extraTagApplies(template, trigger))
            continue;
        try {
            extra.push((0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(template, ctx));
        }
        catch {
            // A mutable add-on whose token has no value in this run (e.g. {pr} on a push) is left out.
        }
    }
    const release = (trigger.kind === 'tag' || trigger.kind === 'release') && trigger.tagName
        ? (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .tagFromName */ .IB)(trigger.tagName) || undefined
        : undefined;
    // Tags this run treats as mutable whatever their shape: they move between runs.
    const mutable = new Map([['latest', '"latest" always moves']]);
    if (trigger.branch) {
        const branchTag = (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeForTag */ .ne)(trigger.branch);
        if (branchTag)
            mutable.set(branchTag, `"${branchTag}" is the name of a branch`);
    }
    for (const t of extra)
        mutable.set(t, `"${t}" is in extra-tags`);
    for (const template of config.promoteTags) {
        try {
            const t = (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(template, ctx);
            mutable.set(t, `"${t}" is in promote-tags (an environment tag)`);
        }
        catch {
            // Not renderable in this run, so not a tag this run could have made.
        }
    }
    const matchers = [config.tagTemplate, config.prTagTemplate, config.sourceTag]
        .filter((t) => t !== undefined)
        .map(_template_js__WEBPACK_IMPORTED_MODULE_2__/* .templateMatcher */ .xx);
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
        env: () => config.promoteTags.map((t) => renderInput('promote-tags', t, ctx)),
        isImmutable: (tag) => !mutable.has(tag) && ((0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_1__/* .isVersionTag */ .JM)(tag) || matchers.some((m) => m(tag))),
        mutableReason: (tag) => {
            const known = mutable.get(tag);
            if (known)
                return known;
            if ((0,_event_trigger_js__WEBPACK_IMPORTED_MODULE_1__/* .isVersionTag */ .JM)(tag) || matchers.some((m) => m(tag)))
                return undefined;
            return `"${tag}" is not a tag tag-template, pr-tag-template or source-tag make, nor a version`;
        },
    };
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   IB: () => (/* binding */ tagFromName),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   et: () => (/* binding */ usesToken),
/* harmony export */   k8: () => (/* binding */ tokensOf),
/* harmony export */   ne: () => (/* binding */ sanitizeForTag),
/* harmony export */   pe: () => (/* binding */ isImmutableTemplate),
/* harmony export */   s_: () => (/* binding */ versionFromTagName),
/* harmony export */   x3: () => (/* binding */ shaExtractor),
/* harmony export */   xx: () => (/* binding */ templateMatcher)
/* harmony export */ });
/* unused harmony exports TOKENS, TAG_MAX_LENGTH, fitTag */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8286);
/**
 * Tag templates: `sha-{sha:7}`, `pr-{pr}-{sha:7}`, `{version}`, … Pure; validated at
 * config time, rendered per image, and inverted to find which commit a deployed tag
 * came from.
 */


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
/** Parses a template; throws TemplateError naming the bad token. */
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
/**
 * A template is immutable when every commit/release gets a distinct value: it must
 * contain the commit SHA (≥ 7 hex), the release version, the run number or a timestamp.
 */
function isImmutableTemplate(template) {
    return parseTemplate(template).some((p) => 'token' in p &&
        ((p.token === 'sha' && (p.length ?? 40) >= 7) ||
            p.token === 'version' ||
            p.token === 'run' ||
            p.token === 'datetime'));
}
/** The distinct tokens a template uses. */
function tokensOf(template) {
    return [...new Set(parseTemplate(template).flatMap((p) => ('token' in p ? [p.token] : [])))];
}
function usesToken(template, token) {
    return parseTemplate(template).some((p) => 'token' in p && p.token === token);
}
/** Makes a branch name tag-safe: `feature/Login#2` → `feature-Login-2`. */
function sanitizeForTag(value) {
    return value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '');
}
/** The longest tag the distribution API accepts. */
const TAG_MAX_LENGTH = 128;
/**
 * Shortens `tag` to 128 characters: a longer one keeps its first 119 characters and gets
 * `-` plus the first 8 hex of sha256(`original`), so two long names that share a prefix
 * still get different tags, and the same name always gets the same tag.
 */
function fitTag(tag, original = tag) {
    if (tag.length <= TAG_MAX_LENGTH)
        return tag;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(original).digest('hex').slice(0, 8);
    const head = tag.slice(0, TAG_MAX_LENGTH - hash.length - 1).replace(/[.-]+$/, '');
    return `${head}-${hash}`;
}
/**
 * The registry tag for a git tag or release name (`v1.2.3` stays `v1.2.3`): sanitised like a
 * branch and shortened by fitTag. Empty when nothing tag-worthy is left.
 */
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
/** Renders a template; throws TemplateError when a token has no value in this run. */
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
    // A token that sanitises to nothing ('{branch}' of "...") must not leave a leading '-'.
    const tag = fitTag(out.replace(/^[.-]+/, ''), out);
    const problem = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(tag);
    if (problem)
        throw new TemplateError(`renders to ${JSON.stringify(tag)}, which is not a valid tag: ${problem}`);
    return tag;
}
/**
 * Builds a matcher that extracts the SHA prefix from a tag made by `template`, so a tag
 * an overlay runs (`sha-1a2b3c4`) leads back to its commit. Undefined when the template
 * has no {sha} token.
 */
function shaExtractor(template) {
    const parts = parseTemplate(template);
    if (!parts.some((p) => 'token' in p && p.token === 'sha'))
        return undefined;
    const source = parts
        .map((p) => {
        if ('text' in p)
            return p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        switch (p.token) {
            case 'sha':
                return `(?<sha>[0-9a-f]{${p.length ?? 40}})`;
            case 'pr':
            case 'run':
                return '\\d+';
            case 'date':
                return '\\d{8}';
            case 'datetime':
                return '\\d{14}';
            case 'branch':
            case 'version':
                return '[A-Za-z0-9_.-]+?';
            case 'source':
                return `[0-9a-f]{${p.length ?? 64}}`;
        }
    })
        .join('');
    const re = new RegExp(`^${source}$`);
    return (tag) => re.exec(tag)?.groups?.sha;
}
/** What a token renders to, as a regular expression (`full`) and any prefix of it (`prefix`). */
function tokenPattern(p) {
    switch (p.token) {
        case 'sha':
            return { full: `[0-9a-f]{${p.length ?? 40}}`, prefix: `[0-9a-f]{0,${p.length ?? 40}}` };
        case 'source':
            return { full: `[0-9a-f]{${p.length ?? 64}}`, prefix: `[0-9a-f]{0,${p.length ?? 64}}` };
        case 'pr':
        case 'run':
            return { full: '\\d+', prefix: '\\d*' };
        case 'date':
            return { full: '\\d{8}', prefix: '\\d{0,8}' };
        case 'datetime':
            return { full: '\\d{14}', prefix: '\\d{0,14}' };
        case 'branch':
        case 'version':
            // Sanitised, these may render empty ("..." has nothing tag-safe).
            return { full: '[A-Za-z0-9_.-]*', prefix: '[A-Za-z0-9_.-]*' };
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The runs of "." and "-" renderTemplate may strip from the front of a rendering: leading
 * literal characters, across tokens that rendered empty ({branch}, {version}). Tokens never
 * start with "." or "-" themselves.
 */
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
/** Every string of "." and "-" of length `n` (n small: the run fitTag trims). */
function dotDashStrings(n) {
    let all = [''];
    for (let i = 0; i < n; i++)
        all = all.flatMap((s) => [`${s}.`, `${s}-`]);
    return all;
}
/**
 * A test for "could `template` have rendered `tag`?": literal parts as written, tokens as
 * the characters they render to, including what renderTemplate does after: leading "." and
 * "-" stripped, and a rendering longer than 128 shortened by fitTag (its first 119
 * characters, trailing "." and "-" trimmed, then `-` and 8 hex). Used to tell immutable
 * tags (made by tag-template, pr-tag-template, source-tag) from everything else.
 */
function templateMatcher(template) {
    const parts = parseTemplate(template);
    const patterns = parts.map((p) => 'text' in p
        ? {
            full: escapeRegExp(p.text),
            prefix: `(?:${Array.from({ length: p.text.length }, (_, i) => escapeRegExp(p.text.slice(0, i + 1))).join('|')})?`,
        }
        : tokenPattern(p));
    const full = new RegExp(`^${patterns.map((p) => p.full).join('')}$`);
    // Any prefix of a rendering: P1' | P1 (P2' | P2 (… Pn')).
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
        // A shortened rendering: the kept head (plus the "."/"-" run fitTag trimmed) must be the
        // start of something the template renders.
        const m = /^(.+)-[0-9a-f]{8}$/.exec(tag);
        const head = m?.[1];
        if (head === undefined || head.length > KEPT || KEPT - head.length > 8)
            return false;
        const trimmed = dotDashStrings(KEPT - head.length);
        return stripped.some((p) => trimmed.some((q) => prefix.test(p + head + q)));
    };
}
/** `v1.2.3` → `1.2.3`; other names are returned unchanged. */
function versionFromTagName(name) {
    return /^v\d+(\.\d+)*([-+].*)?$/.test(name) ? name.slice(1) : name;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
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

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

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

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

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

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

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



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

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

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

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

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

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

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

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

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

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

/***/ 7788:
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

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

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

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

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

/***/ 4631:
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

/***/ 2599:
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

/***/ 4051:
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

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

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
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

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

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

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

/***/ 3661:
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

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

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

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

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

/***/ 1464:
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

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
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
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
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



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

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

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

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

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

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

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

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

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

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

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

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

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

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

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

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

/***/ 1127:
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

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

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

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

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

/***/ 1733:
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

/***/ 7715:
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



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

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

/***/ 361:
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

/***/ 6628:
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
var lexer = __nccwpck_require__(361);

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

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
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

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

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

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

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

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

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



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

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

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

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

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

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

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

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

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
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

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

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

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

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

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

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

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

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

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

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

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

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

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

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

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

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

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

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

/***/ 4475:
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



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

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

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

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

/***/ 9799:
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



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

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

/***/ 8689:
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

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

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

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

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

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

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
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __nccwpck_require__(6670);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The GitHub Actions runner protocol, as the action uses it: inputs from `INPUT_*`
 * variables, outputs and the job summary appended to the files the runner names, and
 * workflow commands (`::name props::value`) on stdout. It does what @actions/core does for
 * these calls without loading its HTTP client, which the action never needs.
 *
 * Text is sent as given: redacting is the caller's job (src/action/core-logger.ts, main.ts).
 */



/** A command's data: `%`, CR and LF are escaped so the runner reads one line. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A command property: as data, plus `:` and `,`, which separate properties. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,key=value::message`, escaped; empty property values are left out. */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function annotationProps(props) {
    return {
        title: props.title,
        file: props.file,
        line: props.line,
        endLine: props.endLine,
        col: props.col,
        endColumn: props.endColumn,
    };
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
    /** The value of input `name`: `INPUT_<NAME>` with spaces as `_`, upper-cased, trimmed. */
    getInput(name, options = {}) {
        const value = this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
        if (options.required && !value)
            throw new Error(`Input required and not supplied: ${name}`);
        return options.trimWhitespace === false ? value : value.trim();
    }
    /**
     * Appends `name` to the GITHUB_OUTPUT file as a heredoc with a random delimiter; refuses a
     * name or value containing the delimiter. Without GITHUB_OUTPUT (an old runner, a local
     * run) falls back to the `set-output` command.
     */
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
    /** `::add-mask::`: the runner replaces the value with *** in the log from now on. */
    setSecret(secret) {
        this.command('add-mask', {}, secret);
    }
    /** A plain log line. */
    info(message) {
        this.write(message + external_node_os_.EOL);
    }
    /** Shown when the workflow runs with debug logging (ACTIONS_STEP_DEBUG). */
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
    /** Runs `fn` inside a collapsible group; the group is closed whatever `fn` does. */
    async group(title, fn) {
        this.startGroup(title);
        try {
            return await fn();
        }
        finally {
            this.endGroup();
        }
    }
    /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY); false when there is none. */
    appendSummary(markdown) {
        const file = this.env.GITHUB_STEP_SUMMARY;
        if (!file)
            return false;
        appendTo(file, markdown);
        return true;
    }
    /** Fails the step: an `::error::` annotation and exit code 1 once the process ends. */
    setFailed(message) {
        process.exitCode = 1;
        this.error(message);
    }
    command(command, properties, message) {
        this.write(formatCommand(command, properties, message) + external_node_os_.EOL);
    }
}
/** The runner's files exist before the step starts; a missing one is a broken environment. */
function appendTo(file, text) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, text, { encoding: 'utf8' });
}
/** The runner of this process: process.env and stdout. */
const runner = new Runner();

;// CONCATENATED MODULE: ./src/action/core-logger.ts


// The runner masks what it is told about; tell it every form the redactor knows.
src_redact/* redactor */.$p.onSecret((form) => {
    runner.setSecret(form);
});
/** Logger backed by the runner's workflow commands; `mask` registers secrets with the runner too. */
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
var inputs = __nccwpck_require__(4389);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/config/yaml-input.ts
/** Reading and parsing the YAML an input names, with errors that name the input. */



/** The longest input file read (an images list or CLI config is a few KB). */
const MAX_INPUT_FILE_BYTES = 1024 * 1024;
/**
 * Reads the file an input names. Only regular files: a FIFO would block the run forever,
 * a device or a huge file is never an image list.
 */
function readInputFile(input, file, shown = file) {
    let info;
    try {
        info = (0,external_node_fs_.statSync)(file);
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `cannot read ${shown}: ${err.code ?? String(err)}`);
    }
    if (!info.isFile()) {
        const what = info.isDirectory()
            ? 'a directory'
            : info.isFIFO()
                ? 'a FIFO'
                : 'not a regular file';
        throw new errors/* InputError */.dz(input, `${shown} is ${what}`, 'name a regular YAML file');
    }
    if (info.size > MAX_INPUT_FILE_BYTES) {
        throw new errors/* InputError */.dz(input, `${shown} is ${info.size} bytes`, 'an input file is at most 1 MiB');
    }
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.dz(input, `cannot read ${shown}: ${err.code ?? String(err)}`);
    }
}
/** Parses YAML with duplicate keys and alias bombs refused. */
function parseInputYaml(input, text, what) {
    try {
        return (0,dist/* parse */.qg)(text, { maxAliasCount: 100, uniqueKeys: true });
    }
    catch (err) {
        const detail = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
        throw new errors/* InputError */.dz(input, `${what} is not valid YAML: ${detail}`);
    }
}

// EXTERNAL MODULE: ./src/changes/globs.ts
var globs = __nccwpck_require__(6770);
// EXTERNAL MODULE: ./src/overlay/commit-message.ts
var commit_message = __nccwpck_require__(9153);
// EXTERNAL MODULE: ./src/overlay/key-path.ts
var key_path = __nccwpck_require__(2875);
;// CONCATENATED MODULE: ./src/paths.ts
/**
 * User-supplied paths (overlay, from-overlay, images files, build contexts) must stay inside
 * the workspace: no `..` escapes, no absolute paths elsewhere, no symlinks leading out. The
 * action writes and commits overlays, so a path outside would be a way to touch other files.
 */



function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    // `..foo` is a file name inside; `..` and `../x` are outside.
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
/** realpath of `path`, or of its nearest existing ancestor with the rest appended. */
function realpathOfNearest(path) {
    let existing = path;
    const rest = [];
    while (!(0,external_node_fs_.existsSync)(existing)) {
        const parent = (0,external_node_path_.dirname)(existing);
        if (parent === existing)
            break;
        rest.unshift((0,external_node_path_.basename)(existing));
        existing = parent;
    }
    return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(existing), ...rest);
}
/**
 * Resolves `input` (relative to `workspace`, or absolute) and returns the absolute path.
 * Throws InputError(inputName) when it is empty or leads outside the workspace, directly or
 * through a symlink. The path need not exist (callers report missing files themselves).
 */
function resolveInsideWorkspace(workspace, input, inputName) {
    if (input.trim() === '')
        throw new errors/* InputError */.dz(inputName, 'the path is empty');
    if (input.includes('\0'))
        throw new errors/* InputError */.dz(inputName, 'the path contains a NUL character');
    const root = (0,external_node_path_.resolve)(workspace);
    const path = (0,external_node_path_.resolve)(root, input);
    const fix = 'use a path inside the repository (relative to the workspace)';
    if (!isInside(root, path)) {
        throw new errors/* InputError */.dz(inputName, `"${input}" is outside the workspace ${root}`, fix);
    }
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    if (!isInside(realRoot, realpathOfNearest(path))) {
        throw new errors/* InputError */.dz(inputName, `"${input}" leads outside the workspace through a symlink`, fix);
    }
    return path;
}
/** `path` relative to `workspace`, with `/` separators (for messages and git). */
function workspaceRelative(workspace, path) {
    return (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(workspace, path)).split(external_node_path_.sep).join('/') || '.';
}

// EXTERNAL MODULE: ./src/reference.ts
var reference = __nccwpck_require__(8286);
// EXTERNAL MODULE: ./src/tags/template.ts
var tags_template = __nccwpck_require__(8159);
;// CONCATENATED MODULE: ./src/config/types.ts
const MODES = ['auto', 'build', 'reuse', 'promote', 'rollback', 'plan'];
const OVERLAY_FORMATS = ['auto', 'kustomize', 'helm', 'yaml', 'json', 'tfvars'];
/** How an image's value is spelled at its key: kept as found (`auto`) or forced. */
const VALUE_SHAPES = ['auto', 'tag', 'digest', 'reference'];
const DECISIONS = ['build', 'reuse', 'promote', 'rollback', 'skip'];

;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * Inputs → one validated Config. The only module that interprets input strings; every
 * error names the input and says what to do.
 */












const IMAGE_KEYS = [
    'name',
    'repository',
    'context',
    'dockerfile',
    'paths',
    'target',
    'build-args',
    'platforms',
    'key',
    'helm-key',
    'helm-repository-key',
    'value',
];
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
const PLATFORM_RE = /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/;
/** Splits a multi-line input; `#` starts a comment line. */
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/** Splits on newlines and commas (for values that cannot contain commas, like tags). */
function list(value) {
    return lines(value).flatMap((l) => l
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean));
}
function parseBoolean(name, value) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false' || v === '')
        return false;
    throw new errors/* InputError */.dz(name, `"${value}" is not a boolean`, 'use true or false');
}
function oneOf(name, value, allowed) {
    const v = value.trim();
    if (allowed.includes(v))
        return v;
    throw new errors/* InputError */.dz(name, `"${value}" is not allowed`, `use one of: ${allowed.join(', ')}`);
}
/** `label` says where inside the input the list is (e.g. `images[0].paths`), if anywhere. */
function checkGlobs(input, patterns, workspace, label) {
    const where = label ? `${label}: ` : '';
    for (const p of patterns) {
        const problem = (0,globs/* globProblem */.AI)(p);
        if (problem)
            throw new errors/* InputError */.dz(input, `${where}invalid glob "${p}": ${problem}`);
        // A bare directory name matches only a file of that name, never what is inside it.
        const body = p.startsWith('!') ? p.slice(1) : p;
        if (!/[*?[\]{}()!+@\\]/.test(body) && isDirectory((0,external_node_path_.join)(workspace, body))) {
            throw new errors/* InputError */.dz(input, `${where}"${p}" is a directory and matches nothing inside it`, `write "${p}/**"`);
        }
    }
    return patterns;
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function checkTemplate(name, template, requireImmutable) {
    try {
        (0,tags_template/* parseTemplate */.QC)(template);
    }
    catch (err) {
        if (err instanceof tags_template/* TemplateError */.$w)
            throw new errors/* InputError */.dz(name, err.message);
        throw err;
    }
    if (name !== 'source-tag' && (0,tags_template/* tokensOf */.k8)(template).includes('source')) {
        throw new errors/* InputError */.dz(name, '{source} is only for source-tag', 'use {sha:7} to name the commit');
    }
    if (requireImmutable && !(0,tags_template/* isImmutableTemplate */.pe)(template)) {
        throw new errors/* InputError */.dz(name, `"${template}" gives the same tag to different builds`, 'include {sha:7} (or {sha}, {version}, {run}, {datetime}) so every build gets its own immutable tag');
    }
    return template;
}
/** Workspace-relative, `/`-separated, no `./` prefix or trailing `/`; `.` for the root. */
function normaliseDir(input, label, value) {
    const v = value.trim().replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');
    if (v === '' || v === '.')
        return '.';
    if ((0,external_node_path_.isAbsolute)(v) || v.split('/').includes('..')) {
        throw new errors/* InputError */.dz(input, `${label} "${value}" must be a path inside the workspace`, 'write it relative to the repository root');
    }
    return v;
}
function closest(word, options) {
    const distance = (a, b) => {
        const dp = Array.from({ length: a.length + 1 }, (_, i) => [
            i,
            ...Array(b.length).fill(0),
        ]);
        for (let j = 1; j <= b.length; j++)
            dp[0][j] = j;
        for (let i = 1; i <= a.length; i++) {
            for (let j = 1; j <= b.length; j++) {
                const row = dp[i];
                const prev = dp[i - 1];
                row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            }
        }
        return dp[a.length][b.length];
    };
    const best = options.map((o) => ({ o, d: distance(word, o) })).sort((x, y) => x.d - y.d)[0];
    return best && best.d <= 3 ? best.o : undefined;
}
function stringList(where, value) {
    if (value === undefined || value === null)
        return [];
    if (typeof value === 'string')
        return lines(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
        return value.map(String);
    }
    throw new errors/* InputError */.dz('images', `${where} must be a list of strings`);
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
                throw new errors/* InputError */.dz('images', `${where}: ${JSON.stringify(v)} is not KEY=VALUE`);
            return [s.slice(0, eq), s.slice(eq + 1)];
        });
    }
    else if (typeof value === 'object') {
        entries = Object.entries(value);
    }
    else {
        throw new errors/* InputError */.dz('images', `${where} must be a map or a list of KEY=VALUE`);
    }
    const out = {};
    for (const [k, v] of entries) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
            throw new errors/* InputError */.dz('images', `${where}: "${k}" is not a valid build-arg name`);
        if (v === null || v === undefined)
            out[k] = '';
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[k] = String(v);
        else
            throw new errors/* InputError */.dz('images', `${where}.${k} must be a scalar`);
    }
    return out;
}
function optionalString(where, value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string')
        throw new errors/* InputError */.dz('images', `${where} must be a string`);
    return value.trim();
}
/** `data`: the input as YAML data already (InputSource.structured), else `raw` is parsed. */
function readImagesInput(raw, workspace, data) {
    let doc;
    if (data !== undefined)
        doc = data;
    else {
        let text = raw;
        const single = raw.trim();
        // A single line naming a .yml/.yaml file is a path; anything else is inline YAML.
        if (!single.includes('\n') && /\.ya?ml$/i.test(single) && !single.startsWith('-')) {
            text = readInputFile('images', resolveInsideWorkspace(workspace, single, 'images'), single);
        }
        doc = parseInputYaml('images', text, 'the list');
    }
    // Allow both a bare list and `images: [...]` in a file.
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'images' in doc) {
        doc = doc.images;
    }
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new errors/* InputError */.dz('images', 'must be a non-empty YAML list of image entries', 'e.g. "- name: api\\n  context: services/api"');
    }
    return doc.map((entry, i) => {
        const where = `images[${i}]`;
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
            throw new errors/* InputError */.dz('images', `${where} must be a map with at least "name"`);
        }
        return { where, fields: entry };
    });
}
function parseImage(raw, registry, workspace) {
    const { where, fields } = raw;
    // The flat single-image inputs report errors under their own names.
    const inputOf = (field) => raw.flat ? field : 'images';
    for (const key of Object.keys(fields)) {
        if (!IMAGE_KEYS.includes(key)) {
            const hint = closest(key, IMAGE_KEYS);
            throw new errors/* InputError */.dz('images', `${where} has an unknown key "${key}"`, hint ? `did you mean "${hint}"?` : `allowed keys: ${IMAGE_KEYS.join(', ')}`);
        }
    }
    const name = optionalString(`${where}.name`, fields.name);
    if (!name)
        throw new errors/* InputError */.dz('images', `${where} needs a "name" (the image name the overlay uses)`);
    if (!NAME_RE.test(name))
        throw new errors/* InputError */.dz('images', `${where}.name "${name}" is not a valid image name`);
    const context = normaliseDir(inputOf('context'), `${where}.context`, optionalString(`${where}.context`, fields.context) ?? '.');
    const dockerfileRaw = optionalString(`${where}.dockerfile`, fields.dockerfile);
    const dockerfile = dockerfileRaw
        ? normaliseDir(inputOf('dockerfile'), `${where}.dockerfile`, dockerfileRaw)
        : context === '.'
            ? 'Dockerfile'
            : `${context}/Dockerfile`;
    resolveInsideWorkspace(workspace, context, inputOf('context'));
    resolveInsideWorkspace(workspace, dockerfile, inputOf('dockerfile'));
    const paths = checkGlobs(inputOf('paths'), stringList(`${where}.paths`, fields.paths), workspace, raw.flat ? undefined : `${where}.paths`);
    const repositoryRaw = optionalString(`${where}.repository`, fields.repository) ?? name;
    let repository;
    try {
        repository = (0,reference/* joinRepository */.pA)(registry, repositoryRaw);
    }
    catch (err) {
        if (err instanceof reference/* ReferenceError */.AF) {
            throw new errors/* InputError */.dz('images', `${where}.repository "${repositoryRaw}": ${err.reason}`, 'give a repository name without tag or digest');
        }
        throw err;
    }
    if (repository.tag !== undefined || repository.digest !== undefined) {
        throw new errors/* InputError */.dz('images', `${where}.repository "${repositoryRaw}" must not carry a tag or digest`);
    }
    const platforms = stringList(`${where}.platforms`, fields.platforms).flatMap((p) => list(p));
    for (const p of platforms) {
        if (!PLATFORM_RE.test(p))
            throw new errors/* InputError */.dz('images', `${where}.platforms: "${p}" is not os/arch[/variant]`, 'e.g. linux/amd64');
    }
    const valueRaw = optionalString(`${where}.value`, fields.value) ?? 'auto';
    if (!VALUE_SHAPES.includes(valueRaw)) {
        throw new errors/* InputError */.dz('images', `${where}.value "${valueRaw}" is not a value shape`, `use one of: ${VALUE_SHAPES.join(', ')}`);
    }
    const image = {
        name,
        repository,
        context,
        dockerfile,
        paths,
        buildArgs: buildArgs(`${where}.build-args`, fields['build-args']),
        platforms,
        value: valueRaw,
    };
    const target = optionalString(`${where}.target`, fields.target);
    if (target !== undefined) {
        if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
            throw new errors/* InputError */.dz('images', `${where}.target "${target}" is not a stage name`);
        image.target = target;
    }
    if (fields.key !== undefined && fields['helm-key'] !== undefined) {
        throw new errors/* InputError */.dz('images', `${where} has both "key" and "helm-key"`, 'they are the same setting (helm-key is the old name); keep "key"');
    }
    for (const [field, prop] of [
        [fields.key === undefined ? 'helm-key' : 'key', 'key'],
        ['helm-repository-key', 'repositoryKey'],
    ]) {
        const v = optionalString(`${where}.${field}`, fields[field]);
        if (v === undefined)
            continue;
        const problem = (0,key_path/* keyPathProblem */.Q2)(v);
        if (problem)
            throw new errors/* InputError */.dz('images', `${where}.${field} "${v}" is not a key path: ${problem}`, 'e.g. api.image.tag, or spec.template.spec.containers[name=api].image');
        image[prop] = v;
    }
    return image;
}
function parseOverlay(name, value, format, workspace) {
    const file = resolveInsideWorkspace(workspace, value, name);
    return { file, path: workspaceRelative(workspace, file), format };
}
function commitMessage(value) {
    const template = value || inputs/* INPUTS */.m['commit-message'].default;
    (0,commit_message/* checkCommitTemplate */.cD)(template, 'commit-message');
    return template;
}
/** The `images` output of a `mode: plan` run, checked against the configured images. */
function parsePlanInput(value, images) {
    let doc;
    try {
        doc = JSON.parse(value);
    }
    catch {
        throw new errors/* InputError */.dz('from-plan', 'is not JSON', 'pass the `images` output of the plan job unchanged');
    }
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
        if (!DECISIONS.includes(decision))
            throw new errors/* InputError */.dz('from-plan', `${where} has no valid decision`);
        // A skipped image may run nothing verifiable; every other decision names a tag.
        if (tag !== '' || decision !== 'skip') {
            const problem = (0,reference/* tagProblem */.qH)(tag);
            if (problem)
                throw new errors/* InputError */.dz('from-plan', `${where} has tag "${tag}": ${problem}`);
        }
        const planned = { name, tag, decision: decision, addTags: [] };
        if (typeof e.digest === 'string' && e.digest !== '') {
            const problem = (0,reference/* digestProblem */.WQ)(e.digest);
            if (problem)
                throw new errors/* InputError */.dz('from-plan', `${where} has digest "${e.digest}": ${problem}`);
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
/**
 * The `tag` input: one tag for every image, `NAME=TAG` lines for some, `previous`,
 * `previous~N` or `NAME=previous` to roll back.
 */
function parseTagInput(value, images) {
    const entries = lines(value);
    if (entries.length === 0)
        return undefined;
    const names = images.map((i) => i.name);
    const byImage = {};
    let all;
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const name = eq === -1 ? undefined : entry.slice(0, eq).trim();
        const tag = (eq === -1 ? entry : entry.slice(eq + 1)).trim();
        if (name !== undefined) {
            if (!names.includes(name)) {
                const hint = closest(name, names);
                throw new errors/* InputError */.dz('tag', `"${entry}" names the image "${name}", which is not configured`, hint ? `did you mean "${hint}"?` : `images are: ${names.join(', ')}`);
            }
            if (name in byImage)
                throw new errors/* InputError */.dz('tag', `"${name}" is named twice`);
            byImage[name] = tag;
        }
        else {
            if (all !== undefined)
                throw new errors/* InputError */.dz('tag', 'gives more than one tag for every image', 'give one tag, or NAME=TAG lines (one per image)');
            all = tag;
        }
    }
    const values = [...(all === undefined ? [] : [all]), ...Object.values(byImage)];
    const previous = values.map(parsePrevious);
    if (previous.some((p) => p !== undefined)) {
        if (previous.some((p) => p === undefined)) {
            throw new errors/* InputError */.dz('tag', 'mixes "previous" with tags', 'roll back (previous) and redeploy (tags) in separate runs');
        }
        const steps = new Set(previous);
        if (steps.size > 1)
            throw new errors/* InputError */.dz('tag', 'asks for different previous~N steps', 'use one N');
        const request = { kind: 'previous', steps: previous[0] ?? 1 };
        if (all === undefined)
            request.images = Object.keys(byImage);
        return request;
    }
    for (const t of values) {
        const problem = (0,reference/* tagProblem */.qH)(t);
        if (problem)
            throw new errors/* InputError */.dz('tag', `"${t}" is not a valid tag: ${problem}`, 'give a tag such as sha-1a2b3c4, NAME=TAG lines, or "previous" to roll back');
    }
    return { kind: 'tags', byImage, ...(all === undefined ? {} : { all }) };
}
/** `previous` → 1, `previous~3` → 3; undefined for anything else. */
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
function parseCommitMode(value) {
    const v = value.trim().toLowerCase();
    if (v === '' || v === 'false')
        return 'none';
    if (v === 'true')
        return 'push';
    if (v === 'pull-request')
        return 'pull-request';
    throw new errors/* InputError */.dz('commit', `"${value}" is not allowed`, 'use false, true or pull-request');
}
function checkSourceTag(value) {
    if (value === '')
        return undefined;
    checkTemplate('source-tag', value, false);
    const parts = (0,tags_template/* parseTemplate */.QC)(value);
    const source = parts.find((p) => 'token' in p && p.token === 'source');
    if (!source || !('token' in source) || (source.length ?? 64) < 12) {
        throw new errors/* InputError */.dz('source-tag', `"${value}" does not name the source with at least 12 hex characters`, 'include {source:16} (or {source}), or set it empty to turn source tags off');
    }
    const other = parts.find((p) => 'token' in p && p.token !== 'source');
    if (other && 'token' in other) {
        throw new errors/* InputError */.dz('source-tag', `{${other.token}} would give one source several tags`, 'use only {source:N} and literal text');
    }
    return value;
}
/** `owner/name` or a git URL; the token defaults to github-token. */
function parseOverlayRepository(source) {
    const repository = source.get('overlay-repository').trim();
    const branch = source.get('overlay-branch').trim();
    const token = source.get('overlay-token').trim() || source.get('github-token').trim();
    if (repository === '') {
        if (branch)
            throw new errors/* InputError */.dz('overlay-branch', 'only applies to overlay-repository, which is not set', 'set overlay-repository, or remove overlay-branch');
        return undefined;
    }
    const ownerName = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository);
    const url = /^(https?|ssh|git|file):\/\/\S+$/.test(repository) || /^[\w.-]+@[\w.-]+:\S+$/.test(repository);
    if (!ownerName && !url) {
        throw new errors/* InputError */.dz('overlay-repository', `"${repository}" is neither owner/name nor a git URL`, 'e.g. acme/gitops or https://git.example.com/acme/gitops.git');
    }
    if (/^https?:\/\/[^/]*@/.test(repository)) {
        throw new errors/* InputError */.dz('overlay-repository', 'the URL carries credentials', 'remove them from the URL and pass the token in overlay-token');
    }
    if (branch && !isValidBranchName(branch)) {
        throw new errors/* InputError */.dz('overlay-branch', `"${branch}" is not a valid branch name`);
    }
    return {
        repository,
        ...(branch ? { branch } : {}),
        ...(token ? { token } : {}),
    };
}
/** An overlay path inside overlay-repository: relative, no `..`, resolved after the clone. */
function repositoryOverlay(name, value, format) {
    const v = value.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (v === '' || (0,external_node_path_.isAbsolute)(v) || v.split('/').includes('..') || v.includes('\0')) {
        throw new errors/* InputError */.dz(name, `"${value}" must be a path inside overlay-repository`, "write it relative to that repository's root");
    }
    return { file: '', path: v, format };
}
/** Roughly `git check-ref-format --branch`: what a branch name may look like. */
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
function parsePullRequestBranch(template, environment) {
    const rendered = template.replace(/\{environment\}/g, environment ?? 'deploy');
    if (/[{}]/.test(rendered)) {
        throw new errors/* InputError */.dz('pull-request-branch', `"${template}" has an unknown token`, 'the only token is {environment}');
    }
    if (!isValidBranchName(rendered)) {
        throw new errors/* InputError */.dz('pull-request-branch', `"${rendered}" is not a valid branch name`, 'use letters, digits, "/", "-", "_" and "."');
    }
    return rendered;
}
/** Builds the Config. Throws InputError for the first invalid input. */
function parseConfig(source, ctx) {
    const get = (name) => source.get(name).trim();
    const workspace = ctx.workspace;
    const registry = get('registry').replace(/\/+$/, '') || undefined;
    if (registry !== undefined && !/^[A-Za-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/.test(registry)) {
        throw new errors/* InputError */.dz('registry', `"${registry}" is not a registry host with an optional namespace`, 'e.g. ghcr.io/acme or 123456789012.dkr.ecr.us-east-1.amazonaws.com');
    }
    const imagesData = source.structured?.('images');
    const imagesRaw = imagesData === undefined ? source.get('images') : '';
    const flat = get('image');
    let images;
    if (imagesData !== undefined || imagesRaw.trim() !== '') {
        if (flat)
            throw new errors/* InputError */.dz('image', 'cannot be combined with "images"', 'list every image under "images"');
        images = readImagesInput(imagesRaw, workspace, imagesData).map((r) => parseImage(r, registry, workspace));
    }
    else if (flat) {
        const fields = { name: flat, context: get('context') || '.' };
        if (get('dockerfile'))
            fields.dockerfile = get('dockerfile');
        const paths = lines(source.get('paths'));
        if (paths.length > 0)
            fields.paths = paths;
        images = [parseImage({ where: 'image', fields, flat: true }, registry, workspace)];
    }
    else {
        throw new errors/* InputError */.dz('images', 'no image configured', 'set "images" (a YAML list) or "image" for a single image');
    }
    const seen = new Set();
    for (const img of images) {
        if (seen.has(img.name))
            throw new errors/* InputError */.dz('images', `image name "${img.name}" appears twice`, 'names must be unique');
        seen.add(img.name);
    }
    const format = oneOf('overlay-format', get('overlay-format') || 'auto', OVERLAY_FORMATS);
    if (format !== 'auto' && format !== 'kustomize' && images.some((i) => !i.key)) {
        const missing = images.filter((i) => !i.key).map((i) => i.name);
        throw new errors/* InputError */.dz('overlay-format', `"${format}" needs a key for every image; missing for ${missing.join(', ')}`, 'add key (e.g. api.image.tag) to each image');
    }
    const overlayRepository = parseOverlayRepository(source);
    const overlays = lines(source.get('overlay')).map((p) => overlayRepository
        ? repositoryOverlay('overlay', p, format)
        : parseOverlay('overlay', p, format, workspace));
    const fromOverlayPath = get('from-overlay');
    const fromOverlay = fromOverlayPath
        ? overlayRepository
            ? repositoryOverlay('from-overlay', fromOverlayPath, format)
            : parseOverlay('from-overlay', fromOverlayPath, format, workspace)
        : undefined;
    const mode = oneOf('mode', get('mode') || 'auto', MODES);
    const tagTemplate = checkTemplate('tag-template', get('tag-template') || 'sha-{sha:7}', true);
    const prTagTemplate = checkTemplate('pr-tag-template', get('pr-tag-template') || 'pr-{pr}-{sha:7}', true);
    const extraTags = list(source.get('extra-tags')).map((t) => checkTemplate('extra-tags', t, false));
    const promoteTags = list(source.get('promote-tags')).map((t) => checkTemplate('promote-tags', t, false));
    const sourceTag = checkSourceTag(source.get('source-tag').trim());
    const pinDigest = parseBoolean('pin-digest', source.get('pin-digest'));
    const tag = parseTagInput(source.get('tag'), images);
    if (tag?.kind === 'previous' && mode !== 'auto' && mode !== 'rollback') {
        throw new errors/* InputError */.dz('tag', `"previous" only means a rollback in mode auto or rollback, not ${mode}`, 'give a tag, or use mode: rollback');
    }
    if (mode === 'rollback' && tag?.kind === 'tags') {
        throw new errors/* InputError */.dz('tag', 'mode "rollback" goes back through the overlay\'s history; it takes previous or previous~N', 'use mode: auto to redeploy a named tag');
    }
    if ((mode === 'rollback' || tag?.kind === 'previous') && overlays.length === 0) {
        throw new errors/* InputError */.dz('overlay', "a rollback reads the previous value from the overlay's git history, but no overlay is set", 'set "overlay"');
    }
    if (mode === 'promote' && !fromOverlay && tag === undefined) {
        throw new errors/* InputError */.dz('mode', '"promote" needs a source', 'set from-overlay (the overlay to promote from) or tag');
    }
    if (mode === 'build' && tag?.kind === 'tags' && Object.keys(tag.byImage).length > 0) {
        throw new errors/* InputError */.dz('tag', 'mode "build" takes one tag (the planned tag of a matrix job), not NAME=TAG lines', 'give a single tag together with matrix-image');
    }
    const maxParallelRaw = get('max-parallel') || '2';
    const maxParallel = Number(maxParallelRaw);
    if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 32) {
        throw new errors/* InputError */.dz('max-parallel', `"${maxParallelRaw}" is not a whole number from 1 to 32`);
    }
    const matrixImage = get('matrix-image') || undefined;
    if (matrixImage !== undefined && !images.some((i) => i.name === matrixImage)) {
        throw new errors/* InputError */.dz('matrix-image', `"${matrixImage}" is not one of the configured images`, `use one of: ${images.map((i) => i.name).join(', ')}`);
    }
    const writeOverlay = parseBoolean('write-overlay', source.get('write-overlay'));
    const commit = parseCommitMode(source.get('commit'));
    if ((writeOverlay || commit !== 'none') && overlays.length === 0) {
        throw new errors/* InputError */.dz(writeOverlay ? 'write-overlay' : 'commit', 'there is no overlay to write', 'set "overlay" to the file(s) to update');
    }
    const push = parseBoolean('push', source.get('push') || 'true');
    if (!push && (writeOverlay || commit !== 'none')) {
        throw new errors/* InputError */.dz('push', 'false pushes nothing, so no image of this run is in the registry to write into an overlay', 'set push: true, or leave write-overlay and commit off (use dry-run to see what would be written)');
    }
    const environment = get('environment') || undefined;
    const pullRequestBranch = parsePullRequestBranch(get('pull-request-branch') || inputs/* INPUTS */.m['pull-request-branch'].default, environment);
    const githubToken = get('github-token') || undefined;
    if (commit === 'pull-request' && !githubToken && !get('overlay-token')) {
        throw new errors/* InputError */.dz('commit', '"pull-request" opens a pull request through the GitHub API, but no token is set', 'set github-token (the job token needs pull-requests: write) or overlay-token');
    }
    const base = get('base') || undefined;
    if (base !== undefined && !/^[A-Za-z0-9_./~^@{}-]+$/.test(base)) {
        throw new errors/* InputError */.dz('base', `"${base}" is not a git revision`, 'give a commit SHA, tag or branch');
    }
    if (base?.startsWith('-'))
        throw new errors/* InputError */.dz('base', `"${base}" cannot start with "-"`);
    const insecureRegistries = list(source.get('insecure-registries'));
    for (const r of insecureRegistries) {
        if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(r))
            throw new errors/* InputError */.dz('insecure-registries', `"${r}" is not a host[:port]`);
    }
    const config = {
        workspace,
        images,
        overlays,
        pullRequestBranch,
        createMissing: parseBoolean('create-missing', source.get('create-missing')),
        deployPaths: checkGlobs('deploy-paths', lines(source.get('deploy-paths')), workspace),
        ignorePaths: checkGlobs('ignore-paths', lines(source.get('ignore-paths')), workspace),
        mode,
        tagTemplate,
        prTagTemplate,
        extraTags,
        promoteTags,
        forceBuild: parseBoolean('force-build', source.get('force-build')),
        push,
        writeOverlay,
        pinDigest,
        commit,
        commitMessage: commitMessage(get('commit-message')),
        dryRun: parseBoolean('dry-run', source.get('dry-run')),
        insecureRegistries,
        allowTagOverwrite: parseBoolean('allow-tag-overwrite', source.get('allow-tag-overwrite')),
        cacheFrom: lines(source.get('cache-from')),
        cacheTo: lines(source.get('cache-to')),
        maxParallel,
    };
    if (registry !== undefined)
        config.registry = registry;
    if (fromOverlay)
        config.fromOverlay = fromOverlay;
    if (overlayRepository)
        config.overlayRepository = overlayRepository;
    if (sourceTag !== undefined)
        config.sourceTag = sourceTag;
    if (tag !== undefined)
        config.tag = tag;
    if (base !== undefined)
        config.base = base;
    if (environment)
        config.environment = environment;
    if (githubToken)
        config.githubToken = githubToken;
    if (matrixImage !== undefined)
        config.matrixImage = matrixImage;
    const fromPlan = get('from-plan');
    if (fromPlan)
        config.fromPlan = parsePlanInput(fromPlan, images);
    return config;
}

// EXTERNAL MODULE: ./src/tags/policy.ts
var tags_policy = __nccwpck_require__(8527);
// EXTERNAL MODULE: ./src/engine/overlay-state.ts
var overlay_state = __nccwpck_require__(662);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __nccwpck_require__(3171);
;// CONCATENATED MODULE: ./src/engine/decide.ts




/** `sha-1a2b3c4`, `v1.2.3@sha256:…`, `ghcr.io/acme/api:v1`: an overlay value for sentences. */
function describeValue(value) {
    if (!value)
        return 'nothing';
    const ref = value.tag ?? (value.digest ? `@${value.digest.slice(0, 19)}…` : undefined);
    return ref ?? value.repository ?? 'nothing';
}
function decide_short(digest) {
    return digest.slice(0, 19);
}
/** What the environment runs, for reasons: its value, digest and the commit it came from. */
function running(f, image) {
    const commit = f.deployed?.commit ? `, built from ${f.deployed.commit.sha.slice(0, 7)}` : '';
    return `${describeValue(f.deployed?.value)} (${decide_short(image.digest)}…${commit})`;
}
/** Where an image came from, for reasons: its tag, digest and the commit it was built from. */
function origin(image) {
    const built = image.revision ? `, built from ${image.revision.slice(0, 7)}` : '';
    return `${image.tag} (${decide_short(image.digest)}…${built})`;
}
function fail(f, name, reason, error) {
    return { kind: 'fail', name, image: f.image, reason, error };
}
function lookupError(lookup) {
    return (0,types/* isProblem */.A)(lookup) ? lookup.problem : undefined;
}
/** "code of api changed since the deployed sha-1a2b3c4 (services/api/main.py, …)" */
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
/** Decides every gathered image, then makes images that share an overlay value agree. */
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
            // A template with no value in this run (or another input problem) fails this image.
            if (!(err instanceof errors/* InputError */.dz))
                throw err;
            return fail(f, 'skip', 'cannot be decided for this run', (0,errors/* errorMessage */.gJ)(err));
        }
    });
    return unnamed(sharedValues(decisions, input), input);
}
/** Whether this run writes overlays (a file edit or a commit); a plan never does. */
function writesOverlays(config) {
    return (config.writeOverlay || config.commit !== 'none') && config.mode !== 'plan';
}
/**
 * An image whose new value would be written into overlays that do not name it fails before
 * anything is built or pushed (unless create-missing): the planner would refuse the write
 * after the work was done.
 */
function unnamed(decisions, input) {
    const { config, facts } = input;
    if (!writesOverlays(config) || config.createMissing || facts.overlays.length === 0)
        return decisions;
    return decisions.map((d, i) => {
        if (d.kind !== 'build' && d.kind !== 'tag')
            return d;
        if (facts.overlays.some((s) => s.images.get(d.image.name)?.found))
            return d;
        const first = facts.overlays[0];
        const has = first && first.known.length > 0 ? `it has ${first.known.join(', ')}` : 'it names no image';
        return fail(facts.images[i], nameOf(d), d.reason, `${first?.overlay.path ?? 'the overlay'} does not name the image ${d.image.name} (${has}) — add an entry for it, or set create-missing: true`);
    });
}
function decideImage(f, ctx) {
    const { config, trigger } = ctx;
    if (f.planned)
        return fromPlan(f, ctx);
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
    if (request?.kind === 'tags') {
        const tag = request.byImage[f.image.name] ?? request.all;
        if (tag === undefined) {
            return keepDeployed(f, 'skip', `not named in the tag input; ${f.image.name} keeps running ${describeValue(f.deployed?.value)}`);
        }
        return redeploy(f, tag, ctx);
    }
    if (trigger.kind === 'tag' || trigger.kind === 'release')
        return release(f, ctx);
    return bySource(f, ctx);
}
/** Keeps what the overlay runs (re-verified), or fails when it is not in the registry. */
function keepDeployed(f, name, reason) {
    const deployed = f.deployed;
    if (!deployed)
        return { kind: 'keep-unverified', image: f.image, reason };
    const problem = lookupError(deployed.image);
    if (problem)
        return fail(f, name, reason, problem);
    const image = (0,types/* found */.F)(deployed.image);
    if (!image) {
        return fail(f, name, reason, `the overlay ${deployed.overlay} runs ${describeValue(deployed.value)}, which is not in ${deployed.repository.name}`);
    }
    return { kind: 'keep', name, image: f.image, reason, target: image };
}
/** Keeping what runs is a reuse when deploy config changed since (or may have), else a skip. */
function keepName(f) {
    return f.comparison.change.kind === 'deploy' || f.comparison.note ? 'reuse' : 'skip';
}
/** The auto rule: reuse, promote, adopt or build, from the source key. */
function bySource(f, ctx) {
    const { config, policy } = ctx;
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
    const source = (0,types/* found */.F)(f.sourceImage);
    const deployed = (0,types/* found */.F)(f.deployed?.image);
    if (source && deployed?.digest === source.digest) {
        const name = keepName(f);
        return {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the environment already runs ${running(f, deployed)}, an image of this source`,
            target: deployed,
        };
    }
    // A rebuild of this source runs (force-build): the source tag names the first image, the
    // environment another one built from the same files — keep it, never swap it back.
    if (source && deployed && f.deployed?.sourceKey === key) {
        return {
            kind: 'keep',
            name: keepName(f),
            image: f.image,
            reason: `${why}; the environment already runs ${running(f, deployed)}, built from this source`,
            target: deployed,
        };
    }
    const primary = policy.primary();
    if (source)
        return promote(f, ctx, source, primary, `${why}; an image of this source exists: ${origin(source)}`);
    const sourceTag = policy.sourceTag(key);
    const adopted = adoption(f, key);
    if (adopted) {
        const name = keepName(f);
        return {
            kind: 'keep',
            name,
            image: f.image,
            reason: `${why}; the deployed ${running(f, adopted)} was built from the same source before source tags existed, so it is reused${sourceTag ? ` and gets ${sourceTag}` : ''}`,
            target: adopted,
            ...(sourceTag ? { adopt: sourceTag } : {}),
        };
    }
    return build(f, ctx, `${why}; ${firstDeployNote(f) ?? 'no image of this source exists'}`);
}
/** The deployed image when its commit has the same source key (it predates source tags). */
function adoption(f, key) {
    const deployed = f.deployed;
    const image = (0,types/* found */.F)(deployed?.image);
    if (!deployed || !image || deployed.sourceKey !== key)
        return undefined;
    return image;
}
/** A note for an overlay value that names no image yet (a first deploy). */
function firstDeployNote(f) {
    const deployed = f.deployed;
    if (!deployed)
        return undefined;
    if ((0,types/* found */.F)(deployed.image))
        return undefined;
    if (deployed.value.tag === undefined && deployed.value.digest === undefined) {
        return `first deploy: ${deployed.overlay} names no image for ${f.image.name} yet, so the first build fills it in`;
    }
    return `first deploy: the overlay's ${describeValue(deployed.value)} is not an image in ${deployed.repository.name}, so the first build replaces it`;
}
/**
 * Builds the primary tag once: this run's, unless given (a matrix job builds its plan's,
 * with that tag's lookup). A tag the registry has already is not rebuilt.
 */
function build(f, ctx, reason, later = ctx.extra, { tag: primary, image: primaryImage } = {
    tag: ctx.policy.primary(),
    image: f.primaryImage,
}) {
    const { policy } = ctx;
    const existing = (0,types/* found */.F)(primaryImage);
    if (existing) {
        // A re-run: this commit's image is in the registry already (a tag is never rebuilt).
        return {
            kind: 'tag',
            name: 'build',
            image: f.image,
            reason: `${reason} (${primary} was already built by an earlier run; not rebuilt)`,
            target: existing,
            addTags: sourceTagToAdd(f, policy),
            laterTags: later,
            write: { tag: primary },
        };
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
/** The source tag, unless the registry has it already (a source keeps its first image). */
function sourceTagToAdd(f, policy) {
    if ('problem' in f.source || (0,types/* found */.F)(f.sourceImage) || (0,types/* isProblem */.A)(f.sourceImage))
        return [];
    // Source tags off: sourceTag() is undefined.
    const tag = policy.sourceTag(f.source.key);
    return tag ? [tag] : [];
}
function promote(f, ctx, source, tag, reason) {
    const existing = (0,types/* found */.F)(f.primaryImage);
    if (existing && existing.tag === tag && existing.digest !== source.digest) {
        return fail(f, 'promote', reason, `${tag} already names another image (${decide_short(existing.digest)}…) in ${existing.repository.name}; tags are never moved`);
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
/** Releases: the image of the tagged commit's source gets the release (and env) tags. */
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
    const releaseProblem = lookupError(f.releaseImage);
    if (releaseProblem)
        return fail(f, 'promote', `release ${name}`, releaseProblem);
    if (ctx.config.forceBuild)
        return releaseBuild(f, ctx, `release ${name}: force-build is set`, later);
    if ('problem' in f.source)
        return fail(f, 'promote', `release ${name}`, f.source.problem);
    const sourceProblem = lookupError(f.sourceImage);
    if (sourceProblem)
        return fail(f, 'promote', `release ${name}`, sourceProblem);
    const source = (0,types/* found */.F)(f.sourceImage) ?? adoption(f, f.source.key);
    if (source) {
        const existing = (0,types/* found */.F)(f.releaseImage);
        if (existing && existing.digest !== source.digest) {
            return fail(f, 'promote', `release ${name}`, `${tag} already names another image (${decide_short(existing.digest)}…) in ${existing.repository.name}; release tags are never moved`);
        }
        const adopt = (0,types/* found */.F)(f.sourceImage) ? [] : sourceTagToAdd(f, policy);
        return {
            kind: 'tag',
            name: 'promote',
            image: f.image,
            reason: `release ${name}: promoting the image of ${trigger.head.slice(0, 7)}'s source, ${origin(source)}, without rebuilding`,
            target: source,
            addTags: adopt,
            laterTags: later,
            write: { tag },
        };
    }
    return releaseBuild(f, ctx, `release ${name}: no image of ${trigger.head.slice(0, 7)}'s source exists, so building it once`, later);
}
function releaseBuild(f, ctx, reason, later) {
    const decision = build(f, ctx, reason, later);
    // The overlay gets the release tag, which exists once the later tags are added.
    const tag = later[0]?.tag;
    if (!tag || (decision.kind !== 'build' && decision.kind !== 'tag'))
        return decision;
    return { ...decision, write: { tag } };
}
/** `tag: sha-1a2b3c4` (or `api=…`): that image, verified; a missing tag is never built. */
function redeploy(f, tag, ctx) {
    const reason = `redeploying the requested ${tag} (was ${describeValue(f.deployed?.value)})`;
    const requested = f.requested;
    if (!requested)
        return fail(f, 'reuse', reason, 'internal error: the requested tag was not looked up');
    const problem = lookupError(requested.image);
    if (problem)
        return fail(f, 'reuse', reason, problem);
    const image = (0,types/* found */.F)(requested.image);
    if (!image) {
        return fail(f, 'reuse', reason, `${requested.repository.name}:${tag} does not exist; nothing was built — check the tag, or name the images that have it (tag: ${f.image.name}=…, one line per image)`);
    }
    return pinnedWrite(f, ctx, 'reuse', reason, image);
}
/** A write of `image`'s tag; a mutable tag goes in only pinned to its digest. */
function pinnedWrite(f, ctx, name, reason, image, addTags = [], later = [], copyFrom) {
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
    // A value that is only a digest is written as one.
    if (!image.tag)
        return decision({ digest: image.digest });
    const mutable = ctx.policy.mutableReason(image.tag);
    if (mutable && !ctx.config.pinDigest) {
        return fail(f, name, reason, (0,tags_policy/* mutableTagRefusal */.xo)(mutable, `set pin-digest: true to write it with its digest ${decide_short(image.digest)}…, or give an immutable tag`));
    }
    if (mutable)
        return decision({ tag: image.tag, digest: image.digest });
    // An immutable tag goes in alone: it must still name the image (a pinned value whose tag
    // was moved by someone else would deploy another image).
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
    return pinnedWrite(f, ctx, 'rollback', `rolling ${f.image.name} back from ${from} to ${describeValue(rb.target.value)}, deployed by ${commit.slice(0, 7)}${skippedNote}`, image);
}
/** mode build: build every (selected) image; a tag already built is not rebuilt. */
function buildMode(f, ctx) {
    const planned = ctx.config.tag?.kind === 'tags' ? ctx.config.tag.all : undefined;
    const reason = ctx.config.matrixImage
        ? `matrix build of ${f.image.name}`
        : 'mode "build" builds every image';
    if (planned === undefined)
        return build(f, ctx, reason);
    // A matrix job builds the tag its plan chose; that tag (not this run's own) tells whether
    // an earlier attempt built it already.
    const requested = f.requested?.image;
    if ((0,types/* isProblem */.A)(requested))
        return fail(f, 'build', reason, requested.problem);
    return build(f, ctx, reason, ctx.extra, { tag: planned, image: requested });
}
/** mode reuse: what the overlay runs (or the requested tag) must exist; nothing is built. */
function reuseMode(f, ctx) {
    const request = ctx.config.tag;
    const tag = request?.kind === 'tags' ? (request.byImage[f.image.name] ?? request.all) : undefined;
    if (tag !== undefined)
        return redeploy(f, tag, ctx);
    if (!f.deployed) {
        return fail(f, 'reuse', 'mode "reuse"', `the overlay has no value for ${f.image.name} and no tag was given`);
    }
    return keepDeployed(f, 'reuse', `mode "reuse": ${f.image.name} keeps running ${describeValue(f.deployed.value)}`);
}
/** mode promote: the source overlay's (or the requested) image goes to the target. */
function promoteMode(f, ctx) {
    const { facts, policy, config } = ctx;
    const request = config.tag;
    const requestedTag = request?.kind === 'tags' ? (request.byImage[f.image.name] ?? request.all) : undefined;
    const env = policy.env().map((t) => ({ tag: t, mutable: true }));
    if (facts.gate && !facts.gate.ok)
        return fail(f, 'promote', 'promotion', facts.gate.reason);
    if (requestedTag !== undefined) {
        const reason = `promoting the requested ${requestedTag}`;
        const image = (0,types/* found */.F)(f.requested?.image);
        const problem = f.requested ? lookupError(f.requested.image) : undefined;
        if (problem)
            return fail(f, 'promote', reason, problem);
        if (!image)
            return fail(f, 'promote', reason, `${f.requested?.repository.name ?? f.image.repository.name}:${requestedTag} does not exist`);
        return pinnedWrite(f, ctx, 'promote', reason, image, [], env);
    }
    const source = f.promoteSource;
    if (!source) {
        return keepDeployed(f, 'skip', `the source overlay does not run ${f.image.name}; it keeps running ${describeValue(f.deployed?.value)}`);
    }
    const reason = `promoting ${describeValue(source.value)} from ${source.overlay}`;
    const problem = lookupError(source.image);
    if (problem)
        return fail(f, 'promote', reason, problem);
    const image = (0,types/* found */.F)(source.image);
    if (!image) {
        return fail(f, 'promote', reason, `${source.repository.name}:${describeValue(source.value)} is not in the registry`);
    }
    if (source.value.tag === undefined) {
        return fail(f, 'promote', reason, `the source pins only a digest for ${f.image.name}; add its tag next to the digest in ${source.overlay}`);
    }
    const cross = image.repository.name !== f.image.repository.name;
    const target = cross ? { ...image, repository: f.image.repository } : image;
    return pinnedWrite(f, ctx, 'promote', `${reason}${cross ? ` (copied from ${image.repository.name})` : ''}`, target, cross ? [image.tag] : [], env, cross ? image : undefined);
}
/** from-plan: the deploy job of a fan-out carries out what the plan decided. */
function fromPlan(f, ctx) {
    const planned = f.planned;
    if (!planned)
        throw new Error('internal error: fromPlan without a plan entry');
    const later = planned.addTags.map((tag) => ({
        tag,
        mutable: ctx.policy.mutableReason(tag) !== undefined,
    }));
    const reason = `applying the plan: ${planned.decision}${planned.tag ? ` ${planned.tag}` : ''}`;
    if (planned.decision === 'skip' && planned.tag === '') {
        return { kind: 'keep-unverified', image: f.image, reason };
    }
    if (planned.decision === 'promote' && planned.digest) {
        // The planned promotion happens here, on the digest the plan found; the planned tag
        // (a release or this run's tag) moves with the other later tags, once all is verified.
        // A planned tag that names another image by now is never moved: fail before anything.
        const now = f.requested?.image;
        if ((0,types/* isProblem */.A)(now))
            return fail(f, 'promote', reason, now.problem);
        if (now && now.digest !== planned.digest) {
            return fail(f, 'promote', reason, `${f.image.repository.name}:${planned.tag} already names another image (${decide_short(now.digest)}…), not the planned ${decide_short(planned.digest)}…; tags are never moved`);
        }
        return {
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
    }
    const requested = f.requested;
    const problem = requested ? lookupError(requested.image) : undefined;
    if (problem)
        return fail(f, planned.decision, reason, problem);
    const image = (0,types/* found */.F)(requested?.image);
    if (!image) {
        return fail(f, planned.decision, reason, `${f.image.repository.name}:${planned.tag} is not in the registry; did its build job succeed?`);
    }
    if (planned.decision === 'skip' ||
        (planned.decision === 'reuse' && f.deployed?.value.tag === planned.tag)) {
        return {
            kind: 'keep',
            name: planned.decision === 'skip' ? 'skip' : 'reuse',
            image: f.image,
            reason,
            target: image,
        };
    }
    const addTags = planned.decision === 'build' ? sourceTagToAdd(f, ctx.policy) : [];
    return {
        kind: 'tag',
        name: planned.decision,
        image: f.image,
        reason,
        target: image,
        addTags,
        laterTags: later.filter((t) => !addTags.includes(t.tag)),
        write: { tag: planned.tag },
    };
}
// ---------------------------------------------------------------------------------------
// Shared values
/** The tag a decision writes, or undefined when it keeps the overlay value. */
function writtenTag(d) {
    return d.kind === 'tag' || d.kind === 'build' ? d.write.tag : undefined;
}
/**
 * Images that share one overlay value (e.g. Helm `global.imageTag`) must each hold the
 * written tag before it is written: an image that keeps what it runs gets the tag on its
 * current digest (a retag, no build). When that cannot be done (push: false, or the tag
 * names another image there), every image of the group fails and nothing is written.
 */
function sharedValues(decisions, input) {
    const { facts, config } = input;
    const slotOf = new Map();
    for (const state of facts.overlays) {
        for (const f of facts.images) {
            const slot = (0,overlay_state/* overlaySlot */.lJ)(state, f.image);
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
            const there = [(0,types/* found */.F)(f.primaryImage), (0,types/* found */.F)(f.releaseImage)].find((x) => x?.tag === tag);
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
        case 'build':
            return 'build';
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/build/argv.ts
var argv = __nccwpck_require__(312);
// EXTERNAL MODULE: ./src/changes/history.ts
var changes_history = __nccwpck_require__(5881);
;// CONCATENATED MODULE: ./src/engine/execute.ts
/**
 * Carrying decisions out: builds first, then the registry work that gives existing images
 * their new immutable tags (promotions, adoptions, shared values, copies between
 * repositories). Mutable and release/environment tags wait: they move only once every image
 * is verified (moveLaterTags). Each step returns new outcomes; nothing is changed in place.
 */







/**
 * The target's tag, when the run relies on it naming the target: a value pinned to a digest
 * whose (mutable) tag moved on relies on the digest alone.
 */
function targetTag(target) {
    return target.tag && target.tagDigest === target.digest
        ? [{ tag: target.tag, digest: target.digest }]
        : [];
}
/** The outcome before anything was executed. */
function initialOutcome(d) {
    switch (d.kind) {
        case 'fail':
            return { decision: d, status: 'failed', added: [], relies: [], wrote: false, error: d.error };
        case 'keep-unverified':
            return { decision: d, status: 'verified', added: [], relies: [], wrote: false };
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
                relies: [
                    ...targetTag(d.target),
                    ...d.addTags.map((tag) => ({ tag, digest: d.target.digest })),
                ],
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
/**
 * Images are built from the commit their tag names. When the checkout is elsewhere (the PR
 * merge commit actions/checkout makes by default, the default branch in a workflow_run),
 * that commit is checked out into a temporary worktree; returns its path, or undefined when
 * the workspace already is the head commit.
 */
async function headWorktree(deps) {
    const head = deps.trigger.head;
    if ((await deps.git.resolveCommit('HEAD')) === head)
        return undefined;
    if (!(await new changes_history/* History */.B(deps.git, deps.logger).ensureCommit(head))) {
        throw new Error(`cannot build ${head.slice(0, 7)}: the commit is not in the checkout and cannot be fetched`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'image-promote-head-'));
    await deps.git.run(['worktree', 'add', '--detach', '--force', dir, head]);
    deps.logger.info(`the checkout is not at ${head.slice(0, 7)} (e.g. GitHub's PR merge commit); building from a worktree of ${head.slice(0, 7)} so the image matches its tag`);
    return dir;
}
/** Runs every build decision; the others pass through unchanged. */
async function executeBuilds(outcomes, deps) {
    const builds = outcomes.filter((o) => o.decision.kind === 'build' && o.status !== 'failed');
    if (builds.length === 0)
        return outcomes;
    const labels = (0,argv/* ociLabels */.TT)({
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
        // No docker, no head commit, or a request no builder can honour: every build fails.
        const error = (0,errors/* errorMessage */.gJ)(err);
        return outcomes.map((o) => builds.includes(o) ? { ...o, status: 'failed', error } : o);
    }
    finally {
        if (worktree) {
            await deps.git.run(['worktree', 'remove', '--force', worktree], { allowFailure: true });
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
/** Adds immutable tags to existing images (promotions, adoptions, shared values, copies). */
async function executeTags(outcomes, deps) {
    return Promise.all(outcomes.map(async (o) => {
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
            }
            return { ...o, wrote: true, status: o.status === 'planned' ? 'pushed' : o.status };
        }
        catch (err) {
            return { ...o, status: 'failed', error: (0,errors/* errorMessage */.gJ)(err), wrote: true };
        }
    }));
}
/**
 * Release, environment and mutable tags, once every image is verified: first the immutable
 * ones (release tags, a plan's tags) of every image — they may be refused — and only when all
 * of those landed, the ones that move (environment tags, `latest`, branch tags).
 */
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

// EXTERNAL MODULE: ./src/engine/facts.ts + 4 modules
var engine_facts = __nccwpck_require__(33);
// EXTERNAL MODULE: ./src/git.ts
var src_git = __nccwpck_require__(1243);
;// CONCATENATED MODULE: ./src/engine/placement.ts
/**
 * Where the overlays are for this run: in the workspace (the checkout, or a second checkout
 * inside it), or in `overlay-repository`, cloned for the run. Resolves the overlay files,
 * says which directory writes must stay inside, and which git repository holds a file.
 */



async function placeOverlays(deps) {
    const { config, logger } = deps;
    const remote = config.overlayRepository;
    if (remote && (config.overlays.length > 0 || config.fromOverlay)) {
        const paths = [...config.overlays, ...(config.fromOverlay ? [config.fromOverlay] : [])].map((o) => o.path);
        const { cloneOverlayRepository } = await __nccwpck_require__.e(/* import() */ 837).then(__nccwpck_require__.bind(__nccwpck_require__, 837));
        const clone = await cloneOverlayRepository(remote, paths, { logger, env: deps.env });
        const at = (o) => ({ ...o, file: (0,external_node_path_.join)(clone.root, o.path) });
        return {
            overlays: config.overlays.map(at),
            ...(config.fromOverlay ? { fromOverlay: at(config.fromOverlay) } : {}),
            root: clone.root,
            clone,
            gitFor: () => Promise.resolve(clone.git),
            cleanup: () => clone.cleanup(),
        };
    }
    const root = await (0,promises_.realpath)(config.workspace);
    // One Git per repository, so its fetches queue behind each other (Git.exclusive).
    const byTop = new Map([[await (0,promises_.realpath)(deps.git.cwd), deps.git]]);
    return {
        overlays: config.overlays,
        ...(config.fromOverlay ? { fromOverlay: config.fromOverlay } : {}),
        root,
        gitFor: async (file) => {
            // A second checkout inside the workspace has its own history.
            const probe = new src_git/* Git */.TU((0,external_node_path_.dirname)(file), logger);
            const top = await (0,promises_.realpath)((await probe.run(['rev-parse', '--show-toplevel'])).stdout.trim());
            let git = byTop.get(top);
            if (!git)
                byTop.set(top, (git = new src_git/* Git */.TU(top, logger)));
            return git;
        },
        cleanup: () => Promise.resolve(),
    };
}

;// CONCATENATED MODULE: ./src/engine/verify.ts
/**
 * The last word before outputs and overlay writes: every tag the run created or relies on
 * is read again from the registry (by GET, hashed) and must name the digest the run reports.
 * A tag another writer moved in the meantime fails its image and says so.
 *
 * The distribution API has no compare-and-swap, so a writer whose PUT lands after this read
 * can still move a tag; ECR's tag immutability is the lock that closes that window.
 */


async function verifyOutcomes(outcomes, deps, options) {
    // Reads made while gathering facts are as fresh as it gets when the run wrote nothing.
    const fresh = !outcomes.some((o) => o.wrote);
    return Promise.all(outcomes.map(async (o) => {
        if (o.status === 'failed' || o.status === 'not-attempted' || o.status === 'built')
            return o;
        if (o.decision.kind === 'keep-unverified')
            return o;
        const target = o.target;
        if (options.planning) {
            // Nothing is pushed by design: what exists already is verified, the rest is planned.
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
/**
 * One run of the engine, used by the action (src/main.ts) and the CLI: gather facts, decide
 * (pure), execute, verify, write. Each phase returns new values. Nothing is written to an
 * overlay, and no release, environment or mutable tag moves, unless every image is verified.
 */







/** Checks that need no facts, made before anything is built or pushed. */
function preflight(deps) {
    const { config, trigger, policy } = deps;
    if (config.tag?.kind === 'tags' && !config.pinDigest) {
        // The tag policy's rule, before any registry call: the run deploys what the input names.
        for (const t of [config.tag.all, ...Object.values(config.tag.byImage)]) {
            const why = t === undefined ? undefined : policy.mutableReason(t);
            if (why) {
                throw new errors/* InputError */.dz('tag', (0,tags_policy/* mutableTagRefusal */.xo)(why, 'give an immutable tag such as sha-1a2b3c4 or v1.2.3, or set pin-digest: true to deploy it pinned to the digest it has now'));
            }
        }
    }
    if (config.commit !== 'none' && trigger.pullRequest && config.mode !== 'plan') {
        // It would push the overlay onto the PR's branch (or, for a fork, a branch of that name here).
        throw new errors/* UserError */.yo(`input 'commit': ${config.commit === 'push' ? 'true' : config.commit} does not apply to pull request events — use write-overlay to render a preview, or run the deploy on push`);
    }
}
async function runEngine(deps) {
    let placement;
    try {
        preflight(deps);
        placement = await placeOverlays(deps);
    }
    catch (err) {
        return notAttempted(deps, (0,errors/* errorMessage */.gJ)(err));
    }
    try {
        return await runPlaced(deps, placement);
    }
    finally {
        await placement.cleanup();
    }
}
async function runPlaced(deps, placement) {
    const { config } = deps;
    const planning = config.mode === 'plan' || config.dryRun;
    let facts;
    try {
        facts = await (0,engine_facts/* gatherFacts */.pc)(deps, placement);
    }
    catch (err) {
        // Nothing was attempted; the outputs still say so for every image.
        return notAttempted(deps, (0,errors/* errorMessage */.gJ)(err));
    }
    const decisions = decide({ config, trigger: deps.trigger, policy: deps.policy, facts });
    let outcomes = decisions.map(initialOutcome);
    if (!planning) {
        outcomes = await executeBuilds(outcomes, deps);
        if (config.push)
            outcomes = await executeTags(outcomes, deps);
    }
    outcomes = await verifyOutcomes(outcomes, deps, { planning: planning || !config.push });
    if (!planning && config.push && !outcomes.some((o) => o.status === 'failed')) {
        // Release, environment and mutable tags move only now, and are read back.
        outcomes = await verifyOutcomes(await moveLaterTags(outcomes, deps), deps, { planning: false });
    }
    const result = {
        images: outcomes.map((o) => imageResult(o, facts)),
        overlayChanged: false,
        overlayFiles: [],
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
    if (writesOverlays(config)) {
        try {
            // Overlay edits and the git/GitHub write-back load only when something may be written.
            const { writeOverlays } = await Promise.all(/* import() */[__nccwpck_require__.e(837), __nccwpck_require__.e(835)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9835));
            const written = await writeOverlays(outcomes, facts, deps, placement);
            result.overlayChanged = written.changed;
            result.overlayFiles = written.files;
            result.commits = written.commits;
        }
        catch (err) {
            // Reported like an image failure, so the outputs and summary are still written.
            result.failure = `updating the overlay failed: ${(0,errors/* errorMessage */.gJ)(err)}`;
        }
    }
    return result;
}
function imageResult(o, facts) {
    const d = o.decision;
    const f = facts.images.find((x) => x.image.name === d.image.name);
    const writes = d.kind === 'tag' || d.kind === 'build';
    const tag = writes ? (d.write.tag ?? o.target?.tag) : o.target?.tag || undefined;
    const reason = d.reason;
    const result = {
        name: d.image.name,
        repository: d.image.repository.name,
        decision: nameOf(d),
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
    const pinned = d.kind === 'tag' ? d.write.digest : undefined;
    const digest = pinned ?? o.target?.digest;
    if (digest)
        result.digest = digest;
    if (o.error)
        result.error = o.error;
    if (f?.deployed)
        result.from = describeValue(f.deployed.value);
    if (f?.comparison.base)
        result.base = f.comparison.base;
    if (f)
        result.baseRule = f.comparison.rule;
    return result;
}
function notAttempted(deps, failure) {
    return {
        images: (0,engine_facts/* selectedImages */.Qm)(deps.config).map((image) => ({
            name: image.name,
            repository: image.repository.name,
            decision: 'skip',
            reason: 'not attempted: the run stopped before deciding',
            change: 'none',
            status: 'not-attempted',
            addedTags: [],
            write: false,
        })),
        overlayChanged: false,
        overlayFiles: [],
        commits: [],
        failure,
        dryRun: deps.config.dryRun,
        planning: true,
    };
}

// EXTERNAL MODULE: ./src/event/trigger.ts
var event_trigger = __nccwpck_require__(9668);
// EXTERNAL MODULE: ./src/changes/classify.ts
var classify = __nccwpck_require__(7211);
;// CONCATENATED MODULE: ./src/gitops/outputs.ts
/**
 * What a run says of its overlay write-back, pure: the per-repository results, the report's
 * summary of them and the action outputs (`commit-sha`, `commits`, `pull-request-*`).
 */
/** What the report and the outputs say of write-back results (first overlay's repository first). */
function summarizeCommits(results) {
    const commits = {};
    for (const { repository, ...rest } of results)
        commits[repository] = rest;
    const pullRequest = results.find((r) => r.pullRequest)?.pullRequest;
    return { commitSha: results[0]?.commit ?? '', commits, ...(pullRequest ? { pullRequest } : {}) };
}
/** The action outputs for write-back results. */
function gitopsOutputs(results) {
    const { commitSha, commits, pullRequest } = summarizeCommits(results);
    return {
        commitSha,
        commits: JSON.stringify(commits),
        pullRequestNumber: pullRequest ? String(pullRequest.number) : '',
        pullRequestUrl: pullRequest?.url ?? '',
    };
}

;// CONCATENATED MODULE: ./src/report.ts
/**
 * Results → the action's outputs and job summary (and the CLI's JSON/table). Pure. Every
 * string that leaves here passes the one redactor: reasons may quote a registry's answer.
 */



const DECISION_ORDER = ['build', 'promote', 'rollback', 'reuse', 'skip'];
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
    const changed = unknown ? 'unknown' : (0,classify/* strongest */.y)(run.images.map((r) => r.change));
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
    };
}
/**
 * The `tag` output: a tag the registry has (guarantee 1) — a deployed one first; planned
 * tags only when the run itself only plans (plan, dry run, push: false).
 */
function outputTag(run) {
    const usable = run.images.filter((r) => r.tag && (r.status === 'verified' || (run.planning && r.status === 'planned')));
    return (usable.find((r) => r.decision !== 'skip') ?? usable[0])?.tag ?? '';
}
function overallReason(run) {
    if (run.failure)
        return run.failure;
    const [only] = run.images;
    if (run.images.length === 1 && only)
        return only.reason;
    // Images with the same decision and reason share one clause: "build api, web — …".
    const groups = new Map();
    for (const r of run.images) {
        const key = `${r.decision}\0${r.reason}`;
        const group = groups.get(key) ?? { decision: r.decision, reason: r.reason, names: [] };
        group.names.push(r.name);
        groups.set(key, group);
    }
    return [...groups.values()]
        .sort((a, b) => DECISION_ORDER.indexOf(a.decision) - DECISION_ORDER.indexOf(b.decision))
        .map((g) => `${g.decision} ${g.names.join(', ')} — ${g.reason}`)
        .join('; ');
}
/** The action outputs, all strings, redacted. */
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
/** The CLI's `--json`: the output fields, with camelCase names and parsed JSON values. */
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
/** Markdown for the job summary (redacted). */
function summaryMarkdown(report, title = 'image-promote') {
    const rows = report.images.map((i) => `| ${escapeCell(i.name)} | ${i.status === 'failed' ? '❌ ' : ''}${i.decision} | ${escapeCell(fromTo(i))} | ${shortDigest(i.digest) ? `\`${shortDigest(i.digest)}\`` : '—'} | ${i.status} | ${escapeCell(i.reason)} |`);
    const range = report.base
        ? `\`${report.base.slice(0, 7)}..${report.head.slice(0, 7)}\` (${report.baseRule})`
        : `\`${report.head.slice(0, 7)}\``;
    return (0,src_redact/* redact */.E$)([
        `### ${title}: ${report.decision}`,
        '',
        escapeCell(report.reason),
        '',
        `Changes: **${report.changed}** in ${range}${overlayNote(report)}${deliveryNote(report)}`,
        '',
        '| Image | Decision | From → to | Digest | Status | Reason |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n'));
}
/** Plain-text table for the CLI (redacted). */
function textTable(report) {
    // SOURCE: the first 16 hex of the image's source key (its source tag's), '—' when unknown.
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

// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __nccwpck_require__(8092);
// EXTERNAL MODULE: ./src/registry/auth.ts
var registry_auth = __nccwpck_require__(7481);
// EXTERNAL MODULE: ./src/registry/docker-config.ts
var docker_config = __nccwpck_require__(26);
// EXTERNAL MODULE: ./src/registry/ecr-host.ts
var ecr_host = __nccwpck_require__(72);
// EXTERNAL MODULE: ./src/registry/http.ts
var registry_http = __nccwpck_require__(8851);
// EXTERNAL MODULE: ./src/registry/oci.ts + 1 modules
var registry_oci = __nccwpck_require__(6218);
// EXTERNAL MODULE: ./src/registry/transport.ts + 1 modules
var registry_transport = __nccwpck_require__(2125);
;// CONCATENATED MODULE: ./src/registry/provider.ts






function createRegistryProvider(options) {
    const policy = { ...registry_http/* DEFAULT_RETRY_POLICY */.cO, ...options.retry };
    const clock = options.clock ?? registry_http/* systemClock */.ml;
    const { logger } = options;
    const transport = options.fetch ? (0,registry_transport/* fetchTransport */._2)(options.fetch) : (0,registry_transport/* nodeTransport */._3)();
    const http = new registry_http/* Http */.lw({ transport, policy, logger, clock });
    const registries = new Map();
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
        return new registry_oci/* OciRegistry */.Zy({
            registry: domain,
            endpoint: (0,registry_oci/* apiEndpoint */.WT)(domain, options.insecureRegistries),
            http,
            auth,
            logger,
            clock,
            ...(options.allowOverwrite !== undefined ? { allowOverwrite: options.allowOverwrite } : {}),
            ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        });
    };
    const ecr = async (domain, host) => {
        const { EcrRegistry, getEcrAuthorization } = await Promise.all(/* import() */[__nccwpck_require__.e(249), __nccwpck_require__.e(857)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9857));
        const client = options.ecrClient?.(host);
        const sdk = { logger, retry: policy, ...(client ? { client } : {}) };
        return new EcrRegistry({
            ...sdk,
            clock,
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
/**
 * GetAuthorizationToken for an ECR host without loading the SDK up front (for `docker login
 * --password-stdin` on the build path). The password is masked through `logger`.
 */
async function loadEcrAuthorization(host, options) {
    const { getEcrAuthorization } = await Promise.all(/* import() */[__nccwpck_require__.e(249), __nccwpck_require__.e(857)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9857));
    return getEcrAuthorization(host, options);
}

;// CONCATENATED MODULE: ./src/wiring.ts




function createEngineDeps(options) {
    const { config, trigger, logger, env, now } = options;
    const git = options.git ?? new src_git/* Git */.TU(config.workspace, logger);
    const registries = createRegistryProvider({
        logger,
        insecureRegistries: config.insecureRegistries,
        allowOverwrite: config.allowTagOverwrite,
        env,
        exec: exec.exec,
    });
    // One builder per workspace (the checkout, or a worktree of the head commit).
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
        build: async (requests, workspace) => {
            // The docker path loads only when something is built (its own chunk).
            const [{ buildImages }, { detectBuilder }, { ensureRegistryLogin }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 939).then(__nccwpck_require__.bind(__nccwpck_require__, 8939)),
                __nccwpck_require__.e(/* import() */ 558).then(__nccwpck_require__.bind(__nccwpck_require__, 4558)),
                __nccwpck_require__.e(/* import() */ 125).then(__nccwpck_require__.bind(__nccwpck_require__, 9125)),
            ]);
            let builder = builders.get(workspace);
            if (!builder)
                builders.set(workspace, (builder = detectBuilder({ exec: exec.exec, logger, env, workspace })));
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
        const token = config.githubToken;
        const apiOptions = {
            token,
            owner,
            repo: name,
            ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
            ...(trigger.pullRequest?.changedFiles !== undefined
                ? { expectedPrFiles: trigger.pullRequest.changedFiles }
                : {}),
        };
        let source;
        const api = () => (source ??= __nccwpck_require__.e(/* import() */ 123).then(__nccwpck_require__.bind(__nccwpck_require__, 123)).then((m) => m.createGitHubChangeSource(apiOptions)));
        deps.api = {
            pullRequestFiles: async (n) => (await api()).pullRequestFiles(n),
            compareFiles: async (b, h) => (await api()).compareFiles(b, h),
        };
    }
    return deps;
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action: inputs → Config → engine → outputs and job summary. This is the only
 * place that fails the step (runner.setFailed).
 */











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
        // The one redactor learns the token (and its encoded forms); the runner masks them too.
        if (token)
            coreLogger.mask(token);
        const config = parseConfig({ get: (name) => (name in inputs/* INPUTS */.m ? runner.getInput(name) : '') }, { workspace: env.GITHUB_WORKSPACE ?? process.cwd() });
        if (config.overlayRepository?.token)
            coreLogger.mask(config.overlayRepository.token);
        const trigger = (0,event_trigger/* triggerFromEvent */.NO)(env.GITHUB_EVENT_NAME ?? '', readEvent(env.GITHUB_EVENT_PATH), env, config.base);
        const deps = createEngineDeps({ config, trigger, logger: coreLogger, env, now: new Date() });
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
        // First, so the step fails with this message even if writing the outputs fails too.
        runner.setFailed(message);
        // A bad input or event fails before the engine ran: the outputs still say so.
        if (!outputsWritten) {
            runner.setOutput('decision', 'failed');
            runner.setOutput('reason', message);
        }
    }
}

;// CONCATENATED MODULE: ./src/index.ts

void run();

