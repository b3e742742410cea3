/**
 * The `peers` group (issue 13): okr-lang beside yaml-language-server and ajv-cli on equal
 * content, in the same run (datasets.mjs `peers`: the .okr file alone in its folder, its
 * YAML/JSON twins and their JSON Schema in another). Returns the entries
 * (targets.mjs), each with the load average it was taken under.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { okrClient } from '../okr-server.mjs';
import { differenceEntry, failedEntry, ratioEntry } from '../targets.mjs';
import { verifyYamlValidation, yamlClient, yamlServerPath, yamlServerVersion } from '../yaml-server.mjs';
import { ajvCliPath, measurePeerCli } from './peer-cli.mjs';
import { measurePeerEdits, measurePeerOpen } from './peer-servers.mjs';
import { EDITS_IN } from './server.mjs';

const load = () => Math.round(os.loadavg()[0] * 100) / 100;

/** Why the peers cannot be measured, or undefined. */
export function peersMissing() {
    if (!yamlServerPath()) return 'yaml-language-server is not installed (npm ci)';
    if (!ajvCliPath()) return 'ajv-cli is not installed (npm ci)';
    return undefined;
}

export async function measurePeers({ cliPath, serverPath, set, emptyDir, runs, sessions, edits, onProgress = () => {} }) {
    const entries = [];
    const raw = { yamlLanguageServer: yamlServerVersion(), okrLines: set.lines, yamlLines: set.yamlLines };
    const lines = `${Math.round(set.lines / 100) / 10}k lines`;

    onProgress('peers: okr check beside ajv-cli, start-up beside Node');
    try {
        const loadAverage = load();
        const cli = await measurePeerCli({
            cliPath, okrDir: set.dir, okrFile: set.file, emptyDir, today: set.today,
            schemaFile: set.schemaFile, yamlFile: set.yamlFile, jsonFile: set.jsonFile, runs,
        });
        raw.cli = cli;
        entries.push(
            ratioEntry({ id: 'peers-check', figure: `okr check, ${lines}, whole process (wall)`, unit: 'ms', okr: cli.okrCheck.ms, peer: cli.ajvYaml.ms, peerName: 'ajv-cli (YAML)', target: 1.0, loadAverage }),
            ratioEntry({ id: 'peers-check-cpu', figure: '  … CPU time (user+sys, all threads)', unit: 'ms', okr: cli.okrCheck.cpuMs, peer: cli.ajvYaml.cpuMs, peerName: 'ajv-cli (YAML)', loadAverage }),
            ratioEntry({ id: 'peers-check-json', figure: '  … beside ajv-cli on the JSON twin (wall)', unit: 'ms', okr: cli.okrCheck.ms, peer: cli.ajvJson.ms, peerName: 'ajv-cli (JSON)', loadAverage }),
            ratioEntry({ id: 'peers-check-rss', figure: '  … peak RSS', unit: 'MB', okr: cli.okrCheck.peakMB, peer: cli.ajvYaml.peakMB, peerName: 'ajv-cli (YAML)', loadAverage }),
            differenceEntry({ id: 'peers-startup', figure: 'CLI start-up: okr --version above Node\'s floor', unit: 'ms', okr: cli.okrVersion.ms, floor: cli.nodeFloor.ms, floorName: 'node -e readFileSync', target: 60, loadAverage }),
            differenceEntry({ id: 'peers-startup-check', figure: '  … okr check of an empty file above Node\'s floor', unit: 'ms', okr: cli.okrEmpty.ms, floor: cli.nodeFloor.ms, floorName: 'node -e readFileSync', loadAverage }),
        );
        raw.diagnostics = { okrCheck: cli.okrCheck.summary, ajvErrors: cli.ajvYaml.errors };
    } catch (error) {
        entries.push(failedEntry('peers-check', `okr check, ${lines}, beside ajv-cli`, error));
    }

    onProgress(`peers: verifying that yaml-language-server ${raw.yamlLanguageServer} validates against the schema`);
    let sides;
    try {
        const verified = await verifyYamlValidation({ file: set.yamlFile, schemaFile: set.schemaFile });
        raw.yamlServerDiagnostics = verified.diagnostics;
        sides = [
            { name: 'okr', file: set.file, syntax: EDITS_IN.okr, makeClient: root => okrClient(serverPath, { today: set.today, root }) },
            { name: 'yaml', file: set.yamlFile, syntax: EDITS_IN.yaml, diagnostics: verified.diagnostics,
                makeClient: root => yamlClient({ schemaFile: set.schemaFile, fileName: path.basename(set.yamlFile), root }) },
        ];
    } catch (error) {
        entries.push(failedEntry('peers-open', 'server: beside yaml-language-server', error));
        return { entries, raw };
    }

    onProgress('peers: didOpen → diagnostics, both servers');
    try {
        const loadAverage = load();
        const open = await measurePeerOpen(sides, runs);
        raw.open = open;
        entries.push(
            ratioEntry({ id: 'peers-open', figure: `server: didOpen → diagnostics, ${lines}, first sight of the file`, unit: 'ms', okr: open.okr.first, peer: open.yaml.first, peerName: 'yaml-language-server', target: 0.5, loadAverage }),
            ratioEntry({ id: 'peers-open-cpu', figure: '  … server CPU for it', unit: 'ms', okr: open.okr.firstCpu, peer: open.yaml.firstCpu, peerName: 'yaml-language-server', loadAverage }),
            ratioEntry({ id: 'peers-open-folder', figure: '  … server started on the file\'s folder, idle, then didOpen', unit: 'ms', okr: open.okr.folder, peer: open.yaml.folder, peerName: 'yaml-language-server', loadAverage }),
        );
    } catch (error) {
        entries.push(failedEntry('peers-open', 'server: didOpen → diagnostics beside yaml-language-server', error));
    }

    onProgress('peers: edit → diagnostics, both servers');
    try {
        const loadAverage = load();
        const session = await measurePeerEdits(sides, { sessions, edits, onProgress });
        raw.edits = session;
        entries.push(
            ratioEntry({ id: 'peers-edit', figure: `server: edit → diagnostics, ${lines}, median`, unit: 'ms', okr: session.okr.editMs, peer: session.yaml.editMs, peerName: 'yaml-language-server', target: 0.5, loadAverage }),
            ratioEntry({ id: 'peers-edit-p95', figure: '  … p95', unit: 'ms', stat: 'p95', okr: session.okr.editMs, peer: session.yaml.editMs, peerName: 'yaml-language-server', loadAverage }),
            ratioEntry({ id: 'peers-edit-cpu', figure: '  … server CPU per edit', unit: 'ms', okr: session.okr.cpuPerEditMs, peer: session.yaml.cpuPerEditMs, peerName: 'yaml-language-server', loadAverage }),
            ratioEntry({ id: 'peers-rss', figure: 'server: peak RSS after the edits', unit: 'MB', okr: session.okr.peakMB, peer: session.yaml.peakMB, peerName: 'yaml-language-server', target: 1.0, loadAverage }),
        );
    } catch (error) {
        entries.push(failedEntry('peers-edit', 'server: edit → diagnostics beside yaml-language-server', error));
    }
    return { entries, raw };
}
