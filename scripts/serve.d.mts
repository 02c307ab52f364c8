/** Types of scripts/serve.mjs. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}
export function parseHeaders(text: string): HeaderRule[];
export function headersFor(rules: HeaderRule[], path: string): Record<string, string>;
export function compressible(contentType: string): boolean;
export function serve(
  dir: string,
  options?: { port?: number; base?: string },
): Promise<{ url: string; close(): Promise<void> }>;
