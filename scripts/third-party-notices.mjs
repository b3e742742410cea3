// Writes THIRD_PARTY_NOTICES.md next to each shipped bundle: the name, version, license and
// license text of every npm package that esbuild bundled into it. The bundles are self-contained,
// so the licenses of what they contain (MIT, ISC, Apache-2.0…) must travel with them.
// `npm run build` writes the packages' copies; the action's copy is committed with its bundle and
// written by `npm run build:action`, so that a test can tell when the committed one is stale.
// usage: node scripts/third-party-notices.mjs [--check]   (--check: exit 1 if a notices file is stale)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { alias } from './bundle-options.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEBVIEW = 'packages/preview/src/webview/main.ts';
const SERVER = 'packages/language/src/server/main.ts';

/** Each shipped artifact: where its notices go and the entry points bundled into it. */
export const SHIPPED = [
    { notices: 'packages/cli/THIRD_PARTY_NOTICES.md', name: 'the npm package okr-lang', entries: ['packages/cli/src/main.ts', SERVER, WEBVIEW] },
    { notices: 'packages/extension/THIRD_PARTY_NOTICES.md', name: 'the VS Code extension', entries: ['packages/extension/src/extension.ts', SERVER, WEBVIEW] },
    { notices: 'action/dist/THIRD_PARTY_NOTICES.md', name: 'the GitHub Action', entries: ['packages/cli/src/action/main.ts'], committed: true },
];

/** Bundled npm packages' folders, from esbuild's metafile of an in-memory build. */
async function bundledPackageFolders(entries) {
    const folders = new Set();
    for (const entry of entries) {
        const result = await esbuild.build({
            entryPoints: [path.join(repo, entry)], absWorkingDir: repo, bundle: true, write: false, metafile: true,
            platform: entry === WEBVIEW ? 'browser' : 'node', format: entry === WEBVIEW ? 'iife' : 'cjs', target: 'node20',
            logLevel: 'silent', alias, external: ['vscode'], loader: { '.css': 'text' },
            plugins: [{ name: 'raw', setup: build => build.onResolve({ filter: /\?raw$/ }, () => ({ path: 'raw', external: true })) }],
        });
        for (const input of Object.keys(result.metafile.inputs)) {
            const parts = input.split('/');
            const at = parts.lastIndexOf('node_modules');
            if (at < 0) continue;
            const length = parts[at + 1].startsWith('@') ? 3 : 2;
            folders.add(parts.slice(0, at + length).join('/'));
        }
    }
    return [...folders];
}

function licenseText(folder) {
    const file = fs.readdirSync(folder).sort().find(name => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    return file ? fs.readFileSync(path.join(folder, file), 'utf8').replace(/\r\n/g, '\n').trim() : undefined;
}

/** The notices file's text for one shipped artifact. */
export async function noticesFor(shipped) {
    const packages = new Map();
    for (const folder of await bundledPackageFolders(shipped.entries)) {
        const manifest = JSON.parse(fs.readFileSync(path.join(repo, folder, 'package.json'), 'utf8'));
        const key = `${manifest.name}@${manifest.version}`;
        if (!packages.has(key)) packages.set(key, { manifest, text: licenseText(path.join(repo, folder)) });
    }
    const sections = [...packages].sort(([a], [b]) => a.localeCompare(b)).map(([key, { manifest, text }]) => {
        const license = typeof manifest.license === 'string' ? manifest.license : manifest.license?.type ?? 'see the package';
        const body = text ?? `The package ships no license file; its package.json declares ${license}.`;
        return `## ${key}\n\nLicense: ${license}\n\n\`\`\`text\n${body.replace(/```/g, "'''")}\n\`\`\`\n`;
    });
    return `# Third-party notices\n\n${shipped.name[0].toUpperCase()}${shipped.name.slice(1)} bundles the following npm packages. Their licenses follow.\n\n${sections.join('\n')}`;
}

export function writeNotices(shipped, text) {
    const file = path.join(repo, shipped.notices);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    let stale = false;
    for (const shipped of SHIPPED) {
        const text = await noticesFor(shipped);
        if (process.argv.includes('--check')) {
            const file = path.join(repo, shipped.notices);
            if ((fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '') !== text) {
                console.error(`${shipped.notices} is stale: run \`node scripts/third-party-notices.mjs\` and commit it.`);
                stale = true;
            }
        } else if (!shipped.committed) {
            writeNotices(shipped, text);
        }
    }
    if (stale) process.exit(1);
}
