// Legend: colours per core, payload, membrane source and PEG, with counts and the display scale. No three.js.
import { VIEWER_COLORS } from './colors';
import { fmtInt, fmtNm, scaleStatement } from './arrange';
import type { DisplayScale, ParticleLayout } from './layout';
import { AGENTS, CORES, CORE_VISUALS, MEMBRANES, MEMBRANE_VISUALS, SHAPE_NAMES } from '../catalog';
import { percentShares } from '../catalog/percent-shares';

/** What a layer is for, in a few words, from the catalog (walk10 #14: a student reads the roles where the particle is drawn). */
const Role = ({ children }: { children: string }) => <span className="muted" style={{ color: '#555' }} data-testid="legend-role"> — {children}</span>;

function coreRole(id: string): string | null {
  const c = (CORES as Record<string, { acidResponsive?: boolean } | undefined>)[id];
  if (!c) return null;
  return c.acidResponsive ? 'the carrier: holds the payloads and falls apart in acid, releasing them' : 'the carrier that holds the payloads';
}

function agentRole(id: string, highZ: boolean): string {
  if (highZ) return 'high-Z atoms that absorb X-rays and amplify the dose nearby';
  const kind = (AGENTS as Record<string, { kind?: string } | undefined>)[id]?.kind;
  return kind === 'nucleic-acid' ? 'the genetic payload' : 'the drug';
}

function Swatch({ color, round = true }: { color: string; round?: boolean }) {
  return <span aria-hidden="true" style={{ display: 'inline-block', width: 12, height: 12, marginRight: 6, verticalAlign: '-1px', background: color, borderRadius: round ? 6 : 2, border: '1px solid rgba(0,0,0,0.35)' }} />;
}

export function Legend({ layouts, scale }: { layouts: ParticleLayout[]; scale: DisplayScale }) {
  return (
    <div className="viewer3d-legend" aria-label="Legend" role="group" style={{ fontSize: 13, lineHeight: 1.45, display: 'flex', gap: 24, flexWrap: 'wrap' }}>
      {layouts.map((l, i) => (
        <ul key={l.spec.id + i} aria-label={`Legend for ${l.spec.label}`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          <li style={{ fontWeight: 600 }}>{l.spec.label}</li>
          <li><Swatch color={CORE_VISUALS[l.spec.coreMaterial].color} round={false} />Core: {CORE_VISUALS[l.spec.coreMaterial].label}{l.spec.coreMaterial !== 'none' ? `, ${fmtNm(l.spec.coreDiameterNm)} (${SHAPE_NAMES[l.shape.kind]})` : ''}{l.releaseApplied ? ` — eroded to ${Math.round(l.coreScale * 100)} % radius` : ''}{coreRole(l.spec.coreMaterial) ? <Role>{coreRole(l.spec.coreMaterial)!}</Role> : null}</li>
          {l.payloadGroups.map((g) => (
            <li key={g.agent} data-agent={g.agent} data-shown={g.instancesShown}>
              <Swatch color={g.color} />
              {g.highZ
                ? `${g.label}: ≈ ${fmtInt(g.nanodotsPerParticle ?? 0)} nanodots (${fmtNm(l.nanodotDiameterNm)}, ≈ ${fmtInt(g.atomsPerDot ?? 0)} atoms each)`
                : `${g.label}: ${fmtInt(g.moleculesPerParticle)} molecules`}
              {` → ${fmtInt(g.instancesShown)} drawn`}
              {l.releaseApplied ? ` (${Math.round(g.releasedFraction * 100)} % released)` : ''}
              <Role>{agentRole(g.agent, !!g.highZ)}</Role>
            </li>
          ))}
          {l.membrane.sources.map((m, i, all) => (
            <li key={m.source}><Swatch color={m.color} />Membrane: {MEMBRANE_VISUALS[m.source].label} {percentShares(all.map((x) => x.fraction))[i]} %{MEMBRANES[m.source]?.role ? <Role>{MEMBRANES[m.source].role}</Role> : null}</li>
          ))}
          {l.membrane.sources.length > 0 && <li style={{ paddingLeft: 18 }}>coverage {Math.round(l.spec.coverage * 100)} %, bilayer {fmtNm(l.radii.membraneOuterNm - l.radii.membraneInnerNm)}</li>}
          {l.spec.peg && <li><Swatch color={VIEWER_COLORS.peg} />PEG brush, {fmtNm(l.peg.lengthNm)} ({fmtInt(l.peg.chains)} chains)<Role>a stealth layer: fewer proteins stick, so it circulates longer</Role></li>}
          <li style={{ color: '#555' }}>Hydrodynamic diameter {fmtNm(l.spec.hydrodynamicDiameterNm)}</li>
        </ul>
      ))}
      <ul aria-label="Display scale" style={{ listStyle: 'none', margin: 0, padding: 0, color: '#444' }}>
        <li style={{ fontWeight: 600 }}>Scale</li>
        <li>Sizes in nm, all particles at one scale</li>
        {scaleStatement(scale, layouts).map((s) => <li key={s}>{s}</li>)}
      </ul>
    </div>
  );
}
