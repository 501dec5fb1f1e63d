// The engine's formulation type is the schema's completed v1 type (one declaration): checked by the type checker (tsc/typecheck).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { PRESET_IDS, PRESETS } from '../catalog';
import type { Formulation } from '../schema';
import { FormulationSchemaV1 } from '../schema/v1/completed';
import type { CompletedFormulation, EngineScores } from './types';
import { scoreFormulation } from '.';

describe('CompletedFormulation is the schema’s completed type', () => {
  it('equals z.infer of the frozen completed zod schema and the schema’s Formulation (a field added there reaches the engine)', () => {
    expectTypeOf<CompletedFormulation>().toEqualTypeOf<z.infer<typeof FormulationSchemaV1>>();
    expectTypeOf<CompletedFormulation>().toEqualTypeOf<Formulation>();
    expectTypeOf<CompletedFormulation['scenario']>().toEqualTypeOf<z.infer<typeof FormulationSchemaV1>['scenario']>();
  });
  it('Scores echo the completed formulation, typed, and it is what the zod schema accepts', () => {
    expectTypeOf<ReturnType<typeof scoreFormulation>>().toEqualTypeOf<EngineScores>();
    expectTypeOf<EngineScores['formulation']>().toEqualTypeOf<CompletedFormulation>();
    for (const id of PRESET_IDS) {
      const echoed = scoreFormulation(PRESETS[id].formulation, { lean: true }).formulation;
      expect(FormulationSchemaV1.strict().safeParse(echoed).success, id).toBe(true);
    }
  });
});
