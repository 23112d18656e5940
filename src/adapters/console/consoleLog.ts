import { Writable } from 'node:stream';

/** Where the console prints a notice: above the prompt, keeping what the user was typing. */
export interface NoticeOutput {
  print(line: string, kind: NoticeKind): void;
}

/** A routine event (dim), a warning (stderr), or a reply the bot posts on its own (a digest), shown in full. */
export type NoticeKind = 'notice' | 'warning' | 'reply';

const LEVEL_WARN = 40;
const SKIP = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'err']);

/** A log record as one short line: its message, then its fields as `key value` ("new articles in the corpus: a.txt"). */
export function noticeText(record: Record<string, unknown>): string {
  const fields = Object.entries(record)
    .filter(([k, v]) => !SKIP.has(k) && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => {
      if (Array.isArray(v)) return `${k} ${v.slice(0, 3).map(String).join(', ')}${v.length > 3 ? ` and ${v.length - 3} more` : ''}`;
      if (v && typeof v === 'object') return `${k} ${JSON.stringify(v).slice(0, 80)}`;
      return `${k} ${String(v)}`;
    });
  const err = record.err && typeof record.err === 'object' ? (record.err as { message?: string }).message : undefined;
  return [String(record.msg ?? ''), ...fields, ...(err ? [err] : [])].filter(Boolean).join(' · ');
}

/**
 * The logger's destination while a person uses the console: each JSON line becomes a short notice, dim for routine
 * events and on stderr for warnings, printed between prompts by the console once it is attached (and on stderr as a
 * plain line before that), so log output never lands inside the prompt or the line being typed.
 */
export class ConsoleLog {
  private out?: NoticeOutput;
  readonly stream: Writable;

  constructor(private readonly fallback: NodeJS.WritableStream = process.stderr) {
    let pending = '';
    this.stream = new Writable({
      write: (chunk: Buffer, _enc, done) => {
        pending += chunk.toString('utf8');
        let nl: number;
        while ((nl = pending.indexOf('\n')) >= 0) {
          this.line(pending.slice(0, nl));
          pending = pending.slice(nl + 1);
        }
        done();
      },
    });
  }

  /** Notices go to the console from now on; `undefined` sends them back to stderr. */
  attach(out: NoticeOutput | undefined): void {
    this.out = out;
  }

  private line(json: string): void {
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(json) as Record<string, unknown>;
    } catch {
      record = { msg: json };
    }
    const warning = Number(record.level ?? 30) >= LEVEL_WARN;
    const text = `${warning ? 'warning: ' : ''}${noticeText(record)}`;
    if (this.out) this.out.print(text, warning ? 'warning' : 'notice');
    else this.fallback.write(`${text}\n`);
  }

  /** A reply the bot posts by itself (a digest to the console channel), between prompts like a notice. */
  reply(text: string): void {
    if (this.out) this.out.print(text, 'reply');
    else process.stdout.write(`${text}\n`);
  }
}
