// Types for read-yaml.mjs.
export type ReadYamlResult = { json: string } | { fallback: true } | { yamlError: { reason: string; line?: number; column?: number } } | { tooDeep: true };
export function readYaml(text: string): ReadYamlResult;
