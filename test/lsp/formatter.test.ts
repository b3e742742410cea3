import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { TextDocument } from 'langium';
import { clearDocuments, expectFormatting, parseHelper } from 'langium/test';
import { formatText, type Model } from 'okr-language';
import { createServices, hasSyntaxErrors, okrFiles } from './helpers.js';

const { Okr } = createServices();
const parse = parseHelper<Model>(Okr);
const formatting = expectFormatting(Okr);
const expectFormatted = (input: Parameters<typeof formatting>[0]) => formatting({ ...input, disposeAfterCheck: true });

const MESSY = `


   // header comment   
company   acme "Acme"{lead "Dana"}
team t "T" in acme



strategy s   "S"
/* block
   comment */
kpis t { kpi k "K" { owner "x"   expected 10 .. 14   days cadence   weekly
reading 2026-01-01=12 }
     // lonely comment


  kpi k2 "K2" {


  expected >=   90%
      // before close
  }}
okrs t 2026-Q4 {
objective o "O" { owner "a" aligns s , s2 guardrails k,k2
kr "x" from 21 to 10 days // trailing
kr y "Y" { to $1.2M checkin 2026-11-04=14 confidence 0.6 "note"   initiative "i" done }
   kr z "Z" milestone { checkin 2026-11-01 = done }
}
  committed objective o2 "O2" {}
}
cycle c "C" from 2026-01-01 to 2026-02-01   `;

const CANONICAL = `// header comment
company acme "Acme" { lead "Dana" }
team t "T" in acme

strategy s "S"
/* block
   comment */
kpis t {
  kpi k "K" {
    owner "x"
    expected 10..14 days
    cadence weekly
    reading 2026-01-01 = 12
  }
  // lonely comment

  kpi k2 "K2" {
    expected >= 90%
    // before close
  }
}
okrs t 2026-Q4 {
  objective o "O" {
    owner "a"
    aligns s, s2
    guardrails k, k2
    kr "x" from 21 to 10 days // trailing
    kr y "Y" {
      to $1.2M
      checkin 2026-11-04 = 14 confidence 0.6 "note"
      initiative "i" done
    }
    kr z "Z" milestone {
      checkin 2026-11-01 = done
    }
  }
  committed objective o2 "O2" {}
}
cycle c "C" from 2026-01-01 to 2026-02-01
`;

/** The AST as JSON, without positions: formatting must never change it. */
async function astOf(text: string): Promise<string> {
    const document = await parse(text);
    const json = Okr.serializer.JsonSerializer.serialize(document.parseResult.value, { refText: true, textRegions: false, comments: false });
    await clearDocuments(Okr, [document]);
    return json.replace(/"\$ref":"[^"#]*#/g, '"$ref":"#');
}

async function diagnosticsOf(text: string): Promise<string[]> {
    // One URI for both versions: messages may name the file.
    const document = await parse(text, { validation: true, documentUri: 'file:///ws/checked.okr' });
    await clearDocuments(Okr, [document]);
    return (document.diagnostics ?? []).map(d => `${d.code} ${d.message}`).sort();
}

const commentsOf = (text: string) => (text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? []).map(comment => comment.trimEnd());

describe('formatter', () => {
    it('turns messy input into the canonical layout', async () => {
        await expectFormatted({ before: MESSY, after: CANONICAL });
    });

    it('leaves canonical text unchanged (idempotent)', async () => {
        await expectFormatted({ before: CANONICAL, after: CANONICAL });
    });

    it('keeps every comment, in order, and trailing comments on their line', async () => {
        const formatted = await formatText(Okr, MESSY);
        expect(commentsOf(formatted!)).toEqual(commentsOf(MESSY));
        expect(formatted).toContain('kr "x" from 21 to 10 days // trailing\n');
    });

    it('changes only whitespace: same AST and comments for messy input', async () => {
        const formatted = await formatText(Okr, MESSY);
        expect(await astOf(formatted!)).toBe(await astOf(MESSY));
        expect(formatted!.replace(/\s+/g, '')).toBe(MESSY.replace(/\s+/g, ''));
    });

    it('never moves tokens onto or off a line that a suppression comment names', async () => {
        const text = `team t "T"
okrs t 2026-Q4 {
  objective o "O" {
    // okr-disable-next-line checkin-outside-cycle
    kr "k" from 1 to 2 { checkin 2026-01-01 = 1 }
    kr   "j"   from 1 to 2 { checkin 2026-01-01 = 1 }  // okr-disable-line checkin-outside-cycle
  }
}
`;
        const formatted = await formatText(Okr, text);
        expect(formatted).toBe(`team t "T"
okrs t 2026-Q4 {
  objective o "O" {
    // okr-disable-next-line checkin-outside-cycle
    kr "k" from 1 to 2 { checkin 2026-01-01 = 1 }
    kr "j" from 1 to 2 { checkin 2026-01-01 = 1 }  // okr-disable-line checkin-outside-cycle
  }
}
`);
        expect(await diagnosticsOf(formatted!)).toEqual(await diagnosticsOf(text));
    });

    it('uses 2-space indentation whatever the editor asks for', async () => {
        await expectFormatted({ before: CANONICAL, after: CANONICAL, options: { insertSpaces: false, tabSize: 8 } });
    });

    it('keeps Windows line endings', async () => {
        const crlf = 'company a "A"   \r\nteam b "B" in a\r\n\r\n\r\nstrategy s "S"';
        expect(await formatText(Okr, crlf)).toBe('company a "A"\r\nteam b "B" in a\r\n\r\nstrategy s "S"\r\n');
    });

    it('leaves a document with syntax errors alone', async () => {
        const broken = 'kpis t {   kpi k "K" {  owner  }\n   strategy   s "S"';
        const document = await parse(broken);
        expect(hasSyntaxErrors(document)).toBe(true);
        expect(await Okr.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { insertSpaces: true, tabSize: 2 } })).toEqual([]);
        expect(await formatText(Okr, broken)).toBeUndefined();
    });

    it('formats only the requested range', async () => {
        const text = 'strategy   a "A"\nstrategy   b "B"\n';
        const document = await parse(text);
        const edits = await Okr.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() }, options: { insertSpaces: true, tabSize: 2 },
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } },
        });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('strategy   a "A"\nstrategy b "B"\n');
    });

    const files = okrFiles('test/fixtures', 'examples');
    it.each(files)('%s: idempotent, same AST, same diagnostics (or untouched when it does not parse)', async file => {
        const original = fs.readFileSync(file, 'utf8');
        const document = await parse(original);
        const parses = !hasSyntaxErrors(document);
        await clearDocuments(Okr, [document]);
        const formatted = await formatText(Okr, original);
        if (!parses) {
            expect(formatted).toBeUndefined();
            return;
        }
        expect(await formatText(Okr, formatted!)).toBe(formatted);
        expect(await astOf(formatted!)).toBe(await astOf(original));
        expect(await diagnosticsOf(formatted!)).toEqual(await diagnosticsOf(original));
        expect(commentsOf(formatted!)).toEqual(commentsOf(original));
    });

    it('finds the spec example among the files', () => {
        expect(files).toContain('test/fixtures/spec/example.okr');
    });
});
