/**
 * Runs the Astro build as a child process and collects its output. Used by the browser
 * tests (to build, and to prove that bad input stops the build) and by `npm run bench`.
 */
import { spawn } from 'node:child_process';

/** Result of running the Astro build. */
export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Runs `astro build` in `cwd` (default: the project) into `outDir` for base path `base` and public
 * address `site` (none by default, whatever SITE_URL the caller's environment holds); resolves
 * with its exit code and output.
 */
export function runBuild(options: {
  outDir: string;
  base?: string;
  site?: string;
  cwd?: string;
}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const env = {
      ...process.env,
      OUT_DIR: options.outDir,
      BASE_PATH: options.base ?? '/',
      SITE_URL: options.site ?? '',
    };
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
