// #27 discipline: a catalog parameter fitted to corpus records names them in its source, and every record it names is on the calibration side of the frozen split (never held out).
import { describe, expect, it } from 'vitest';
import { catalogProvenanceAudit } from '../catalog';
import { CORPUS } from './corpus';
import { sideOf } from './split';

describe('parameters fitted to the corpus use calibration records only', () => {
  const named = catalogProvenanceAudit().flatMap(({ path, param }) => CORPUS.filter((r) => param.source.includes(r.id)).map((r) => ({ path, id: r.id, side: sideOf(r) })));
  it('the #27 ZIF-8 dissolution fit names its calibration records', () => {
    expect(named.filter((n) => n.path === 'cores.zif-8.release.vRefNmPerH').map((n) => n.id).sort()).toEqual(['cm-zif8-dox-ph50-15h', 'cm-zif8-dox-ph74-15h', 'cm-zif8-dox-tumour-medium-72h', 'zif8-dox-paa-ph74-100h']);
  });
  it('no catalog source names a held-out record', () => {
    expect(named.filter((n) => n.side === 'held-out')).toEqual([]);
  });
});
