// Guards of #17 and #27: the model never reads the corpus, and no rule in the model or the catalog is keyed on a preset
// id, a corpus record id or a source paper (a scan of the TypeScript syntax trees of src/model and src/catalog).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { CORPUS, paperKey } from './index';

const ROOT = new URL('../..', import.meta.url).pathname;
const srcFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((f) => {
    const p = join(ROOT, dir, f);
    if (statSync(p).isDirectory()) return srcFiles(relative(ROOT, p));
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });

describe('the corpus is evidence, never input', () => {
  it('no file of model, catalog, schema or engine imports the validation folder', () => {
    const offenders: string[] = [];
    for (const dir of ['src/model', 'src/catalog', 'src/schema', 'src/engine']) {
      for (const f of srcFiles(dir)) {
        const text = readFileSync(f, 'utf8');
        if (/(from|import)\s*\(?\s*['"][^'"]*\/validation(\/[^'"]*)?['"]/.test(text)) offenders.push(relative(ROOT, f));
      }
    }
    expect(offenders).toEqual([]);
  });
});

/** Keys a rule must not be conditioned on: preset ids, corpus record ids, and source papers (first author + year). */
function forbiddenKeys(): { exact: Set<string>; papers: { surname: string; year: string }[] } {
  const exact = new Set<string>([...Object.keys(PRESETS), ...CORPUS.map((r) => r.id)]);
  const papers = [...new Set(CORPUS.map(paperKey))]
    .map((k) => ({ surname: k.replace(/-[^-]+$/, ''), year: k.replace(/^.*-/, '') }))
    .filter((p) => p.year !== 'nd' && p.surname.length > 2);
  return { exact, papers };
}

export interface KeyedRule {
  file: string;
  line: number;
  literal: string;
  how: string;
}

/**
 * String literals used as the key of a decision: compared with ===/!==/==/!=, a `case` label, the argument of
 * includes/has/indexOf/startsWith/endsWith/get, or an element-access index — when the literal is a preset id or a record
 * id, or names a source paper (its first author's surname and year).
 */
export function findKeyedRules(fileName: string, text: string, keys = forbiddenKeys()): KeyedRule[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: KeyedRule[] = [];
  const isKey = (s: string) => {
    if (keys.exact.has(s)) return true;
    const low = s.toLowerCase();
    return keys.papers.some((p) => low.includes(p.surname) && low.includes(p.year));
  };
  const flag = (node: ts.Node, how: string) => {
    if (!ts.isStringLiteralLike(node) || !isKey(node.text)) return;
    out.push({ file: fileName, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, literal: node.text, how });
  };
  const CMP = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);
  const LOOKUP = new Set(['includes', 'has', 'indexOf', 'startsWith', 'endsWith', 'get']);
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && CMP.has(node.operatorToken.kind)) {
      flag(node.left, 'comparison');
      flag(node.right, 'comparison');
    } else if (ts.isCaseClause(node)) {
      flag(node.expression, 'case label');
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && LOOKUP.has(node.expression.name.text)) {
      const how = `.${node.expression.name.text}()`;
      for (const a of node.arguments) flag(a, how);
      // the looked-up collection written in place: ['a', 'b'].includes(x), new Set(['a']).has(x)
      let recv: ts.Expression = node.expression.expression;
      while (ts.isParenthesizedExpression(recv)) recv = recv.expression;
      if (ts.isNewExpression(recv) && recv.arguments?.[0]) recv = recv.arguments[0];
      if (ts.isArrayLiteralExpression(recv)) for (const e of recv.elements) flag(e, how);
    } else if (ts.isElementAccessExpression(node)) {
      flag(node.argumentExpression, 'element access');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('no rule keyed on a preset, a paper or a record (#27)', () => {
  it('the scanner finds such rules in a sample (so a clean scan means something)', () => {
    const sample = [
      "if (preset.id === 'doxil') k *= 2;",
      "switch (id) { case 'nk105-plasma-auc': break; }",
      "const boost = ['genexol-pm'].includes(p.id) ? 1.5 : 1;",
      "if (source.startsWith('Chithrani 2010')) s = 0.66;",
      "const t = TABLE['abraxane'];",
      "const fine = core.material === 'zif-8' && agent === 'doxorubicin';",
      "const label = 'doxil';",
    ].join('\n');
    const found = findKeyedRules('sample.ts', sample).map((f) => `${f.line}:${f.literal}:${f.how}`);
    expect(found).toEqual(['1:doxil:comparison', '2:nk105-plasma-auc:case label', '3:genexol-pm:.includes()', '4:Chithrani 2010:.startsWith()', '5:abraxane:element access']);
  });
  it('the pure model names no preset and no record at all (any string literal)', () => {
    const keys = forbiddenKeys();
    const found: string[] = [];
    for (const f of srcFiles('src/model')) {
      const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node) => {
        if (ts.isStringLiteralLike(n) && keys.exact.has(n.text)) found.push(`${relative(ROOT, f)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} '${n.text}'`);
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(found).toEqual([]);
  });
  it('src/model and src/catalog contain none', () => {
    const keys = forbiddenKeys();
    const found = ['src/model', 'src/catalog'].flatMap((d) => srcFiles(d)).flatMap((f) => findKeyedRules(relative(ROOT, f), readFileSync(f, 'utf8'), keys));
    expect(found.map((f) => `${f.file}:${f.line} ${f.how} on '${f.literal}'`)).toEqual([]);
  });
});
