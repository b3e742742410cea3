/**
 * The JSON Schema (draft-07, which both yaml-language-server and ajv-cli read) of the twin
 * (twin.mjs): the rules of the `.okr` language that a schema can express. Required fields
 * where the language requires them or warns without them (a KPI's owner, range and cadence,
 * a key result's measure), enums (cadence, commitment), number types, ranges (confidence
 * 0–1, a positive weight) and counts at the warnings' thresholds (at most 5 objectives per
 * block, 1–5 key results per objective, at most 10 KPIs per unit).
 * What no schema can say is left to `okr check`: references, duplicate IDs across the
 * document, alignment cycles, LOW ≤ HIGH, from ≠ to, check-in dates inside the cycle, the
 * text rules. Severity `info` rules of the language (an objective's owner, a KPI's
 * definition) are not required: a schema has only errors.
 */
const id = { type: 'string', pattern: '^[_a-zA-Z]\\w*(-\\w+)*$' }; // the language's ID terminal
const ids = { type: 'array', items: id, minItems: 1 };
const text = { type: 'string', minLength: 1 };
const date = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' };
const object = (properties, required = []) => ({ type: 'object', properties, required, additionalProperties: false });

const unit = parent => object({ id, name: text, in: id, lead: text }, parent ? ['id', 'name', 'in'] : ['id', 'name']);

const kpi = object({
    id, name: text, owner: text, definition: text, unit: text,
    expected: {
        oneOf: [
            object({ min: { type: 'number' }, max: { type: 'number' } }, ['min', 'max']),
            object({ atLeast: { type: 'number' } }, ['atLeast']),
            object({ atMost: { type: 'number' } }, ['atMost']),
        ],
    },
    cadence: { enum: ['daily', 'weekly', 'monthly', 'quarterly'] },
    readings: { type: 'array', items: object({ date, value: { type: 'number' } }, ['date', 'value']) },
}, ['id', 'name', 'owner', 'expected', 'cadence']);

const keyResult = object({
    id, title: text, unit: text, owner: text, moves: id,
    measure: {
        oneOf: [
            object({ from: { type: 'number' }, to: { type: 'number' } }, ['from', 'to']),
            object({ to: { type: 'number' } }, ['to']),
            object({ milestone: { const: true } }, ['milestone']),
        ],
    },
    weight: { type: 'number', exclusiveMinimum: 0 },
    checkins: {
        type: 'array',
        items: object({
            date, value: { anyOf: [{ type: 'number' }, { const: 'done' }] },
            confidence: { type: 'number', minimum: 0, maximum: 1 }, note: text,
        }, ['date', 'value']),
    },
    initiatives: { type: 'array', items: object({ title: text, done: { type: 'boolean' } }, ['title']) },
}, ['title', 'measure']);

const objective = object({
    id, title: text, commitment: { enum: ['committed', 'aspirational'] }, owner: text,
    aligns: ids, guardrails: ids,
    keyResults: { type: 'array', items: keyResult, minItems: 1, maxItems: 5 },
    initiatives: { type: 'array', items: text },
}, ['id', 'title', 'keyResults']);

export const twinSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Goals (the twin of a .okr file)',
    ...object({
        company: unit(false),
        departments: { type: 'array', items: unit(true) },
        teams: { type: 'array', items: unit(true) },
        strategies: { type: 'array', items: object({ id, statement: text }, ['id', 'statement']) },
        cycles: { type: 'array', items: object({ id, name: text, from: date, to: date }, ['id', 'name', 'from', 'to']) },
        kpis: { type: 'array', items: object({ unit: id, kpis: { type: 'array', items: kpi, maxItems: 10 } }, ['unit', 'kpis']) },
        okrs: {
            type: 'array',
            items: object({
                unit: id,
                cycle: { anyOf: [{ type: 'string', pattern: '^\\d{4}-(Q[1-4]|H[12])$' }, id] },
                objectives: { type: 'array', items: objective, maxItems: 5 },
            }, ['unit', 'cycle', 'objectives']),
        },
    }, ['company', 'okrs']),
};

export const renderTwinSchema = () => `${JSON.stringify(twinSchema, null, 2)}\n`;
