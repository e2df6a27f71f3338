/**
 * The runner protocol adapter, byte for byte against what the runner parses. Where
 * @actions/core (a development dependency kept for this) behaves the same, it is the oracle.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { escapeData, escapeProperty, formatCommand, Runner } from '../../../src/action/runner.js';
import { neutralizeCommands, StderrLogger } from '../../../src/log.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  process.exitCode = undefined;
});

function setup(env: NodeJS.ProcessEnv = {}): { runner: Runner; out: string[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ip-runner-'));
  dirs.push(dir);
  const out: string[] = [];
  return { runner: new Runner({ env, write: (t) => out.push(t) }), out, dir };
}

/** Parses a GITHUB_OUTPUT file the way the runner does: `name<<DELIM\nvalue\nDELIM`. */
function parseOutputFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name = '', delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    if (lines[i] !== delimiter) throw new Error(`unterminated output ${name}`);
    result[name] = value.join('\n');
  }
  return result;
}

describe('inputs', () => {
  it('reads INPUT_<NAME> with spaces as underscores, upper-cased and trimmed', () => {
    const { runner } = setup({
      'INPUT_GITHUB-TOKEN': '  ghs_x \n',
      INPUT_MY_INPUT: ' a b ',
      INPUT_EMPTY: '',
    });
    expect(runner.getInput('github-token')).toBe('ghs_x');
    expect(runner.getInput('my input')).toBe('a b');
    expect(runner.getInput('missing')).toBe('');
    expect(runner.getInput('empty')).toBe('');
  });
});

describe('outputs', () => {
  it('appends heredocs with a fresh random delimiter the runner can parse back', () => {
    const { dir } = setup();
    const file = join(dir, 'output');
    writeFileSync(file, 'earlier<<EOF\nkept\nEOF\n');
    const { runner, out } = setup({ GITHUB_OUTPUT: file });
    runner.setOutput('decision', 'build');
    runner.setOutput('matrix', '{"include":[{"name":"api"}]}\nsecond line\n');
    runner.setOutput('empty', '');
    const text = readFileSync(file, 'utf8');
    expect(out).toEqual([]);
    expect(parseOutputFile(text)).toEqual({
      earlier: 'kept',
      decision: 'build',
      matrix: '{"include":[{"name":"api"}]}\nsecond line\n',
      empty: '',
    });
    const delimiters = [...text.matchAll(/<<(ghadelimiter_[0-9a-f-]{36})\n/g)].map((m) => m[1]);
    expect(delimiters).toHaveLength(3);
    expect(new Set(delimiters).size).toBe(3);
  });

  it('refuses a name or value that contains the delimiter', () => {
    const { dir } = setup();
    const file = join(dir, 'output');
    writeFileSync(file, '');
    const uuid = '00000000-0000-4000-8000-000000000000';
    const runner = new Runner({ env: { GITHUB_OUTPUT: file }, randomUUID: () => uuid });
    expect(() => {
      runner.setOutput('reason', `x\nghadelimiter_${uuid}\nevil=1`);
    }).toThrow(`Unexpected input: value should not contain the delimiter "ghadelimiter_${uuid}"`);
    expect(() => {
      runner.setOutput(`a<<ghadelimiter_${uuid}`, 'v');
    }).toThrow(/name should not contain the delimiter/);
    expect(readFileSync(file, 'utf8')).toBe('');
    runner.setOutput('ok', 'ghadelimiter_another');
    expect(readFileSync(file, 'utf8')).toBe(
      `ok<<ghadelimiter_${uuid}\nghadelimiter_another\nghadelimiter_${uuid}\n`,
    );
  });

  it('fails on a missing output file and falls back to set-output without GITHUB_OUTPUT', () => {
    const { dir } = setup();
    const missing = new Runner({
      env: { GITHUB_OUTPUT: join(dir, 'nope') },
      write: () => undefined,
    });
    expect(() => {
      missing.setOutput('a', 'b');
    }).toThrow(`Missing file at path: ${join(dir, 'nope')}`);
    const { runner, out } = setup();
    runner.setOutput('reason', 'a\nb');
    expect(out.join('')).toBe('\n::set-output name=reason::a%0Ab\n');
  });
});

