// Unit tests for the pure viewer builders: counts, proportional colouring, radii, erosion, determinism and the display cap.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportion, buildParticleLayout, displayScaleFor, DISPLAY, extentNm, OPEN_MEMBRANE_KEPT, RELEASE_HALO, shellRadii } from './layout';
import { arrangeScene, explodeCaption, releaseCaption } from './arrange';
import { applyInstance, instancePosition, niceCeil, writeInstanceMatrix, type Vec3 } from './math';
import { crossSectionZ0, facePolygons, polygonArea, polyhedronGauge, polyhedronMesh, solidPlanes } from './polyhedron';
import { CORE_IDS, MEMBRANE_IDS, MEMBRANE_VISUALS } from '../catalog';
import { sanitizeSpec, shapeForCore, type ParticleSpec } from './spec';
import { hexToRgb } from './colors';

/** IZB@CCM-like spec; counts are test inputs, not model output. */
const izb = (over: Partial<ParticleSpec> = {}): ParticleSpec => ({
  id: 'izb-ccm', label: 'IZB@CCM', coreMaterial: 'zif-8', coreDiameterNm: 100, hydrodynamicDiameterNm: 120,
  payloads: [{ agent: 'in10018', moleculesPerParticle: 60000, highZ: false }, { agent: 'bismuth', moleculesPerParticle: 100000, highZ: true }],
  membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'caf-cervical', fraction: 0.5 }],
  coverage: 1, peg: false,
  release: { pH: 5.0, timeH: 24, coreRemainingFraction: 0.4, releasedFraction: { in10018: 0.7, bismuth: 0.5 } },
  ...over,
});

const norm3 = (p: Vec3) => Math.hypot(p[0], p[1], p[2]);

describe('shapeForCore', () => {
  it('maps every catalog core, with the crystal habits the brief names', () => {
    for (const m of CORE_IDS) expect(shapeForCore(m).kind).toBeTypeOf('string');
    expect(shapeForCore('zif-8')).toEqual({ kind: 'polyhedron', solid: 'truncated-rhombic-dodecahedron', lattice: true });
    expect(shapeForCore('zif-90').kind).toBe('polyhedron');
    for (const m of ['uio-66', 'hf-mof', 'bi-mof', 'mil-100-fe'] as const) expect(shapeForCore(m)).toMatchObject({ solid: 'octahedron' });
    expect(shapeForCore('liposome').kind).toBe('bilayer-vesicle');
    expect(shapeForCore('thermosensitive-liposome').kind).toBe('bilayer-vesicle');
    for (const m of ['gold', 'hfo2', 'bi2s3', 'iron-oxide'] as const) expect(shapeForCore(m).kind).toBe('dense-solid');
    expect(shapeForCore('mesoporous-silica').kind).toBe('porous-sphere');
    expect(shapeForCore('lnp').kind).toBe('lipid-nanoparticle');
    expect(shapeForCore('silica-gold-nanoshell').kind).toBe('nanoshell');
    expect(shapeForCore('albumin').kind).toBe('protein-aggregate');
    expect(shapeForCore('plga').kind).toBe('polymer');
    expect(shapeForCore('polymer-conjugate').kind).toBe('polymer');
    expect(shapeForCore('polymeric-micelle').kind).toBe('core-shell-micelle');
  });
  it('throws (assertNever) on an id outside the union', () => {
    expect(() => shapeForCore('unobtainium' as never)).toThrow(/unhandled core material/);
  });
});

