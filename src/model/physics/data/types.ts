// Shape of a NIST photon interaction table as stored in the generated data modules.

/** One NIST table: energies (MeV, ascending; an absorption edge is a duplicated energy, below row first), μ/ρ and μen/ρ (cm²/g). */
export interface PhotonTable {
  readonly e: readonly number[];
  readonly mu: readonly number[];
  readonly muen: readonly number[];
}
