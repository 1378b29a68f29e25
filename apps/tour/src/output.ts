/**
 * How the tour prints itself: as it runs (a step's title, the request as a `curl` line, the answer's
 * status and key fields, the values carried on), or as Markdown for the documentation (the same
 * commands in shell blocks that capture each carried value with jq, and the answers they got).
 */
export interface Capture {
  name: string;
  /** Where jq finds it in the answer. */
  jq: string;
  value: string;
}

export interface Output {
  preamble(lines: string[]): void;
  step(n: number, title: string, why: string): void;
  /** Sets a value the reader keeps in the shell, with why it is what it is. */
  literal(name: string, value: string, comment: string): void;
  request(curl: string, captures: Capture[]): void;
  answer(status: number, fields: Record<string, unknown>): void;
  note(text: string): void;
  done(summary: string): void;
}

const inline = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export class TextOutput implements Output {
  /** The values a request carries on, shown after its answer. */
  private pending: Capture[] = [];

  constructor(private readonly write: (s: string) => void) {}

  private flush(): void {
    for (const c of this.pending) this.write(`  ${c.name}=${c.value}\n`);
    this.pending = [];
  }

  preamble(lines: string[]): void {
    this.write('The tour: the whole process over the API, as a shell with these variables would run it.\n');
    for (const line of lines) this.write(`  ${line}\n`);
  }

  step(n: number, title: string): void {
    this.flush();
    this.write(`\n== ${n}. ${title}\n`);
  }

  literal(name: string, value: string, comment: string): void {
    this.flush();
    this.write(`  ${name}=${value}   # ${comment}\n`);
  }

  request(curl: string, captures: Capture[]): void {
    this.flush();
    this.write(`$ ${curl}\n`);
    this.pending = captures;
  }

  answer(status: number, fields: Record<string, unknown>): void {
    const shown = Object.entries(fields).map(([k, v]) => `${k}=${inline(v)}`);
    this.write(`→ ${status}  ${shown.join('  ')}\n`);
    this.flush();
  }

  note(text: string): void {
    this.flush();
    this.write(`  (${text})\n`);
  }

  done(summary: string): void {
    this.flush();
    this.write(`\n${summary}\n`);
  }
}

export class MarkdownOutput implements Output {
  constructor(private readonly write: (s: string) => void) {}

  preamble(lines: string[]): void {
    this.write('# The tour\n\n');
    this.write(
      'Against the system `npm start` brought up, in bash with `curl` and `jq`, in the repository’s root ' +
        '(`npm run token` mints the tokens; the survey step reads `docs/examples/survey.csv`). Each step shows its commands ' +
        'and the key fields of the answer they got when this page was generated; ids and days differ on your run. ' +
        'Written by `npm run tour -- --markdown`; `npm test` checks that its commands are the ones the tour runs.\n\n',
    );
    this.write('```sh\n' + lines.join('\n') + '\n```\n');
  }

  step(n: number, title: string, why: string): void {
    this.write(`\n## ${n}. ${title}\n\n${why}\n\n`);
  }

  literal(name: string, value: string, comment: string): void {
    this.write('```sh\n' + `${name}=${value}   # ${comment}` + '\n```\n\n');
  }

  request(curl: string, captures: Capture[]): void {
    let block: string;
    if (captures.length === 0) block = curl;
    else if (captures.length === 1) block = `${captures[0]!.name}=$(${curl} | jq -r '${captures[0]!.jq}')`;
    else {
      block = [
        `ANSWER=$(${curl})`,
        ...captures.map((c) => `${c.name}=$(printf '%s' "$ANSWER" | jq -r '${c.jq}')`),
      ].join('\n');
    }
    this.write('```sh\n' + block + '\n```\n\n');
  }

  answer(status: number, fields: Record<string, unknown>): void {
    this.write(`Answer \`${status}\`:\n\n` + '```json\n' + JSON.stringify(fields, null, 2) + '\n```\n\n');
  }

  note(text: string): void {
    this.write(`${text}\n\n`);
  }

  done(summary: string): void {
    this.write(`${summary}\n`);
  }
}