describe('polyhedra', () => {
  it('truncated rhombic dodecahedron: 12 truncated rhombi (hexagons) + 6 squares, circumradius R, volume (16 − 8t³)·(R/√3)³', () => {
    const R = 50;
    const planes = solidPlanes('truncated-rhombic-dodecahedron', R);
    const faces = facePolygons(planes);
    expect(faces.length).toBe(18);
    // each rhombus loses its two 4-fold corners → 12 hexagons; each cut 4-fold vertex leaves a square
    expect(faces.filter((f) => f.vertices.length === 6).length).toBe(12);
    expect(faces.filter((f) => f.vertices.length === 4).length).toBe(6);
    const rMax = Math.max(...faces.flatMap((f) => f.vertices.map(norm3)));
    expect(rMax).toBeCloseTo(R, 6);
    // signed volume of the closed mesh (divergence theorem) vs the hand-derived value
    const mesh = polyhedronMesh(planes, 8);
    let v = 0;
    const p = mesh.positions;
    for (let i = 0; i < p.length; i += 9) {
      v += (p[i] * (p[i + 4] * p[i + 8] - p[i + 5] * p[i + 7]) - p[i + 1] * (p[i + 3] * p[i + 8] - p[i + 5] * p[i + 6]) + p[i + 2] * (p[i + 3] * p[i + 7] - p[i + 4] * p[i + 6])) / 6;
    }
    // rhombic dodecahedron (±1,±1,±1),(±2,0,0) has volume 16; each 4-fold tip cut at depth t is a pyramid on the
    // square |y|,|z| ≤ t (area 4t²) of height t → 6 × 4t³/3 = 8t³ removed
    const t = 0.45, k = R / Math.sqrt(3);
    expect(v).toBeCloseTo((16 - 8 * t ** 3) * k ** 3, 0);
  });
  it('octahedron with truncated tips: 8 + 6 faces, all vertices on the surface (gauge 1)', () => {
    const planes = solidPlanes('octahedron', 30);
    const faces = facePolygons(planes);
    expect(faces.length).toBe(14);
    for (const f of faces) for (const q of f.vertices) expect(polyhedronGauge(planes, q)).toBeCloseTo(1, 9);
    expect(Math.max(...faces.flatMap((f) => f.vertices.map(norm3)))).toBeCloseTo(30, 6);
  });
  it('cutaway cap: the z = 0 section lies on the surface and between the in- and circumscribed discs', () => {
    const R = 40;
    const planes = solidPlanes('truncated-rhombic-dodecahedron', R);
    const sec = crossSectionZ0(planes);
    expect(sec.length).toBeGreaterThanOrEqual(4);
    for (const [x, y] of sec) expect(polyhedronGauge(planes, [x, y, 0])).toBeCloseTo(1, 9);
    const rIn = Math.min(...planes.map((p) => p.d));
    const a = polygonArea(sec);
    expect(a).toBeGreaterThan(Math.PI * rIn * rIn);
    expect(a).toBeLessThan(Math.PI * R * R);
  });
});

describe('instance matrices', () => {
  it('map local +Y onto the requested direction with an orthonormal rotation (property)', () => {
    // examples include directions within 1e-9 of −Y (a shrunk counterexample of an earlier cut-off at dy < −0.999999), −Y itself, and an axis of subnormal components
    fc.assert(fc.property(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })).filter(([x, y, z]) => Math.hypot(x, y, z) > 0.1), ([x, y, z]) => {
      const l = Math.hypot(x, y, z);
      const d: Vec3 = [x / l, y / l, z / l];
      const m = new Float32Array(16);
      writeInstanceMatrix(m, 0, [3, 4, 5], 1, 1, 1, d);
      const tip = applyInstance(m, 0, 0, 1, 0);
      expect(tip[0] - 3).toBeCloseTo(d[0], 4); expect(tip[1] - 4).toBeCloseTo(d[1], 4); expect(tip[2] - 5).toBeCloseTo(d[2], 4);
      const cols = [[m[0], m[1], m[2]], [m[4], m[5], m[6]], [m[8], m[9], m[10]]];
      for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) {
        const dp = cols[a][0] * cols[b][0] + cols[a][1] * cols[b][1] + cols[a][2] * cols[b][2];
        expect(dp).toBeCloseTo(a === b ? 1 : 0, 4);
      }
    }), { examples: [[[0.000005, -0.09999999987500004, 0]], [[0, -1, 0]], [[1e-7, -1, -1e-7]], [[0, 1, 0]], [[-5e-324, -0.1, 5e-324]]] });
  });
});

