import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../src/adapters/console/render.ts';

const reply = (text: string) => ({ title: 'Answer', text, fields: [], citations: [] });

describe('replies in the console', () => {
  it('render Markdown for a terminal and drop its marks for a pipe', () => {
    const text =
      '**1971** [1]\n\n_The language model failed; this answer is quoted from the sources._ See [the ministry](https://mofa.gov.vn/x_y) and file_name_here.';
    const tty = renderConsole(reply(text), { color: true });
    expect(tty).toContain('\x1b[1m1971\x1b[22m');
    expect(tty).toContain('\x1b[3mThe language model failed; this answer is quoted from the sources.\x1b[23m');
    const piped = renderConsole(reply(text), { color: false });
    expect(piped).toContain('1971 [1]');
    expect(piped).toContain(
      'The language model failed; this answer is quoted from the sources. See the ministry (https://mofa.gov.vn/x_y) and file_name_here.',
    );
    expect(piped).not.toMatch(/\*\*|\b_The/);
  });
});
