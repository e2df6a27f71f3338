/**
 * HashiCorp's HCL parser (@cdktf/hcl2json, a devDependency used by tests only), loaded
 * without its type declarations: they reference the DOM library, which would change the
 * types of fetch and streams for the whole program.
 */
import { createRequire } from 'node:module';

interface Hcl2Json {
  parse(filename: string, contents: string): Promise<Record<string, unknown>>;
}

const load = createRequire(import.meta.url);
const hcl2json = load('@cdktf/hcl2json') as Hcl2Json;

/** The variables file as Terraform's JSON form (strings are templates: `$${` is a literal `${`). */
export function parseHcl(filename: string, contents: string): Promise<Record<string, unknown>> {
  return hcl2json.parse(filename, contents);
}