describe('payload counts and the display cap', () => {
  it('IZB@CCM: 60,000 molecules at cap 2,000 → 1 sphere per 50 (nice number), 1,200 spheres', () => {
    const l = buildParticleLayout(izb());
    const scale = displayScaleFor([izb()]);
    expect(scale.moleculesPerSphere).toBe(50);
    expect(l.molecules.count).toBe(1200);
    expect(l.payloadGroups[0]).toMatchObject({ agent: 'in10018', instancesFull: 1200, instancesShown: 1200 });
  });
  it('bismuth atoms become 3 nm nanodots: atoms / (28.18 nm⁻³ · π/6 · 3³ nm³)', () => {
    const l = buildParticleLayout(izb());
    const atomsPerDot = 28.18 * (Math.PI / 6) * 27; // 398.4 atoms in a 3 nm Bi sphere (hand-derived)
    const g = l.payloadGroups[1];
    expect(g.atomsPerDot).toBeCloseTo(atomsPerDot, 6);
    expect(g.nanodotsPerParticle).toBeCloseTo(100000 / atomsPerDot, 6);
    expect(l.nanodots.count).toBe(Math.round(100000 / atomsPerDot));
    expect(l.nanodotDiameterNm).toBe(3);
  });
  it('every payload sphere and nanodot sits inside the ZIF-8 crystal', () => {
    const l = buildParticleLayout(izb());
    for (let i = 0; i < l.molecules.count; i++) expect(polyhedronGauge(l.planes!, instancePosition(l.molecules.matrices, i))).toBeLessThanOrEqual(0.94 + 1e-6);
    for (let i = 0; i < l.nanodots.count; i++) expect(polyhedronGauge(l.planes!, instancePosition(l.nanodots.matrices, i))).toBeLessThanOrEqual(0.94 + 1e-6);
  });
  it('counts are proportional to molecules per agent and never exceed the cap (property over the input domain)', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 10, max: 3000 }),
      (mols, cap) => {
        const spec = izb({ id: 'p', payloads: mols.map((m, i) => ({ agent: `a${i}`, moleculesPerParticle: m, highZ: false })) });
        const scale = displayScaleFor([spec], cap);
        const l = buildParticleLayout(spec, { scale });
        const total = mols.reduce((a, b) => a + b, 0);
        expect(l.molecules.count).toBeLessThanOrEqual(cap);
        expect(l.molecules.count).toBe(l.payloadGroups.reduce((s, g) => s + g.instancesShown, 0));
        // N is the smallest 1-2-5 number keeping the total under the cap
        expect(total / scale.moleculesPerSphere).toBeLessThanOrEqual(cap + 1e-9);
        l.payloadGroups.forEach((g, i) => expect(Math.abs(g.instancesFull - mols[i] / scale.moleculesPerSphere)).toBeLessThanOrEqual(1));
      }), { numRuns: 150 });
  });
  it('two particles share one scale, so equal molecule counts draw as equal sphere counts', () => {
    const a = izb();
    const b = izb({ id: 'b', payloads: [{ agent: 'in10018', moleculesPerParticle: 30000, highZ: false }] });
    const scale = displayScaleFor([a, b]);
    expect(buildParticleLayout(b, { scale }).molecules.count * 2).toBe(buildParticleLayout(a, { scale }).molecules.count);
  });
  it('apportion: sums exactly and is within 1 of the exact share', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5000 }), fc.array(fc.double({ min: 0.001, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }), (n, w) => {
      const a = apportion(n, w);
      expect(a.reduce((x, y) => x + y, 0)).toBe(n);
      const sw = w.reduce((x, y) => x + y, 0);
      a.forEach((k, i) => expect(Math.abs(k - (n * w[i]) / sw)).toBeLessThan(1));
    }));
  });
  it('niceCeil gives 1-2-5 numbers', () => {
    expect([0.3, 1, 1.1, 2, 2.5, 30, 51, 501, 999].map(niceCeil)).toEqual([1, 1, 2, 2, 5, 50, 100, 1000, 1000]);
  });
});