describe('workflow commands', () => {
  it('escapes data and properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(formatCommand('warning', { title: 'T: x,y', file: undefined, line: 3 }, 'm\n2')).toBe(
      '::warning title=T%3A x%2Cy,line=3::m%0A2',
    );
  });

  it('writes mask, debug, warning, error, info and groups', async () => {
    const { runner, out } = setup();
    runner.setSecret('s3cr%t\nx');
    runner.debug('d');
    runner.info('plain line: not a command');
    runner.warning('careful', { title: 'image api' });
    runner.error('broken');
    const value = await runner.group('api localhost:5000/acme/api:sha-1a2b3c4', () => {
      runner.info('Step 1/1');
      return Promise.resolve(42);
    });
    expect(value).toBe(42);
    await expect(
      runner.group('web', () => Promise.reject(new Error('build failed'))),
    ).rejects.toThrow('build failed');
    expect(out.join('')).toBe(
      [
        '::add-mask::s3cr%25t%0Ax',
        '::debug::d',
        'plain line: not a command',
        '::warning title=image api::careful',
        '::error::broken',
        '::group::api localhost:5000/acme/api:sha-1a2b3c4',
        'Step 1/1',
        '::endgroup::',
        '::group::web',
        '::endgroup::',
        '',
      ].join('\n'),
    );
  });

  it('appends the job summary, and says when there is none', () => {
    const { dir } = setup();
    const file = join(dir, 'summary');
    writeFileSync(file, '# before\n');
    expect(new Runner({ env: { GITHUB_STEP_SUMMARY: file } }).appendSummary('| a | b |\n')).toBe(
      true,
    );
    expect(readFileSync(file, 'utf8')).toBe('# before\n| a | b |\n');
    expect(new Runner({ env: {} }).appendSummary('x')).toBe(false);
  });

  it('setFailed sets exit code 1 and writes one error annotation', () => {
    const { runner, out } = setup();
    runner.setFailed('image api: build failed\ndetails');
    expect(process.exitCode).toBe(1);
    expect(out).toEqual(['::error::image api: build failed%0Adetails\n']);
  });
});

describe('same bytes as @actions/core', () => {
  it('for the workflow commands both write to stdout', async () => {
    const core = await import('@actions/core');
    const theirs: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      theirs.push(String(chunk));
      return true;
    });
    const ours: string[] = [];
    const runner = new Runner({ env: {}, write: (t) => ours.push(t) });
    const messages = ['plain', '100% sure\r\nnext: a,b', ''];
    try {
      for (const m of messages) {
        core.setSecret(m);
        core.debug(m);
        core.info(m);
        core.warning(m, { title: 'T: a,b%', file: 'src/x.ts', startLine: 3 });
        core.error(m);
        core.startGroup(m);
        core.endGroup();
      }
    } finally {
      spy.mockRestore();
    }
    for (const m of messages) {
      runner.setSecret(m);
      runner.debug(m);
      runner.info(m);
      runner.warning(m, { title: 'T: a,b%', file: 'src/x.ts', line: 3 });
      runner.error(m);
      runner.startGroup(m);
      runner.endGroup();
    }
    expect(ours.join('')).toBe(theirs.join(''));
  });
});

/**
 * What the runner takes for a command in `output` (actions/runner,
 * src/Runner.Common/ActionCommand.cs, TryParseV2 then TryParse), counting every name as
 * registered (stop-commands registers any token): lines end at LF, CR or CRLF; a line is a
 * command when, after .NET's TrimStart, it starts with `::` and has another `::`, or when it
 * holds `##[` with a `]` after it.
 */
function runnerCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => {
    const trimmed = line.replace(/^[\s\u0085]+/, '');
    if (trimmed.startsWith('::') && trimmed.indexOf('::', 2) !== -1) return true;
    const v1 = line.indexOf('##[');
    return v1 !== -1 && line.indexOf(']', v1) !== -1;
  });
}

/** The runner's UnescapeData. */
function unescapeData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

describe('no text starts a workflow command', () => {
  const injected = [
    'registry said:\n::error::pwned',
    'line\r::add-mask::x',
    'a\r\n   ::stop-commands::token',
    '\u00a0\u3000\t::warning file=a::b',
    'build output ##[set-output name=decision]build',
    '::debug::first line itself',
    '\u0085::error::after NEL',
    '##[error]##[warning]x]',
  ];

  it.each(injected)('info(%j) prints the text, neutralised, on the lines it has', (message) => {
    const { runner, out } = setup();
    runner.info(message);
    const written = out.join('');
    expect(runnerCommands(written)).toEqual([]);
    // Only word joiners were added: the message reads as it was written.
    expect(written.replace(/\u2060/g, '')).toBe(`${message}\n`);
    expect(written.split(/\r\n|\r|\n/)).toHaveLength(message.split(/\r\n|\r|\n/).length + 1);
  });

  it('leaves our own multi-line messages as they are', () => {
    const { runner, out } = setup();
    const message = 'image api: build\n  reason: code changed (services/api/main.py)\n  12:30 done';
    runner.info(message);
    expect(out.join('')).toBe(`${message}\n`);
  });

  const piece = fc.constantFrom(
    ':',
    '::',
    '##[',
    '#',
    '[',
    ']',
    ' ',
    '\t',
    '\u00a0',
    '\u2003',
    '\ufeff',
    '\u0085',
    '\r',
    '\n',
    '\r\n',
    'error',
    'add-mask',
    'stop-commands',
    'x',
    '%',
    '%0A',
    'é',
  );
  const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

  it('for any text: info is never a command, and commands are exactly the one meant', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (message) => {
        const { runner, out } = setup();
        runner.info(message);
        expect(runnerCommands(out.join(''))).toEqual([]);

        for (const [command, write] of [
          [
            'debug',
            () => {
              runner.debug(message);
            },
          ],
          [
            'warning',
            () => {
              runner.warning(message, { file: message });
            },
          ],
          [
            'error',
            () => {
              runner.error(message, { title: message });
            },
          ],
          [
            'add-mask',
            () => {
              runner.setSecret(message);
            },
          ],
        ] as const) {
          out.length = 0;
          write();
          const lines = runnerCommands(out.join(''));
          expect(lines).toHaveLength(1);
          const line = lines[0] ?? '';
          expect(line.startsWith(`::${command}`)).toBe(true);
          expect(unescapeData(line.slice(line.indexOf('::', 2) + 2))).toBe(message);
        }
        out.length = 0;
        await runner.group(message, () => {
          runner.info(message);
          return Promise.resolve();
        });
        expect(runnerCommands(out.join('')).map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
          '::group',
          '::endgroup',
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('the CLI logger neutralises its stderr lines the same way, after redacting', () => {
    const lines: string[] = [];
    const logger = new StderrLogger(true, (l) => lines.push(l), false);
    logger.info('git said:\n::error::pwned\r##[add-mask]x');
    logger.warning('x\n  ::stop-commands::t');
    logger.debug('\n::debug::y');
    expect(lines.flatMap(runnerCommands)).toEqual([]);
    expect(lines.map((l) => l.replace(/\u2060/g, ''))).toEqual([
      'git said:\n::error::pwned\r##[add-mask]x',
      'warning: x\n  ::stop-commands::t',
      'debug: \n::debug::y',
    ]);
  });

  it('neutralizeCommands leaves text without markers alone', () => {
    expect(neutralizeCommands('a: b\n  c::d # x[1]')).toBe('a: b\n  c::d # x[1]');
  });
});
