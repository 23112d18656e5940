import type { Logger } from 'pino';
import type { Caller, Command, Services } from './command.ts';
import { parseCommandLine } from './parseCommandLine.ts';
import { textReply, type Reply } from '../core/reply.ts';
import { usageOf } from './usage.ts';
import { UserError } from '../core/userError.ts';

/** Turns command lines and platform invocations into replies; the one place that catches errors. */
export class Router {
  private readonly byName: Map<string, Command>;

  constructor(
    readonly commands: readonly Command[],
    private readonly services: () => Services,
    private readonly log: Logger,
  ) {
    this.byName = new Map(commands.map((c) => [c.name, c]));
  }

  find(name: string): Command | undefined {
    return this.byName.get(name.toLowerCase().replace(/^\//, ''));
  }

  /** Run a typed line such as "/timeline country:Russia". */
  runLine(line: string, caller: Caller): Promise<Reply> {
    return this.guard(caller, line, async () => {
      const parsed = parseCommandLine(line, (name) => {
        const c = this.find(name);
        return c ? Object.keys(c.options.shape) : undefined;
      });
      const command = this.require(parsed.name);
      const raw: Record<string, unknown> = { ...parsed.named };
      if (parsed.rest) {
        if (!command.positional) throw new UserError(`/${command.name} does not take "${parsed.rest.slice(0, 40)}".`, usageOf(command));
        raw[command.positional] = parsed.rest;
      }
      return this.execute(command, raw, caller);
    });
  }

  /**
   * Run what a person typed: "/country Norway" is a command line, plain text is a question for /ask (the one place
   * that says so), and nothing is /help. With `bareCommands` ("country Norway" after Slack's /attache) a first word
   * that names a command runs it.
   */
  runText(text: string, caller: Caller, o: { bareCommands?: boolean } = {}): Promise<Reply> {
    return this.runLine(this.lineFor(text, o), caller);
  }

  /** The command line `runText` runs for a text. */
  lineFor(text: string, o: { bareCommands?: boolean } = {}): string {
    const t = text.trim();
    if (!t) return '/help';
    if (t.startsWith('/')) return t;
    if (o.bareCommands && this.find(t.split(/\s+/)[0]!)) return `/${t}`;
    return `/ask ${t}`;
  }

  /** Run a command with options a platform already split (Discord options, Slack text). */
  run(name: string, raw: Record<string, unknown>, caller: Caller): Promise<Reply> {
    return this.guard(caller, `/${name}`, () => this.execute(this.require(name), raw, caller));
  }

  private require(name: string): Command {
    const command = this.find(name);
    if (!command) throw new UserError(`There is no /${name} command.`, 'Type /help to see the commands.');
    return command;
  }

  private async execute(command: Command, raw: Record<string, unknown>, caller: Caller): Promise<Reply> {
    const parsed = command.options.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => {
        const key = String(i.path[0] ?? 'option');
        return raw[key] === undefined ? `${key} is missing` : `${key} ${i.message}`;
      });
      throw new UserError(
        `/${command.name}: ${problems.join('; ')}.`,
        `Usage: ${usageOf(command)}${command.examples[0] ? `\nExample: ${command.examples[0]}` : ''}`,
      );
    }
    return command.run({ options: parsed.data, services: this.services(), caller });
  }

  private async guard(caller: Caller, what: string, work: () => Promise<Reply>): Promise<Reply> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof UserError) {
        return textReply('Usage', err.hint ? `${err.message}\n${err.hint}` : err.message, { ephemeral: true, status: 'usage' });
      }
      this.log.error({ err, command: what.slice(0, 100), platform: caller.platform }, 'command failed');
      return textReply(
        'Something went wrong',
        'Sorry, that command failed on our side. It has been logged; please try again or try another command.',
        { ephemeral: true, status: 'error' },
      );
    }
  }
}