describe('membrane colouring', () => {
  const shellFractions = (spec: ParticleSpec) => {
    const l = buildParticleLayout(spec);
    const sh = l.membrane.shell!;
    // triangle areas of the outer leaflet, summed per source
    const per = new Array(l.membrane.sources.length).fill(0);
    const p = sh.positions;
    const nOuter = sh.triangleSources.length;
    let all = 0;
    for (let t = 0; t < nOuter; t++) {
      const o = 9 * t;
      const ux = p[o + 3] - p[o], uy = p[o + 4] - p[o + 1], uz = p[o + 5] - p[o + 2];
      const vx = p[o + 6] - p[o], vy = p[o + 7] - p[o + 1], vz = p[o + 8] - p[o + 2];
      const a = Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
      per[sh.triangleSources[t]] += a; all += a;
    }
    return { l, per: per.map((x) => x / all), coveredArea: all / (4 * Math.PI * l.radii.membraneOuterNm ** 2) };
  };
  it('1:1 HeLa:CAF → half the markers vermillion, half blue, and half the shell area each', () => {
    const { l, per } = shellFractions(izb());
    const [hela, caf] = l.membrane.sources;
    expect(Math.abs(hela.markerCount - caf.markerCount)).toBeLessThanOrEqual(1);
    const vermillion = hexToRgb(MEMBRANE_VISUALS.hela.color), blue = hexToRgb(MEMBRANE_VISUALS['caf-cervical'].color);
    let nv = 0, nb = 0;
    const c = l.membrane.markers.colors!;
    for (let i = 0; i < l.membrane.markers.count; i++) {
      const rgb = [c[3 * i], c[3 * i + 1], c[3 * i + 2]];
      if (rgb.every((v, k) => Math.abs(v - vermillion[k]) < 1e-6)) nv++;
      else if (rgb.every((v, k) => Math.abs(v - blue[k]) < 1e-6)) nb++;
    }
    expect(nv + nb).toBe(l.membrane.markers.count);
    expect(nv / (nv + nb)).toBeCloseTo(0.5, 2);
    expect(per[0]).toBeGreaterThan(0.45); expect(per[0]).toBeLessThan(0.55);
  });
  it('marker counts follow any membrane fractions and coverage (property); shell area follows too', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.constantFrom(...MEMBRANE_IDS), { minLength: 1, maxLength: 3 }),
      fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      fc.double({ min: 0.2, max: 1, noNaN: true }),
      (sources, w, coverage) => {
        const spec = izb({ id: `m-${sources.join()}`, membranes: sources.map((s, i) => ({ source: s, fraction: w[i] })), coverage });
        const { l, per, coveredArea } = shellFractions(spec);
        const sw = sources.reduce((s, _, i) => s + w[i], 0);
        const n = l.membrane.sources.reduce((s, m) => s + m.markerCount, 0);
        expect(n).toBe(l.membrane.markers.count);
        l.membrane.sources.forEach((m, i) => {
          expect(Math.abs(m.markerCount - (n * w[i]) / sw)).toBeLessThan(1);
          expect(Math.abs(per[i] - w[i] / sw)).toBeLessThan(0.005);
        });
        expect(Math.abs(coveredArea - coverage)).toBeLessThan(0.01);
      }), { numRuns: 200 });
  });
  it('markers sit just outside the bilayer and no membrane means no markers or shell', () => {
    const l = buildParticleLayout(izb());
    for (let i = 0; i < l.membrane.markers.count; i += 37) expect(norm3(instancePosition(l.membrane.markers.matrices, i))).toBeCloseTo(l.radii.membraneOuterNm + 1.2, 3);
    const bare = buildParticleLayout(izb({ id: 'izb-bare', membranes: [], coverage: 0 }));
    expect(bare.membrane.markers.count).toBe(0);
    expect(bare.membrane.shell).toBeNull();
  });
});

