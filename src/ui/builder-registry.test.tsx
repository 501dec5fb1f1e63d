// Every number control of the Builder (core, payloads, coat, scenario) takes its label, unit and range from the schema's
// field registry: rendered to HTML (no DOM needed) and each control checked against fieldAt(its path).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Builder } from './Builder';
import { useStore } from '../state/store';
import { evaluateCandidate } from '../state/evaluate';
import { fieldAt, rangeText } from '../schema';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
const text = (html: string) => decode(html.replace(/<[^>]+>/g, ''));

describe('Builder controls read the field registry', () => {
  it('every number control: label, unit, min, max and range text from the registry', () => {
    const c = useStore.getState().candidates[0];
    const html = renderToStaticMarkup(<Builder candidate={c} ev={evaluateCandidate(c)} />);
    const blocks = [...html.matchAll(/<div class="field [^"]*" data-field="([^"]+)">(.*?)<\/div><\/div>|<div class="field [^"]*" data-field="([^"]+)">(.*?<div id="[^"]+-help" class="help">.*?<\/div>)/gs)];
    const seen = new Set<string>();
    for (const b of blocks) {
      const block = b[2] ?? b[4];
      const label = /<label[^>]*>(.*?)<\/label>/s.exec(block)![1];
      const input = /<input[^>]*data-path="([^"]+)"[^>]*>/.exec(block)!;
      const path = input[1];
      const f = fieldAt(path);
      expect(f?.kind, path).toBe('number');
      if (f?.kind !== 'number') continue;
      seen.add(f.path);
      const unit = f.unit === '1' ? '' : ` (${f.unit})`;
      expect(text(label), path).toBe(`${f.label}${unit}`);
      expect(/data-max="([^"]+)"/.exec(input[0])?.[1], `${path} max`).toBe(String(f.max));
      expect(/data-min="([^"]+)"/.exec(input[0])?.[1], `${path} min`).toBe(String(f.min));
      expect(text(block), `${path} range`).toContain(rangeText(f));
    }
    // the IZB@CCM preset shows the core, both payloads, both membranes, the coat ratio and the scenario numbers
    for (const p of ['core.diameterNm', 'payloads.*.feedMassRatio', 'coating.membranes.*.fraction', 'coating.membraneToCoreMassRatio', 'scenario.doseMgPerKg', 'scenario.cells.alphaPerGy']) expect(seen, p).toContain(p);
    // no number control outside the registry-driven component
    expect(html.match(/type="number"/g)).toBeNull();
    expect((html.match(/inputMode="decimal"/gi) ?? []).length).toBeGreaterThanOrEqual(seen.size);
  });

  it('select and check controls carry the registry labels', () => {
    const c = useStore.getState().candidates[0];
    const html = renderToStaticMarkup(<Builder candidate={c} ev={evaluateCandidate(c)} />);
    for (const p of ['name', 'core.material', 'payloads.*.agent', 'payloads.*.loading', 'coating.membranes.*.source', 'coating.peg']) {
      expect(text(html), p).toContain(fieldAt(p.replace('*', '0'))!.label);
    }
  });
});

describe('Preparation method control (#27, M1.partition)', () => {
  const render = (core: string, agent: string, method?: string) => {
    const c0 = useStore.getState().candidates[0];
    const c = { ...c0, draft: { core: { material: core }, payloads: [{ agent, loading: 'one-pot', feedMassRatio: 0.1, ...(method ? { method } : {}) }], coating: { membranes: [], peg: true }, scenario: {} } };
    return renderToStaticMarkup(<Builder candidate={c} ev={evaluateCandidate(c)} />);
  };
  const selected = (html: string) => /<select[^>]*data-path="payloads\.0\.method"[^>]*>(.*?)<\/select>/s.exec(html);
  it('shown for a drug encapsulated by partition in a polymer core, with the registry label and help, the carrier\'s usual method selected', () => {
    const html = render('plga', 'docetaxel');
    expect(text(html)).toContain(fieldAt('payloads.0.method')!.label);
    expect(text(html)).toContain(fieldAt('payloads.0.method')!.description);
    expect(selected(html)?.[1]).toMatch(/<option value="single-emulsion" selected="">single emulsion — usual for PLGA/);
    expect(selected(render('lipid-polymer-hybrid', 'docetaxel'))?.[1]).toMatch(/<option value="nanoprecipitation" selected="">/);
    expect(selected(render('plga', 'docetaxel', 'double-emulsion'))?.[1]).toMatch(/<option value="double-emulsion" selected="">/);
  });
  it('hidden where the method does not matter: a MOF core, or an agent without logP/solubility', () => {
    expect(selected(render('zif-8', 'doxorubicin'))).toBeNull();
    expect(selected(render('plga', 'bismuth'))).toBeNull();
  });
});
