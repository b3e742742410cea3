/** Shared set-up for the language-server feature tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { createOkrServices, type Model } from 'okr-language';

export const TODAY = '2026-11-10';

export function createServices() {
    const services = createOkrServices(EmptyFileSystem);
    services.Okr.okr.Settings.setToday(TODAY);
    return services;
}

/** Every `.okr` file under the given folders (the fixtures and examples, as they are added). */
export function okrFiles(...folders: string[]): string[] {
    return folders
        .filter(folder => fs.existsSync(folder))
        .flatMap(folder => fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).map(file => path.join(folder, file)))
        .filter(file => file.endsWith('.okr'))
        .sort();
}

export function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/** The position of the first occurrence of `text` (plus `shift` characters) in `source`. */
export function offsetOf(source: string, text: string, shift = 0): number {
    const offset = source.indexOf(text);
    if (offset < 0) throw new Error(`"${text}" not found`);
    return offset + shift;
}

export type { Model };