describe('shell radii', () => {
  it('membrane bilayer of 4.5 nm ends at the hydrodynamic radius; PEG outermost', () => {
    const r = shellRadii(izb());
    expect(r.coreNm).toBe(50);
    expect(r.membraneOuterNm).toBe(60);
    expect(r.membraneOuterNm - r.membraneInnerNm).toBeCloseTo(4.5, 12);
    const p = shellRadii(izb({ peg: true }));
    expect(p.pegOuterNm).toBe(60);
    expect(p.membraneOuterNm).toBe(60 - DISPLAY.pegLengthNm);
    expect(p.pegInnerNm).toBe(p.membraneOuterNm);
  });
  it('layers are nested for any sizes (property)', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 500, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), fc.boolean(), fc.boolean(), (core, extra, peg, mem) => {
      const r = shellRadii(izb({ coreDiameterNm: core, hydrodynamicDiameterNm: core + extra, peg, membranes: mem ? [{ source: 'rbc', fraction: 1 }] : [] }));
      expect(r.coreNm).toBeLessThanOrEqual(r.membraneInnerNm + 1e-9);
      expect(r.membraneInnerNm).toBeLessThanOrEqual(r.membraneOuterNm);
      expect(r.membraneOuterNm).toBeLessThanOrEqual(r.pegInnerNm + 1e-9);
      expect(r.pegInnerNm).toBeLessThanOrEqual(r.pegOuterNm);
      expect(r.outerNm).toBeGreaterThanOrEqual((core + extra) / 2 - 1e-9);
      if (peg) expect(r.pegOuterNm - r.pegInnerNm).toBeGreaterThanOrEqual(DISPLAY.pegLengthNm - 1e-9);
    }));
  });
  it('PEG strands: chains = 4π r² × 0.077 nm⁻², drawn between the brush radii', () => {
    const spec = izb({ peg: true, coreMaterial: 'liposome', coreDiameterNm: 80, hydrodynamicDiameterNm: 87, membranes: [], coverage: 0 });
    const l = buildParticleLayout(spec);
    expect(l.peg.chains).toBeCloseTo(4 * Math.PI * 40 ** 2 * 0.077, 6);
    expect(l.peg.count).toBe(Math.round(l.peg.chains / l.peg.chainsPerStrand));
    expect(l.peg.count).toBeLessThanOrEqual(DISPLAY.maxPegStrands);
    for (let i = 0; i < l.peg.count; i += 11) {
      const base = norm3(applyInstance(l.peg.matrices, i, 0, -0.5, 0));
      const tip = norm3(applyInstance(l.peg.matrices, i, 0, 0.5, 0));
      expect(base).toBeCloseTo(40, 3);
      expect(tip).toBeGreaterThan(40 + 0.9 * l.peg.lengthNm);
    }
  });
});

describe('release view: the coat follows the model (#25 walkthrough: pH 5.0, 36 h, core 0 nm drawn as a full coated sphere)', () => {
  const at = (coreRemainingFraction: number, membraneIntact: number | undefined, pH = 5) => izb({ release: { pH, timeH: 36, coreRemainingFraction, releasedFraction: { in10018: 1, bismuth: 1 }, ...(membraneIntact !== undefined ? { membraneIntact } : {}) } });
  it('barrier closed (1) or not given: the whole coat is drawn; open (0): OPEN_MEMBRANE_KEPT of its triangles, as patches', () => {
    const whole = buildParticleLayout(izb()).membrane;
    for (const m of [buildParticleLayout(at(0.5, 1, 7.4), { release: true }).membrane, buildParticleLayout(at(0.5, undefined), { release: true }).membrane]) {
      expect(m.shell!.triangleSources.length).toBe(whole.shell!.triangleSources.length);
      expect(m.markers.count).toBe(whole.markers.count);
    }
    const open = buildParticleLayout(at(0, 0), { release: true }).membrane;
    const share = open.shell!.triangleSources.length / whole.shell!.triangleSources.length;
    expect(share).toBeGreaterThan(OPEN_MEMBRANE_KEPT - 0.01);
    expect(share).toBeLessThan(OPEN_MEMBRANE_KEPT + 0.01);
    expect(open.shell!.positions.length).toBe(2 * 9 * open.shell!.triangleSources.length);
    expect(open.markers.count / whole.markers.count).toBeGreaterThan(0.2);
    expect(open.markers.count / whole.markers.count).toBeLessThan(0.5);
    // deterministic
    expect(Array.from(buildParticleLayout(at(0, 0), { release: true }).membrane.shell!.positions.subarray(0, 90))).toEqual(Array.from(open.shell!.positions.subarray(0, 90)));
  });
  it('property: the drawn share of the coat rises with the barrier weight, from OPEN_MEMBRANE_KEPT to 1', () => {
    const n = buildParticleLayout(izb()).membrane.shell!.triangleSources.length;
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const k = (w: number) => buildParticleLayout(at(0.3, w), { release: true }).membrane.shell!.triangleSources.length;
      expect(k(lo)).toBeLessThanOrEqual(k(hi));
      expect(k(lo)).toBeGreaterThanOrEqual(Math.floor(OPEN_MEMBRANE_KEPT * n) - 1);
    }), { numRuns: 15 });
  });
  it('the caption says what is drawn: a dissolved core is not drawn, the opened coat is in fragments, a closed one an empty shell', () => {
    const cap = releaseCaption(buildParticleLayout(at(0, 0), { release: true }));
    expect(cap).toMatch(/^pH 5\.0, 36 h: core dissolved \(not drawn\); membrane coat open \(no barrier at this pH\): drawn in fragments around the empty space the core left/);
    expect(buildParticleLayout(at(0, 0), { release: true }).coreScale).toBe(0);
    expect(releaseCaption(buildParticleLayout(at(0, 1, 7.4), { release: true }))).toMatch(/core dissolved \(not drawn\); membrane coat closed: drawn as an empty shell/);
  });
});

