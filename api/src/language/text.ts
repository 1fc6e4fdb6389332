/**
 * Words of a text, the way retrieval and the handoff policy see them: tokenised, normalised,
 * stop words dropped and stemmed (Porter 2) by wink-nlp with its English lite model — a
 * maintained library rather than a hand-written stemmer and stop-word list.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, []);
const its = nlp.its;

/** Words that carry no topic in a support question, on top of the library's stop words. */
const scaffolding = new Set(
  (
    'hi hello hey thanks thank please pls plz ok okay want need tell know like get got would could can may might ' +
    'long take takes much many often soon way question ask asking wondering help anyone somebody someone also still just'
  ).split(' '),
);

export interface Word {
  /** Lower-cased, contractions expanded ("n't" → "not"). */
  normal: string;
  stem: string;
  stop: boolean;
}

/** Every word token of `text`, in order (numbers, e-mails and punctuation are left out). */
export function words(text: string): Word[] {
  const tokens = nlp.readDoc(text).tokens();
  const types = tokens.out(its.type);
  const normals = tokens.out(its.normal);
  const stems = tokens.out(its.stem as unknown as typeof its.normal);
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const out: Word[] = [];
  types.forEach((type, i) => {
    if (type !== 'word') return;
    const normal = normals[i]!.replace(/^['’]+|['’]+$/g, '');
    if (!normal) return;
    out.push({ normal, stem: stems[i]!.toLowerCase(), stop: Boolean(stops[i]) || scaffolding.has(normal) });
  });
  return out;
}

/** The meaningful, stemmed words of a text (what the lexical index stores and matches). */
export function contentWords(text: string): string[] {
  return words(text)
    .filter((w) => !w.stop && w.normal.length > 1)
    .map((w) => w.stem);
}

/** Markdown to plain text: no emphasis, links as their text, table pipes and code fences gone. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n?/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Splits plain text into sentences. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9“"(])/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}
