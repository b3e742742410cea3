/**
 * A stand-in for the `vscode` module, just enough for the extension and vscode-languageclient
 * to activate and start the language server outside VS Code (activation benchmark only).
 * What matters is implemented (Uri, events, configuration, workspace folders, output channels);
 * everything else is an inert object that accepts any call.
 */
const path = require('node:path');
const { URI, Utils } = require('vscode-uri');

function inert(name) {
    const cache = new Map();
    return new Proxy(function () {}, {
        get(_target, property) {
            if (property === 'then') return undefined;
            if (property === Symbol.iterator) return function* () {};
            if (property === Symbol.toPrimitive) return () => 0;
            if (property === 'dispose') return () => {};
            if (property === 'toString') return () => name;
            if (!cache.has(property)) cache.set(property, inert(`${name}.${String(property)}`));
            return cache.get(property);
        },
        apply: () => inert(`${name}()`),
        construct: () => inert(`new ${name}`),
    });
}

/** A namespace whose listed members are real and whose other members are inert. */
function namespace(name, members) {
    return new Proxy(members, { get: (target, property) => (property in target ? target[property] : inert(`${name}.${String(property)}`)) });
}

class Disposable {
    constructor(callOnDispose) { this.callOnDispose = callOnDispose; }
    static from(...disposables) { return new Disposable(() => disposables.forEach(d => d?.dispose?.())); }
    dispose() { this.callOnDispose?.(); this.callOnDispose = undefined; }
}

class EventEmitter {
    listeners = new Set();
    event = (listener, thisArg, disposables) => {
        const entry = thisArg ? listener.bind(thisArg) : listener;
        this.listeners.add(entry);
        const disposable = new Disposable(() => this.listeners.delete(entry));
        disposables?.push(disposable);
        return disposable;
    };
    fire(value) { for (const listener of [...this.listeners]) listener(value); }
    dispose() { this.listeners.clear(); }
}

const noEvent = () => new Disposable();
const Uri = Object.assign(Object.create(null), { file: URI.file, parse: URI.parse, from: URI.from, joinPath: Utils.joinPath, isUri: value => URI.isUri(value) });

function configuration() {
    return { get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => {} };
}

function outputChannel(name) {
    const lines = [];
    return namespace(`OutputChannel(${name})`, {
        name, lines, logLevel: 2, onDidChangeLogLevel: noEvent,
        append: text => lines.push(text), appendLine: text => lines.push(text), replace() {}, clear() {}, show() {}, hide() {}, dispose() {},
        trace() {}, debug() {}, info: text => lines.push(text), warn: text => lines.push(text), error: text => lines.push(String(text)),
    });
}

function memento() {
    const values = new Map();
    return { get: (key, fallback) => (values.has(key) ? values.get(key) : fallback), update: async (key, value) => { values.set(key, value); }, keys: () => [...values.keys()], setKeysForSync() {} };
}

exports.createVscodeStub = function createVscodeStub(workspaceDir) {
    const folders = workspaceDir ? [{ uri: URI.file(workspaceDir), name: path.basename(workspaceDir), index: 0 }] : undefined;
    return namespace('vscode', {
        version: '1.100.3',
        Uri, Disposable, EventEmitter,
        ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
        ExtensionMode: { Production: 1, Development: 2, Test: 3 },
        workspace: namespace('workspace', {
            workspaceFolders: folders, rootPath: workspaceDir, name: 'bench', isTrusted: true, textDocuments: [], notebookDocuments: [],
            getConfiguration: configuration, getWorkspaceFolder: () => folders?.[0],
            onDidChangeConfiguration: noEvent, onDidOpenTextDocument: noEvent, onDidCloseTextDocument: noEvent, onDidChangeTextDocument: noEvent,
            onDidSaveTextDocument: noEvent, onWillSaveTextDocument: noEvent, onDidChangeWorkspaceFolders: noEvent,
            onDidOpenNotebookDocument: noEvent, onDidCloseNotebookDocument: noEvent, onDidChangeNotebookDocument: noEvent, onDidSaveNotebookDocument: noEvent,
            onDidCreateFiles: noEvent, onDidRenameFiles: noEvent, onDidDeleteFiles: noEvent, onWillCreateFiles: noEvent, onWillRenameFiles: noEvent, onWillDeleteFiles: noEvent,
        }),
        window: namespace('window', {
            activeTextEditor: undefined, visibleTextEditors: [], tabGroups: { all: [], onDidChangeTabs: noEvent, onDidChangeTabGroups: noEvent },
            createOutputChannel: outputChannel, onDidChangeActiveTextEditor: noEvent, onDidChangeVisibleTextEditors: noEvent,
            showErrorMessage: async () => undefined, showWarningMessage: async () => undefined, showInformationMessage: async () => undefined,
            registerWebviewPanelSerializer: () => new Disposable(),
        }),
        commands: namespace('commands', {
            registerCommand: () => new Disposable(), executeCommand: async () => undefined, getCommands: async () => [],
        }),
        languages: namespace('languages', {
            createDiagnosticCollection: name => namespace(`DiagnosticCollection(${name})`, { name, set() {}, delete() {}, clear() {}, forEach() {}, get: () => [], has: () => false, dispose() {} }),
            match: () => 10, getLanguages: async () => ['okr'],
        }),
        env: namespace('env', { appName: 'Visual Studio Code', appRoot: '', language: 'en', machineId: 'bench', sessionId: 'bench', uiKind: 1, remoteName: undefined, shell: '/bin/sh' }),
        extensions: namespace('extensions', { all: [], getExtension: () => undefined, onDidChange: noEvent }),
        createExtensionContext(extensionDir) {
            return namespace('ExtensionContext', {
                subscriptions: [], extensionPath: extensionDir, extensionUri: URI.file(extensionDir), extensionMode: 1,
                asAbsolutePath: relative => path.join(extensionDir, relative),
                globalState: memento(), workspaceState: memento(),
                storageUri: undefined, globalStorageUri: URI.file(path.join(extensionDir, '.bench-storage')), logUri: URI.file(path.join(extensionDir, '.bench-log')),
            });
        },
    });
};
