/** The two text rules as the evaluation sees them. */
import { judgeKeyResultTitle, judgeObjectiveTitle } from '../../packages/language/src/text-rules/index.js';
import type { Rule } from './dataset.js';

export const RULES: Rule[] = [
    { name: 'activity-key-result', dataset: 'key-results', positive: 'activity', judge: judgeKeyResultTitle },
    { name: 'maintenance-objective', dataset: 'objectives', positive: 'maintenance', judge: judgeObjectiveTitle },
];
