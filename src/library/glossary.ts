// Glossary look-up for the app's terms (<Term id="DEF">) and a splitter that finds glossary terms in running text.
import { GLOSSARY, type GlossaryEntry } from '../catalog';

/** Terms a student must be able to reach from anywhere in the app (the list). */
export const REQUIRED_TERMS = ['CAF', 'FAK', 'EPR', 'ZIF-8', 'OER', 'LQ', 'DEF', 'SER', 'EQD2', 'desirability'] as const;

const key = (s: string) => s.trim().toLowerCase();
const BY_KEY = new Map<string, GlossaryEntry>(GLOSSARY.map((e) => [key(e.term), e]));

/** The entry for a term id (case-insensitive: 'DEF', 'def'); undefined when the glossary has none. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return BY_KEY.get(key(id));
}

/** Stable DOM id for a term's definition ('glossary-zif-8'). */
export function glossaryAnchor(id: string): string {
  return `glossary-${key(id).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

export type TextSegment = { text: string; term?: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest terms first so 'selectivity index' wins over shorter overlaps; abbreviations match case-sensitively as whole words.
const TERMS = [...GLOSSARY].sort((a, b) => b.term.length - a.term.length);
const caseless = (s: string) => [...s].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c))).join('');
const isAbbreviation = (t: string) => t === t.toUpperCase() || /^[A-Z]/.test(t) && /\d/.test(t);
const PATTERN = new RegExp(
  TERMS.map((e) => (isAbbreviation(e.term) ? `(?<![\\w-])${escape(e.term)}s?(?![\\w-])` : `(?<![\\w-])${caseless(e.term)}(?![\\w-])`)).join('|'),
  'g',
);

/**
 * Split text into plain segments and glossary terms, each term marked once per text (its first occurrence), so captions
 * can link their terms without a forest of buttons.
 */
export function splitTerms(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    const entry = glossaryEntry(m[0]) ?? glossaryEntry(m[0].replace(/s$/, ''));
    if (!entry || seen.has(entry.term)) continue;
    seen.add(entry.term);
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], term: entry.term });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
