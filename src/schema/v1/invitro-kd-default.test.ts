// The In vitro tab's proposed cell-layer K_D is the sourced (assumed) model parameter, so the field and the parameter table never disagree.
import { describe, expect, it } from 'vitest';
import { INVITRO_FIELDS } from './fields';
import { INVITRO_PARAMS } from '../../model/invitro/params';

describe('cell-layer K_D default', () => {
  it('the field default equals INVITRO_PARAMS.cellBindingKdUgPerMl, marked an assumption with a spread', () => {
    const f = INVITRO_FIELDS.find((x) => x.key === 'bindingKdUgPerMl');
    expect(f && f.kind === 'number' ? f.default : undefined).toBe(INVITRO_PARAMS.cellBindingKdUgPerMl.value);
    expect(INVITRO_PARAMS.cellBindingKdUgPerMl.provenance).toBe('assumption');
    expect(INVITRO_PARAMS.cellBindingKdUgPerMl.spread).toEqual({ kind: 'lognormal', gsd: 10 });
  });
});
