/** ANSI styling that collapses to plain text when colour is off (piped output, NO_COLOR). */
export interface Palette {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly heading: (text: string) => string;
  readonly date: (text: string) => string;
  readonly entity: (text: string) => string;
  readonly session: (text: string) => string;
  readonly warn: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function createPalette(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Palette {
  const enabled = stream.isTTY === true && !env.NO_COLOR && env.TERM !== "dumb";
  if (!enabled) {
    return { bold: plain, dim: plain, heading: plain, date: plain, entity: plain, session: plain, warn: plain };
  }
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    heading: (text) => wrap(1, 22)(wrap(36, 39)(text)),
    date: wrap(33, 39),
    entity: wrap(32, 39),
    session: wrap(35, 39),
    warn: wrap(31, 39),
  };
}