describe('release view (erosion)', () => {
  it('pH 5.0: core radius × coreRemainingFraction; payload shown = (1 − released) × full, all inside the eroded core', () => {
    const full = buildParticleLayout(izb());
    const rel = buildParticleLayout(izb(), { release: true });
    expect(rel.coreScale).toBe(0.4);
    expect(rel.radii.coreShownNm).toBeCloseTo(20, 12);
    const [g0, g1] = rel.payloadGroups;
    expect(g0.instancesShown).toBe(Math.round(0.3 * full.payloadGroups[0].instancesFull));
    expect(g1.instancesShown).toBe(Math.round(0.5 * full.payloadGroups[1].instancesFull));
    expect(rel.molecules.count).toBe(g0.instancesShown);
    for (let i = 0; i < rel.molecules.count; i++) expect(polyhedronGauge(rel.planes!, instancePosition(rel.molecules.matrices, i))).toBeLessThanOrEqual(0.4 * 0.94 + 1e-5);
    expect(releaseCaption(rel)).toMatch(/^pH 5\.0, 24 h: core radius 40 %/);
  });
  it('the released share is drawn outside: one halo instance per released sphere/dot, between the halo radii, in the payload colours', () => {
    const full = buildParticleLayout(izb());
    const rel = buildParticleLayout(izb(), { release: true });
    const released = rel.payloadGroups.reduce((s, g) => s + g.instancesFull - g.instancesShown, 0);
    expect(released).toBeGreaterThan(0);
    expect(rel.released.count).toBe(released);
    expect(rel.molecules.count + rel.nanodots.count + rel.released.count).toBe(full.molecules.count + full.nanodots.count);
    const R = rel.radii.outerNm;
    for (let i = 0; i < rel.released.count; i++) {
      const d = Math.hypot(...instancePosition(rel.released.matrices, i));
      expect(d).toBeGreaterThanOrEqual(RELEASE_HALO.innerFactor * R - 1e-4);
      expect(d).toBeLessThanOrEqual(RELEASE_HALO.outerFactor * R + 1e-4);
    }
    const colours = new Set(Array.from({ length: rel.released.count }, (_, i) => Array.from(rel.released.colors!.subarray(3 * i, 3 * i + 3)).join(',')));
    expect(colours.size).toBe(2); // IN10018 and bismuth
    expect(full.released.count).toBe(0);
    // the scene frames the halo in release view (and only then)
    expect(extentNm(rel)).toBeCloseTo(RELEASE_HALO.outerFactor * R, 9);
    expect(extentNm(full)).toBe(full.radii.outerNm);
    expect(releaseCaption(rel)).toMatch(/released payload drawn around the particle/);
  });
  it('more released → more drawn outside, fewer inside (monotone in the released fraction)', () => {
    const at = (f: number) => buildParticleLayout(izb({ release: { pH: 5, timeH: 4, coreRemainingFraction: Math.cbrt(1 - f), releasedFraction: { in10018: f, bismuth: f } } }), { release: true });
    const counts = [0, 0.1, 0.5, 0.9, 1].map((f) => at(f).released.count);
    for (let k = 1; k < counts.length; k++) expect(counts[k]).toBeGreaterThan(counts[k - 1]);
  });
  it('fully released payload and a fully dissolved core leave nothing', () => {
    const l = buildParticleLayout(izb({ release: { pH: 5, timeH: 72, coreRemainingFraction: 0, releasedFraction: { in10018: 1, bismuth: 1 } } }), { release: true });
    expect(l.molecules.count).toBe(0);
    expect(l.nanodots.count).toBe(0);
    expect(l.radii.coreShownNm).toBe(0);
  });
  it('release view without spec.release changes nothing', () => {
    const a = buildParticleLayout(izb({ release: undefined }), { release: true });
    expect(a.releaseApplied).toBe(false);
    expect(a.coreScale).toBe(1);
  });
});

