/**
 * The peer language server: yaml-language-server (a dev dependency), run as an editor runs
 * it (`--stdio`), with the twin's JSON Schema associated to the twin through the settings it
 * pulls (workspace/configuration, section `yaml`). The schema store and the Kubernetes CRD
 * store are off: nothing is fetched. Before its figures count, `verifyYamlValidation` plants
 * an error in the twin and requires its diagnostic: a server that silently did not load the
 * schema would look fast.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileUri, LspClient } from '../../test/support/lsp-client.mjs';

const require = createRequire(import.meta.url);

export function yamlServerPath() {
    try {
        return require.resolve('yaml-language-server/bin/yaml-language-server');
    } catch {
        return undefined;
    }
}

export const yamlServerVersion = () => JSON.parse(fs.readFileSync(path.join(path.dirname(yamlServerPath()), '../package.json'), 'utf8')).version;

/** A client of a fresh yaml-language-server that validates `fileName` against `schemaFile`, on `root` as its workspace folder if given. */
export function yamlClient({ schemaFile, fileName, root }) {
    const settings = section => (section === 'yaml'
        ? { validate: true, schemas: { [fileUri(schemaFile)]: fileName }, schemaStore: { enable: false }, kubernetesCRDStore: { enable: false } }
        : null);
    return new LspClient({ command: [process.execPath, yamlServerPath(), '--stdio'], root, languageId: 'yaml', settings });
}

/** A value the schema's cadence enum refuses, planted in the twin's first KPI that has a cadence. */
export function plantCadenceError(text) {
    const at = text.indexOf('cadence: "');
    if (at < 0) throw new Error('the twin has no cadence to plant an error in');
    const end = text.indexOf('"', at + 'cadence: "'.length);
    return { text: `${text.slice(0, at)}cadence: "fortnightly${text.slice(end)}`, line: text.slice(0, at).split('\n').length - 1 };
}

/**
 * Opens the twin as it is and with a planted error, each in a fresh server started on its
 * folder. Returns the number of diagnostics of the twin as it is, which every measured
 * open must then publish (the schema's errors: missing owners, ranges, cadences, measures).
 */
export async function verifyYamlValidation({ file, schemaFile }) {
    const text = fs.readFileSync(file, 'utf8');
    const planted = plantCadenceError(text);
    const counts = [];
    for (const [variant, content] of [['as generated', text], ['with a planted error', planted.text]]) {
        const client = yamlClient({ schemaFile, fileName: path.basename(file), root: path.dirname(file) });
        try {
            await client.initialize();
            await client.cpuIdle();
            const sent = performance.now();
            const uri = await client.open(file, content);
            await client.publishedAfter(uri, sent);
            const diagnostics = client.diagnostics.get(uri);
            counts.push(diagnostics.length);
            if (variant !== 'as generated' && !diagnostics.some(d => d.range.start.line === planted.line && /fortnightly|daily|weekly/.test(d.message))) {
                throw new Error(`yaml-language-server did not report the planted cadence "fortnightly" on line ${planted.line + 1}: it is not validating against ${path.basename(schemaFile)}`);
            }
        } finally {
            await client.stop();
        }
    }
    if (counts[1] !== counts[0] + 1) throw new Error(`yaml-language-server gave ${counts[0]} diagnostics, and ${counts[1]} with one planted error`);
    return { diagnostics: counts[0] };
}
