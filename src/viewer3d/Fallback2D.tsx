// 2D SVG schematic shown when WebGL is unavailable or lost: core, payload dots, membrane arcs coloured by source, PEG.
// No three.js; drawn at true relative size in nm, with its own scale bar.
import type { ReactElement } from 'react';
import { VIEWER_COLORS } from './colors';
import { arrangeScene, fmtNm } from './arrange';
import type { ParticleLayout } from './layout';
import { niceFloor } from './math';
import { CORE_VISUALS, MEMBRANE_VISUALS } from '../catalog';
import { percentShares } from '../catalog/percent-shares';

const MAX_DOTS = 400;

function arc(r: number, a0: number, a1: number): string {
  if (a1 - a0 >= 2 * Math.PI - 1e-9) return `M ${r} 0 A ${r} ${r} 0 1 1 ${-r} 0 A ${r} ${r} 0 1 1 ${r} 0`;
  const p = (a: number) => `${(r * Math.cos(a)).toFixed(3)} ${(r * Math.sin(a)).toFixed(3)}`;
  return `M ${p(a0)} A ${r} ${r} 0 ${a1 - a0 > Math.PI ? 1 : 0} 1 ${p(a1)}`;
}

function ParticleSketch({ l, cx, cy, fontSize }: { l: ParticleLayout; cx: number; cy: number; fontSize: number }) {
  const r = l.radii;
  const core = CORE_VISUALS[l.spec.coreMaterial].color;
  const s = l.coreScale;
  const bilayer = r.membraneOuterNm - r.membraneInnerNm;
  const rm = (r.membraneOuterNm + r.membraneInnerNm) / 2;
  let a = -Math.PI / 2;
  const cover = 2 * Math.PI * l.spec.coverage;
  const stride = (n: number) => Math.max(1, Math.ceil(n / MAX_DOTS));
  const ms = stride(l.molecules.count), ds = stride(l.nanodots.count);
  const mol: ReactElement[] = [];
  for (let i = 0; i < l.molecules.count; i += ms) {
    const m = l.molecules.matrices, c = l.molecules.colors!;
    const hex = `rgb(${Math.round(c[3 * i] * 255)},${Math.round(c[3 * i + 1] * 255)},${Math.round(c[3 * i + 2] * 255)})`;
    mol.push(<circle key={`m${i}`} cx={m[16 * i + 12]} cy={-m[16 * i + 13]} r={1.2} fill={hex} />);
  }
  for (let i = 0; i < l.nanodots.count; i += ds) {
    const m = l.nanodots.matrices;
    mol.push(<circle key={`d${i}`} cx={m[16 * i + 12]} cy={-m[16 * i + 13]} r={l.nanodotDiameterNm / 2} fill={VIEWER_COLORS.highZ} />);
  }
  const rs = stride(l.released.count);
  for (let i = 0; i < l.released.count; i += rs) {
    const m = l.released.matrices, c = l.released.colors!;
    const hex = `rgb(${Math.round(c[3 * i] * 255)},${Math.round(c[3 * i + 1] * 255)},${Math.round(c[3 * i + 2] * 255)})`;
    mol.push(<circle key={`r${i}`} cx={m[16 * i + 12]} cy={-m[16 * i + 13]} r={1.2} fill={hex} />);
  }
  const sec = l.caps.find((c) => c.kind === 'polygon');
  return (
    <g transform={`translate(${cx} ${cy})`}>
      {l.spec.peg && Array.from({ length: 72 }, (_, i) => {
        const t = (i / 72) * 2 * Math.PI;
        return <line key={i} x1={r.pegInnerNm * Math.cos(t)} y1={r.pegInnerNm * Math.sin(t)} x2={r.pegOuterNm * Math.cos(t)} y2={r.pegOuterNm * Math.sin(t)} stroke={VIEWER_COLORS.peg} strokeWidth={0.6} />;
      })}
      {l.spec.coreMaterial !== 'none' && (sec && sec.kind === 'polygon'
        ? <polygon points={sec.points.map(([x, y]) => `${x * s},${-y * s}`).join(' ')} fill={core} stroke="#555" strokeWidth={0.6} />
        : <circle r={r.coreNm * s} fill={core} stroke="#555" strokeWidth={0.6} />)}
      {mol}
      {l.membrane.sources.map((m) => {
        const span = cover * m.fraction;
        const d = arc(rm, a, a + span);
        a += span;
        return <path key={m.source} d={d} fill="none" stroke={m.color} strokeWidth={bilayer} />;
      })}
      <text y={r.outerNm + fontSize * 1.4} textAnchor="middle" fontSize={fontSize} fill={VIEWER_COLORS.text}>{l.spec.label}</text>
    </g>
  );
}

export function Fallback2D({ layouts, message }: { layouts: ParticleLayout[]; message: string }) {
  const { placements, bounds } = arrangeScene(layouts, 0);
  const pad = 0.12 * (bounds.maxX - bounds.minX) + 10;
  const w = bounds.maxX - bounds.minX + 2 * pad, h = bounds.maxY - bounds.minY + 2 * pad + 24;
  const bar = niceFloor((bounds.maxX - bounds.minX) / 4);
  const desc = layouts.map((l) => `${l.spec.label}: ${CORE_VISUALS[l.spec.coreMaterial].label} core ${fmtNm(l.spec.coreDiameterNm)}${l.membrane.sources.length ? `, ${l.membrane.sources.map((m, i, all) => `${MEMBRANE_VISUALS[m.source].label} ${percentShares(all.map((x) => x.fraction))[i]} %`).join(' + ')} membrane` : ''}`).join('; ');
  return (
    <div className="viewer3d-fallback" data-testid="viewer-fallback" role="group" aria-label="2D schematic">
      <p role="status" className="viewer3d-fallback-message" style={{ margin: '0 0 6px', fontWeight: 600 }}>{message}</p>
      <svg viewBox={`${bounds.minX - pad} ${bounds.minY - pad} ${w} ${h}`} width="100%" height="100%" role="img" aria-label={`Schematic cross-section: ${desc}`} style={{ maxHeight: 380, background: VIEWER_COLORS.background }}>
        <title>{`Schematic cross-section: ${desc}`}</title>
        {layouts.map((l, i) => <ParticleSketch key={l.spec.id + i} l={l} cx={placements[i].center[0]} cy={-placements[i].center[1]} fontSize={Math.max(6, 0.13 * Math.max(...layouts.map((x) => x.radii.outerNm)))} />)}
        <g transform={`translate(${bounds.minX} ${bounds.maxY + pad * 0.6 + 16})`}>
          <line x1={0} x2={bar} y1={0} y2={0} stroke={VIEWER_COLORS.text} strokeWidth={1.5} />
          <text x={bar / 2} y={-3} textAnchor="middle" fontSize={8} fill={VIEWER_COLORS.text}>{`${bar} nm`}</text>
        </g>
      </svg>
    </div>
  );
}
