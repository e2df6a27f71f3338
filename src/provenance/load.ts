/**
 * The one seam between the engine and the provenance module: a dynamic import, so ncc puts
 * src/provenance (and the @sigstore packages) in chunks of their own and a run that neither
 * signs nor verifies never loads them.
 */
export type Provenance = typeof import('./index.js');

export function loadProvenance(): Promise<Provenance> {
  return import('./index.js');
}
