/**
 * `okr check` beside ajv-cli on equal content, and the start-up figures around them, each a
 * whole process (timed-process.mjs): wall time, CPU time and peak RSS.
 *
 *   okr check   node okr.js check DIR --today … --format json   (DIR holds only the .okr file)
 *   ajv (YAML)  node ajv-cli validate -s goals.schema.json -d goals.yaml --all-errors --errors=json
 *   ajv (JSON)  the same on the JSON twin
 *   Node floor  node -e "readFileSync(the .okr file)": starting Node and reading the file
 *   okr --version, and okr check on an empty .okr file (start-up with the checker loaded)
 *
 * ajv runs with --all-errors because okr check reports every problem, not the first. One
 * untimed round warms the file cache; then every round runs each command once, in an order
 * that rotates from round to round, so load drift hits all of them alike.
 */
import { createRequire } from 'node:module';
import { runCheck } from './cli.mjs';
import { timeProcess } from '../timed-process.mjs';

const require = createRequire(import.meta.url);

export function ajvCliPath() {
    try {
        return require.resolve('ajv-cli/dist/index.js');
    } catch {
        return undefined;
    }
}

/** ajv-cli exits 1 on invalid data and prints the file's verdict, then the errors as JSON. */
async function runAjv(schemaFile, dataFile) {
    const run = await timeProcess([process.execPath, ajvCliPath(), 'validate', '-s', schemaFile, '-d', dataFile, '--all-errors', '--errors=json']);
    const output = `${run.stdout}${run.stderr}`;
    if (run.code === 0 && / valid\b/.test(output)) return { ...run, errors: 0 };
    const json = output.slice(output.indexOf('['));
    if (run.code !== 1 || !/ invalid\b/.test(output)) throw new Error(`ajv-cli exited with ${run.code}: ${output.trim().split('\n')[0].slice(0, 200)}`);
    return { ...run, errors: JSON.parse(json).length };
}

async function runPlain(command, expectOut) {
    const run = await timeProcess(command);
    if (run.code !== 0 || (expectOut && !expectOut.test(run.stdout))) throw new Error(`${command.slice(1).join(' ').slice(0, 80)} exited with ${run.code}: ${run.stderr.trim().split('\n')[0]}`);
    return run;
}

/**
 * @param {{cliPath: string, okrDir: string, okrFile: string, emptyDir: string, today: string, schemaFile: string, yamlFile: string, jsonFile: string, runs: number}} options
 * @returns {Promise<Record<string, {ms: number[], cpuMs: number[], peakMB: number[], errors?: number, summary?: object}>>}
 */
export async function measurePeerCli({ cliPath, okrDir, okrFile, emptyDir, today, schemaFile, yamlFile, jsonFile, runs }) {
    const commands = {
        okrCheck: () => runCheck(cliPath, okrDir, today),
        ajvYaml: () => runAjv(schemaFile, yamlFile),
        ajvJson: () => runAjv(schemaFile, jsonFile),
        nodeFloor: () => runPlain([process.execPath, '-e', 'require("fs").readFileSync(process.argv[1], "utf8")', okrFile]),
        okrVersion: () => runPlain([process.execPath, cliPath, '--version'], /\d+\.\d+/),
        okrEmpty: () => runCheck(cliPath, emptyDir, today),
    };
    const names = Object.keys(commands);
    const result = Object.fromEntries(names.map(name => [name, { ms: [], cpuMs: [], peakMB: [] }]));
    for (let round = -1; round < runs; round++) {
        const start = Math.max(0, round) % names.length;
        for (const name of [...names.slice(start), ...names.slice(0, start)]) {
            const run = await commands[name]();
            const own = result[name];
            // Every run must have done the whole job: the same number of errors each time.
            if (run.errors !== undefined) {
                if (own.errors !== undefined && own.errors !== run.errors) throw new Error(`ajv-cli found ${run.errors} errors, before ${own.errors}`);
                own.errors = run.errors;
            }
            if (run.summary) own.summary = run.summary;
            if (round < 0) continue;
            own.ms.push(run.ms);
            if (run.cpuMs !== undefined) own.cpuMs.push(run.cpuMs);
            if (run.peakMB !== undefined) own.peakMB.push(run.peakMB);
        }
    }
    if (result.ajvYaml.errors !== result.ajvJson.errors) throw new Error(`ajv-cli found ${result.ajvYaml.errors} errors in the YAML twin and ${result.ajvJson.errors} in the JSON twin`);
    return result;
}
