/**
 * What the checks of one document depend on besides its text: the okr.config.json found
 * upwards from the file (or given with --config), editor settings, and "today".
 * Shared by the CLI and the language server, so both apply the same configuration.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { defaultConfig, parseConfigText, resolveConfig, type OkrConfig } from './config.js';
import { localToday, parseDay } from './dates.js';

export const CONFIG_FILE_NAME = 'okr.config.json';

export interface DocumentSettings {
    config: OkrConfig;
    /** The configuration file that applies, if any. */
    configPath?: string;
    /** Problems found in that file (and in editor settings); defaults fill in. */
    configProblems: string[];
    today: number;
}

interface LoadedConfig { configPath?: string; config: OkrConfig; problems: string[] }

export class OkrSettings {
    /** Fixed "today" (`--today`, the `okr.today` setting, tests). */
    todayOverride?: number;
    /** A configuration file that replaces the upward search (`--config`). */
    explicitConfigPath?: string;
    /** Editor settings (`okr.rules`, `okr.fiscalYearStartMonth`), applied over the file. */
    editorOverrides?: unknown;

    private readonly byDirectory = new Map<string, LoadedConfig>();

    setToday(date: string | undefined): void {
        this.todayOverride = date ? parseDay(date) : undefined;
    }

    /** Forget cached configuration files, e.g. after okr.config.json changed. */
    clearCache(): void {
        this.byDirectory.clear();
    }

    today(): number {
        return this.todayOverride ?? localToday();
    }

    forDocument(uri: URI): DocumentSettings {
        const loaded = uri.scheme === 'file' ? this.loadFor(path.dirname(uri.fsPath)) : { config: defaultConfig(), problems: [] };
        let { config, problems } = loaded;
        if (this.editorOverrides !== undefined) {
            const overlay = resolveConfig(this.editorOverrides, config);
            config = overlay.config;
            problems = [...problems, ...overlay.problems.map(p => `editor settings: ${p}`)];
        }
        return { config, configPath: loaded.configPath, configProblems: problems, today: this.today() };
    }

    private loadFor(directory: string): LoadedConfig {
        if (this.explicitConfigPath) return this.cached(this.explicitConfigPath, () => readConfig(this.explicitConfigPath!));
        return this.cached(directory, () => {
            const file = path.join(directory, CONFIG_FILE_NAME);
            if (fs.existsSync(file)) return readConfig(file);
            const parent = path.dirname(directory);
            return parent === directory ? { config: defaultConfig(), problems: [] } : this.loadFor(parent);
        });
    }

    private cached(key: string, load: () => LoadedConfig): LoadedConfig {
        let loaded = this.byDirectory.get(key);
        if (!loaded) {
            loaded = load();
            this.byDirectory.set(key, loaded);
        }
        return loaded;
    }
}

export function readConfig(configPath: string): LoadedConfig {
    let text: string;
    try {
        text = fs.readFileSync(configPath, 'utf8');
    } catch (error) {
        return { configPath, config: defaultConfig(), problems: [`cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
    }
    const { config, problems } = parseConfigText(text);
    return { configPath, config, problems };
}
