// code-server 4.100.3 (= VS Code 1.100.3, the newest that runs on Node 20), installed offline
// from the npm registry into .e2e/code-server (git-ignored, reused), and started per test run
// with its own profile, bound to 127.0.0.1, without auth, telemetry, trust prompt or welcome page.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep as pinned by code-server 4.100.3 (lib/vscode/npm-shrinkwrap.json). Its postinstall
// downloads ripgrep from GitHub unless <tmpdir>/vscode-ripgrep-cache-<version>/<asset> exists.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET = {
    x64: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
    arm64: 'ripgrep-v13.0.0-10-aarch64-unknown-linux-gnu.tar.gz',
}[process.arch];

export function codeServerPaths(cacheDir) {
    const prefix = path.join(cacheDir, 'code-server');
    const pkg = path.join(prefix, 'node_modules/code-server');
    return {
        prefix,
        entry: path.join(pkg, 'out/node/entry.js'),
        ripgrep: path.join(pkg, 'lib/vscode/node_modules/@vscode/ripgrep/bin/rg'),
        packageJson: path.join(pkg, 'package.json'),
    };
}

function installedVersion(paths) {
    try {
        if (!fs.existsSync(paths.entry) || !fs.existsSync(paths.ripgrep)) return undefined;
        return JSON.parse(fs.readFileSync(paths.packageJson, 'utf8')).version;
    } catch {
        return undefined;
    }
}

/** Installs code-server into `<cacheDir>/code-server` unless that version is already there. */
export function ensureCodeServer(cacheDir, log) {
    const paths = codeServerPaths(cacheDir);
    if (installedVersion(paths) === CODE_SERVER_VERSION) {
        log(`code-server ${CODE_SERVER_VERSION} present in ${path.relative(process.cwd(), paths.prefix)}`);
        return paths;
    }
    if (process.platform !== 'linux' || !RIPGREP_ASSET) throw new Error('the e2e tests install code-server on Linux x64/arm64 only');
    const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find(p => fs.existsSync(p));
    if (!rg) throw new Error('ripgrep is missing: run scripts/install-e2e-deps.sh first');
    log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), paths.prefix)} (once, about 2 minutes)`);

    // Offer the system's rg as the "cached download" of @vscode/ripgrep's postinstall.
    const tmp = path.join(cacheDir, 'install-tmp');
    const rgCache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
    fs.mkdirSync(rgCache, { recursive: true });
    const staging = fs.mkdtempSync(path.join(tmp, 'rg-'));
    fs.copyFileSync(rg, path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    run('tar', ['czf', path.join(rgCache, RIPGREP_ASSET), '-C', staging, 'rg']);
    fs.rmSync(staging, { recursive: true, force: true });

    fs.mkdirSync(paths.prefix, { recursive: true });
    const manifest = path.join(paths.prefix, 'package.json');
    if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, JSON.stringify({ name: 'okr-e2e-code-server', private: true }) + '\n');
    const env = {
        ...process.env,
        TMPDIR: tmp,
        // node-pty's postinstall runs `npx node-gyp`: a `yes=false` in ~/.npmrc would cancel it.
        npm_config_yes: 'true',
        // Native modules build against the local Node headers instead of downloading them.
        ...(fs.existsSync('/usr/include/node/common.gypi') ? { npm_config_nodedir: process.env.npm_config_nodedir || '/usr' } : {}),
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
    };
    run('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`],
        { cwd: paths.prefix, env });
    if (installedVersion(paths) !== CODE_SERVER_VERSION) throw new Error(`code-server install incomplete (missing ${paths.entry} or ${paths.ripgrep})`);
    fs.rmSync(tmp, { recursive: true, force: true });
    return paths;
}

function run(command, args, options = {}) {
    const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
}

/** User settings for a quiet, deterministic workbench. */
const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'editor.hover.delay': 100,
    'editor.minimap.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
};

export function portFree(port) {
    return new Promise(resolve => {
        const server = net.createServer().once('error', () => resolve(false))
            .once('listening', () => server.close(() => resolve(true))).listen(port, '127.0.0.1');
    });
}

async function freePort(preferred) {
    for (let port = preferred; port < preferred + 50; port++) if (await portFree(port)) return port;
    throw new Error(`no free port from ${preferred}`);
}

/**
 * A code-server with its own profile under `runDir`, the `vsix` (if any) installed, serving `workspace`.
 * Every folder it, its extension host and the language server write to lives in the run folder;
 * sockets go to a short temporary folder (unix socket paths must stay under 108 characters).
 */
export async function startCodeServer({ paths, runDir, vsix, workspace, port = 18080, log }) {
    fs.mkdirSync(path.join(runDir, 'user-data/User'), { recursive: true });
    fs.writeFileSync(path.join(runDir, 'user-data/User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-e2e-'));
    const env = {
        ...process.env,
        XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
        XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
        XDG_CACHE_HOME: path.join(runDir, 'xdg-cache'),
        TMPDIR: socketDir,
        XDG_RUNTIME_DIR: socketDir,
    };
    const common = ['--config', path.join(runDir, 'config.yaml'),
        '--user-data-dir', path.join(runDir, 'user-data'),
        '--extensions-dir', path.join(runDir, 'extensions')];

    if (vsix) {
        const install = spawnSync(process.execPath, [paths.entry, ...common, '--install-extension', vsix, '--force'], { env, encoding: 'utf8' });
        if (install.status !== 0) throw new Error(`installing ${vsix} failed:\n${install.stdout}${install.stderr}`);
        log(install.stdout.trim().split('\n').pop());
    }

    port = await freePort(port);
    const child = spawn(process.execPath, [paths.entry, ...common,
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
        workspace,
    ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }); // own process group, see stop()
    const logFile = fs.createWriteStream(path.join(runDir, 'code-server.log'));
    child.stdout.pipe(logFile);
    child.stderr.pipe(logFile);
    await new Promise((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60_000);
        const onData = data => {
            output += data;
            if (/HTTP server listening/.test(output)) { clearTimeout(timer); resolve(); }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', code => { clearTimeout(timer); reject(new Error(`code-server exited ${code}:\n${output}`)); });
    });

    const groupAlive = () => { try { process.kill(-child.pid, 0); return true; } catch { return false; } };
    return {
        url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
        /** A path on this machine as the browser workbench names it (its remote authority is the server). */
        remoteUri: file => `vscode-remote://127.0.0.1:${port}${file}`,
        userData: path.join(runDir, 'user-data'),
        /** code-server → extension host → language server: signal the whole process group. */
        async stop() {
            try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
            for (let i = 0; i < 50 && groupAlive(); i++) await new Promise(r => setTimeout(r, 100));
            if (groupAlive()) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
            fs.rmSync(socketDir, { recursive: true, force: true });
        },
    };
}
