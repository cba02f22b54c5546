/**
 * A tiny intermediate representation of builder code: a `Build` is a constructor expression, a
 * chain of method calls (or comment notes) and a terminal `build()`. Generators produce it; the
 * printers here lay it out per language, or hoist every build into its own statement for Go.
 */

/** An argument: code already written as a literal in the target language, or a nested build. */
export type Arg = string | Build;
export type Step = { method: string; args: Arg[] } | { note: string };

export interface Build {
  /** Constructor expression, e.g. `new SdkConfigBuilder()` or `create.NewSdkConfigBuilder()`. */
  start: string;
  steps: Step[];
  /** Terminal method, e.g. `build`; none for a plain constructor. */
  end?: string;
  /** Variable name used when the build is hoisted into a statement. */
  name: string;
}

export const call = (method: string, ...args: Arg[]): Step => ({ method, args });
export const note = (text: string): Step => ({ note: text });
export const build = (start: string, steps: Step[], name: string, end = 'build'): Build => ({
  start,
  steps,
  end,
  name,
});

export interface ChainStyle {
  /** Member access: `.` or PHP's `->`. */
  dot: string;
  indent: string;
  comment: (text: string) => string;
  /** Black-style Python: the calls line up with the constructor instead of being indented. */
  flat?: boolean;
}

const isBuild = (a: Arg): a is Build => typeof a !== 'string';
const hasSteps = (b: Build) => b.steps.length > 0;

function renderArgs(args: Arg[], style: ChainStyle, level: number): string {
  if (!args.some((a) => isBuild(a) && hasSteps(a)))
    return `(${args.map((a) => (isBuild(a) ? renderChain(a, style, level) : a)).join(', ')})`;
  const pad = style.indent.repeat(level + 1);
  const lines = args.map((a) => pad + (isBuild(a) ? renderChain(a, style, level + 1) : a));
  return `(\n${lines.join(',\n')}\n${style.indent.repeat(level)})`;
}

/**
 * The chain as text. The first line is not indented (the caller places it); `level` is the
 * indentation of that line, and the calls go one level deeper (or on the same level when flat).
 */
export function renderChain(b: Build, style: ChainStyle, level: number): string {
  const tail = b.end === undefined ? '' : `${style.dot}${b.end}()`;
  if (!hasSteps(b)) return b.start + tail;
  const stepLevel = style.flat ? level : level + 1;
  const pad = style.indent.repeat(stepLevel);
  const lines = [b.start];
  for (const s of b.steps) {
    if ('note' in s) lines.push(...s.note.split('\n').map((l) => pad + style.comment(l)));
    else lines.push(`${pad}${style.dot}${s.method}${renderArgs(s.args, style, stepLevel)}`);
  }
  if (tail) lines.push(pad + tail);
  return lines.join('\n');
}

/** Hands out unique variable names from hints: `check`, `check2`, … */
export function nameGenerator(taken: Iterable<string> = []): (hint: string) => string {
  const used = new Set(taken);
  return (hint) => {
    let name = hint;
    for (let n = 2; used.has(name); n++) name = `${hint}${n}`;
    used.add(name);
    return name;
  };
}

/**
 * Go: every builder returns `(value, error)`, so each build becomes its own statement, nested
 * builds first. Notes become comments above the statement that would have carried them.
 */
export function goStatements(
  b: Build,
  fresh: (hint: string) => string,
  onError: string[],
): { name: string; lines: string[] } {
  const lines: string[] = [];
  const notes: string[] = [];
  const steps: string[] = [];
  for (const s of b.steps) {
    if ('note' in s) {
      notes.push(...s.note.split('\n').map((l) => `// ${l}`));
      continue;
    }
    const args = s.args.map((a) => {
      if (!isBuild(a)) return a;
      const inner = goStatements(a, fresh, onError);
      lines.push(...inner.lines);
      return inner.name;
    });
    steps.push(`${s.method}(${args.join(', ')})`);
  }
  const name = fresh(b.name);
  const chain = [b.start, ...steps, `${b.end ?? 'Build'}()`];
  const text =
    chain.length > 2 ? `${chain[0]}.\n\t${chain.slice(1).join('.\n\t')}` : chain.join('.');
  lines.push(...notes, `${name}, err := ${text}`, ...onError);
  return { name, lines };
}
