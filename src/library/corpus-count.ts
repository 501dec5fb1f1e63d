// The number of validation-corpus records named in the docs (walk9 #41), written by scripts/gen-docs.ts from CORPUS, so the user guide and the Library tab ("… against N published measurements") never disagree.
import { CORPUS } from '../validation';

const MARK = /<!-- corpus-count -->\d+<!-- \/corpus-count -->/g;

/** `doc` with every `<!-- corpus-count -->N<!-- /corpus-count -->` set to the corpus's record count; throws when there is none. */
export function withCorpusCount(doc: string): string {
  if (!doc.match(MARK)) throw new Error('no <!-- corpus-count --> marker');
  return doc.replace(MARK, `<!-- corpus-count -->${CORPUS.length}<!-- /corpus-count -->`);
}
