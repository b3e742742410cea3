/**
 * Applies the editor's `okr.*` settings (`okr.today`, `okr.rules`, `okr.fiscalYearStartMonth`)
 * to the checks, at start-up before the first workspace build and whenever they change.
 * Settings come through Langium's ConfigurationProvider (workspace/configuration, then
 * workspace/didChangeConfiguration). A bad value is reported once and ignored, never fatal.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { resolveConfig } from '../config/config.js';
import { parseDay } from '../model/dates.js';
import type { OkrServices } from '../okr-module.js';
import { revalidateAll } from './revalidate.js';

const SECTION = 'okr';
/** Clients that never answer workspace/configuration must not block the first build. */
const CONFIGURATION_TIMEOUT_MS = 3000;

interface EditorSettings { today?: unknown; rules?: unknown; fiscalYearStartMonth?: unknown }

export function syncEditorSettings(shared: LangiumSharedServices, okr: OkrServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const settings = okr.okr.Settings;
    let applied = JSON.stringify(undefined);
    let reported = '';

    const apply = (values: EditorSettings | undefined): boolean => {
        const problems: string[] = [];
        const today = typeof values?.today === 'string' ? values.today.trim() : '';
        if (today && parseDay(today) === undefined) problems.push(`"okr.today" must be a date as YYYY-MM-DD, not "${today}"; using the real date`);
        const overrides: Record<string, unknown> = {};
        if (values?.rules !== undefined && values.rules !== null && !isEmptyObject(values.rules)) overrides.rules = values.rules;
        if (values?.fiscalYearStartMonth !== undefined && values.fiscalYearStartMonth !== null) overrides.fiscalYearStartMonth = values.fiscalYearStartMonth;
        const hasOverrides = Object.keys(overrides).length > 0;
        // Each setting is the configuration key of the same name: `okr.rules` is `rules`.
        problems.push(...resolveConfig(overrides, undefined, 'editor').problems.map(p => `"okr.${p.path[0]}": ${p.message}`));

        const key = problems.join('\n');
        if (key && key !== reported) {
            // A notification, not showWarningMessage (a request some clients do not answer).
            shared.lsp.Connection?.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `OKR settings: ${problems.join('; ')}.` })
                .catch(() => undefined);
        }
        reported = key;

        const next = JSON.stringify({ today: problems.some(p => p.startsWith('"okr.today"')) ? '' : today, overrides: hasOverrides ? overrides : undefined });
        if (next === applied) return false;
        applied = next;
        settings.setToday(today && parseDay(today) !== undefined ? today : undefined);
        settings.editorOverrides = hasOverrides ? overrides : undefined;
        return true;
    };

    const readAll = async (): Promise<EditorSettings> => ({
        today: await configuration.getConfiguration(SECTION, 'today'),
        rules: await configuration.getConfiguration(SECTION, 'rules'),
        fiscalYearStartMonth: await configuration.getConfiguration(SECTION, 'fiscalYearStartMonth'),
    });

    // Hold the workspace lock from `initialize` until the settings arrive: the workspace
    // manager's first build queues behind it, so the first diagnostics already use them.
    shared.lsp.LanguageServer.onInitialize(() => {
        shared.workspace.WorkspaceLock.write(async () => {
            const timeout = new Promise<void>(resolve => setTimeout(resolve, CONFIGURATION_TIMEOUT_MS).unref());
            await Promise.race([configuration.ready, timeout]);
            apply(await Promise.race([readAll(), timeout.then(() => undefined)]));
        }).catch(error => console.error('OKR: reading the editor settings failed:', error));
    });

    configuration.onConfigurationSectionUpdate(update => {
        if (update.section !== SECTION) return;
        if (apply(update.configuration as EditorSettings | undefined)) revalidateAll(shared);
    });
}

function isEmptyObject(value: unknown): boolean {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
