/** How the wording tables put a value into a sentence, in each language. */

export type Language = 'fa' | 'en';

const MAX_QUOTED = 60;

/** A value quoted the way each language quotes, cut to a length a sentence can carry. */
export function quote(text = '', lang: Language): string {
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return lang === 'fa' ? `«${short}»` : `"${short}"`;
}

/** First-strong isolates keep a Latin path, URL or parser message intact inside a Persian line. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
