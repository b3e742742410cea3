/**
 * The npm package `okr-lang` as npm publishes it, for tests that install it the way users do:
 * `npm pack` of packages/cli (the bundles must be built), and an npm without the npm_*
 * variables of an enclosing `npm test`, which would point it back at this workspace.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../cli/run-okr.js';

export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

export function npm(args: string[], options: SpawnSyncOptions): string {
    const result = spawnSync('npm', args, { encoding: 'utf8', timeout: 60_000, ...options, env: cleanEnv(options.env) });
    if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
    return String(result.stdout);
}

/** Packs okr-lang into `destination`; returns the tarball's path and the files it holds. */
export function packOkrLang(destination: string): { tarball: string; files: string[] } {
    fs.mkdirSync(destination, { recursive: true });
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: path.join(REPO, 'packages/cli') }));
    return { tarball: path.join(destination, packed.filename), files: packed.files.map((file: { path: string }) => file.path).sort() };
}
