/**
 * The diagnostic catalog: one place for every code, its default severity and its
 * default thresholds. The validator tags diagnostics with these codes (`data: { code }`),
 * the configuration overrides them, and the code-action provider switches on them.
 */
/** The severities, most severe first: in the order of LSP's DiagnosticSeverity (1 error … 4 hint). */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export const SEVERITY_SETTINGS = [...SEVERITIES, 'off'] as const;
export type Severity = typeof SEVERITIES[number];
export type SeveritySetting = typeof SEVERITY_SETTINGS[number];

/** LSP's number for a severity (1 error … 4 hint). */
export const lspSeverity = (severity: Severity): 1 | 2 | 3 | 4 => (SEVERITIES.indexOf(severity) + 1) as 1 | 2 | 3 | 4;
/** The severity of an LSP number; a diagnostic without one is an error. */
export const severityOfLsp = (severity: number | undefined): Severity => SEVERITIES[(severity ?? 1) - 1] ?? 'error';

export const DiagnosticCode = {
    Syntax: 'syntax',
    InvalidDate: 'invalid-date',
    InvalidNumber: 'invalid-number',
    InvalidConfidence: 'invalid-confidence',
    InvalidWeight: 'invalid-weight',
    MisplacedUnit: 'misplaced-unit',
    UnresolvedReference: 'unresolved-reference',
    DuplicateId: 'duplicate-id',
    AlignmentCycle: 'alignment-cycle',
    InvalidRange: 'invalid-range',
    NoChange: 'no-change',
    TooManyObjectives: 'too-many-objectives',
    TooManyKeyResults: 'too-many-key-results',
    MissingKeyResults: 'missing-key-results',
    ActivityKeyResult: 'activity-key-result',
    UnmeasurableKeyResult: 'unmeasurable-key-result',
    MaintenanceObjective: 'maintenance-objective',
    KpiMissingRange: 'kpi-missing-range',
    KpiMissingOwner: 'kpi-missing-owner',
    KpiMissingCadence: 'kpi-missing-cadence',
    KpiMissingDefinition: 'kpi-missing-definition',
    TooManyKpis: 'too-many-kpis',
    TargetInsideRange: 'target-inside-range',
    BreachedKpiWithoutOkr: 'breached-kpi-without-okr',
    UnalignedObjective: 'unaligned-objective',
    AlignmentDirection: 'alignment-direction',
    MissingOwner: 'missing-owner',
    StaleCheckin: 'stale-checkin',
    CheckinOutsideCycle: 'checkin-outside-cycle',
    UnitMismatch: 'unit-mismatch',
    RepeatedObjective: 'repeated-objective',
    Sandbagging: 'sandbagging',
    UnusedSuppression: 'unused-suppression',
    StaleBaseline: 'stale-baseline',
} as const;

export type DiagnosticCode = typeof DiagnosticCode[keyof typeof DiagnosticCode];

export interface RuleInfo {
    severity: Severity;
    /** Default thresholds, overridable as `["warning", { ... }]` in okr.config.json. */
    options?: Record<string, number>;
    description: string;
}

export const RULES: Record<DiagnosticCode, RuleInfo> = {
    'syntax': { severity: 'error', description: 'The text does not parse.' },
    'invalid-date': { severity: 'error', description: 'A date has the shape YYYY-MM-DD but is not on the calendar.' },
    'invalid-number': { severity: 'error', description: 'A value is not a finite number the language reads (too large, or in scientific notation).' },
    'invalid-confidence': { severity: 'error', description: 'A check-in confidence is outside 0.0–1.0.' },
    'invalid-weight': { severity: 'error', description: 'A key result weight is negative.' },
    'misplaced-unit': { severity: 'error', description: 'A unit sits where the cascade does not allow it (a company in another unit, a team in a team).' },
    'unresolved-reference': { severity: 'error', description: 'A reference names nothing.' },
    'duplicate-id': { severity: 'error', description: 'Two elements of the same kind share an ID.' },
    'alignment-cycle': { severity: 'error', description: 'Following `aligns` returns to the start.' },
    'invalid-range': { severity: 'error', description: 'An expected range LOW..HIGH has LOW > HIGH.' },
    'no-change': { severity: 'error', description: "A key result's from equals its to." },
    'too-many-objectives': { severity: 'warning', options: { max: 5 }, description: 'A unit has too many objectives in one cycle.' },
    'too-many-key-results': { severity: 'warning', options: { max: 5 }, description: 'An objective has too many key results.' },
    'missing-key-results': { severity: 'warning', description: 'An objective has no key result.' },
    'activity-key-result': { severity: 'warning', description: 'A key result describes a task or output instead of an outcome.' },
    'unmeasurable-key-result': { severity: 'warning', description: 'A key result has no measure.' },
    'maintenance-objective': { severity: 'warning', description: 'An objective describes keeping a level: that is a KPI.' },
    'kpi-missing-range': { severity: 'warning', description: 'A KPI has no expected range.' },
    'kpi-missing-owner': { severity: 'warning', description: 'A KPI has no owner.' },
    'kpi-missing-cadence': { severity: 'warning', description: 'A KPI has no review cadence.' },
    'kpi-missing-definition': { severity: 'info', description: 'A KPI has no definition.' },
    'too-many-kpis': { severity: 'warning', options: { max: 10 }, description: 'A unit has too many KPIs.' },
    'target-inside-range': { severity: 'warning', description: "A key result only keeps a KPI inside its expected range." },
    'breached-kpi-without-okr': { severity: 'info', description: 'A breached KPI is not moved by any key result of a current cycle.' },
    'unaligned-objective': { severity: 'info', description: 'A department or team objective aligns to nothing.' },
    'alignment-direction': { severity: 'warning', description: 'An objective aligns to one outside its ancestor units or overlapping cycles.' },
    'missing-owner': { severity: 'info', description: 'An objective has no owner.' },
    'stale-checkin': { severity: 'warning', options: { days: 14 }, description: "A key result's latest check-in is too old." },
    'checkin-outside-cycle': { severity: 'warning', description: 'A check-in is dated outside its cycle.' },
    'unit-mismatch': { severity: 'warning', description: 'A check-in or reading uses another unit than its measure or range.' },
    'repeated-objective': { severity: 'info', description: 'An objective repeats the title of one in the previous cycle.' },
    'sandbagging': { severity: 'info', description: 'An aspirational objective of an ended cycle scored 1.0.' },
    'unused-suppression': { severity: 'info', description: 'An okr-disable comment silences nothing.' },
    'stale-baseline': { severity: 'info', description: 'The baseline allows more problems in a file than are left.' },
};

export const ALL_CODES = Object.keys(RULES) as DiagnosticCode[];

/** Every code but `syntax`: a file that does not parse is always an error, whatever the configuration says. */
export const CONFIGURABLE_CODES = ALL_CODES.filter(code => code !== DiagnosticCode.Syntax);

export function isDiagnosticCode(code: unknown): code is DiagnosticCode {
    return typeof code === 'string' && Object.prototype.hasOwnProperty.call(RULES, code);
}