describe('determinism and sanitising', () => {
  it('the same spec gives identical arrays; another id gives another arrangement', () => {
    const a = buildParticleLayout(izb()), b = buildParticleLayout(izb());
    expect(Array.from(a.molecules.matrices)).toEqual(Array.from(b.molecules.matrices));
    expect(Array.from(a.membrane.markers.colors!)).toEqual(Array.from(b.membrane.markers.colors!));
    const c = buildParticleLayout(izb({ id: 'other' }));
    expect(Array.from(c.molecules.matrices)).not.toEqual(Array.from(a.molecules.matrices));
  });
  it('never throws on garbage numbers and builds every core', () => {
    for (const m of CORE_IDS) {
      const l = buildParticleLayout(izb({ id: m, coreMaterial: m, coreDiameterNm: Number.NaN, hydrodynamicDiameterNm: -3, coverage: 7, payloads: [{ agent: 'x', moleculesPerParticle: Number.POSITIVE_INFINITY, highZ: false }] }));
      expect(Number.isFinite(l.radii.outerNm)).toBe(true);
      expect(l.radii.outerNm).toBeGreaterThan(0);
    }
    expect(sanitizeSpec(izb({ coverage: 7 })).coverage).toBe(1);
    expect(sanitizeSpec(izb({ membranes: [{ source: 'hela', fraction: 3 }, { source: 'rbc', fraction: 1 }] })).membranes.map((m) => m.fraction)).toEqual([0.75, 0.25]);
  });
});

describe('arrangement', () => {
  it('two particles at true relative size: one nm scale, no overlap, centred', () => {
    const a = buildParticleLayout(izb());
    const b = buildParticleLayout(izb({ id: 'nbtxr3', coreMaterial: 'hfo2', coreDiameterNm: 50, hydrodynamicDiameterNm: 50, payloads: [], membranes: [], coverage: 0 }));
    const { placements, bounds } = arrangeScene([a, b]);
    const dx = placements[1].center[0] - placements[0].center[0];
    expect(dx).toBeGreaterThanOrEqual(a.radii.outerNm + b.radii.outerNm);
    expect(bounds.maxX - bounds.minX).toBeCloseTo(2 * 60 + 0.3 * 60 + 2 * 25, 6);
    expect(bounds.minX + bounds.maxX).toBeCloseTo(0, 9);
  });
  it('exploded steps reveal core → payloads → membrane, with a caption each', () => {
    const a = buildParticleLayout(izb());
    expect(arrangeScene([a], 1).placements[0]).toMatchObject({ showPayloads: false, showMembrane: false });
    expect(arrangeScene([a], 2).placements[0]).toMatchObject({ showPayloads: true, showMembrane: false });
    const s3 = arrangeScene([a], 3);
    expect(s3.placements[0]).toMatchObject({ showPayloads: true, showMembrane: true });
    expect(s3.bounds.maxX - s3.bounds.minX).toBeGreaterThan(3 * 2 * 60);
    expect(explodeCaption(a, 1)).toMatch(/ZIF-8 core, 100 nm/);
    expect(explodeCaption(a, 2)).toMatch(/in10018: ≈ 60,000 molecules/);
    expect(explodeCaption(a, 3)).toMatch(/HeLa 50 % \+ cervical CAF 50 %/);
  });
});
