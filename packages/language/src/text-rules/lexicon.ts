/**
 * Word lists behind the text rules, grouped by what they signal. Words are matched after
 * light stemming (see `stem` in index.ts), so "launch", "launches", "launched" and
 * "launching" all count.
 */

/** Verbs that name work to be done: a key result that starts with one describes a task. */
export const ACTIVITY_VERBS = new Set([
    'launch', 'ship', 'release', 'publish', 'write', 'create', 'build', 'develop', 'implement', 'design', 'redesign',
    'hold', 'host', 'run', 'conduct', 'organize', 'organise', 'complete', 'finish', 'deliver', 'deploy', 'roll', 'set',
    'establish', 'introduce', 'hire', 'recruit', 'train', 'attend', 'send', 'prepare', 'draft', 'document', 'migrate',
    'refactor', 'integrate', 'add', 'update', 'define', 'research', 'test', 'interview', 'schedule', 'plan', 'review',
    'audit', 'evaluate', 'start', 'begin', 'perform', 'do', 'produce', 'record', 'post', 'submit', 'present', 'meet',
    'call', 'contact', 'visit', 'participate', 'sponsor', 'speak', 'create', 'map', 'identify', 'analyze', 'analyse',
    'assess', 'explore', 'investigate', 'pilot', 'prototype', 'upgrade', 'install', 'configure', 'automate', 'rewrite',
    'translate', 'onboard', 'kick', 'finalize', 'finalise', 'approve', 'sign', 'negotiate', 'secure', 'announce',
    'open', 'form', 'assemble', 'compile', 'gather', 'collect', 'survey', 'brainstorm', 'outline', 'revamp', 'refresh',
    'overhaul', 'replace', 'remove', 'move', 'transition', 'adopt', 'roll-out', 'rollout', 'shoot', 'film', 'curate',
    'distribute', 'mail', 'email', 'demo', 'teach', 'coach', 'mentor', 'educate', 'celebrate', 'invite', 'select',
    'choose', 'purchase', 'buy', 'procure', 'expand', 'localize', 'localise', 'standardize', 'standardise', 'streamline',
    'clean', 'fix', 'resolve', 'close', 'consolidate', 'partner', 'work', 'focus', 'support', 'help', 'engage', 'share',
]);

/** Verbs that name a change in a result. */
export const CHANGE_VERBS = new Set([
    'increase', 'grow', 'reduce', 'decrease', 'improve', 'raise', 'cut', 'lower', 'boost', 'lift', 'achieve', 'reach',
    'hit', 'double', 'triple', 'halve', 'drive', 'generate', 'gain', 'acquire', 'win', 'attain', 'get', 'earn', 'shorten',
    'accelerate', 'speed', 'minimize', 'minimise', 'maximize', 'maximise', 'eliminate', 'exceed', 'surpass', 'convert',
    'retain', 'expand', 'deepen', 'decline', 'drop', 'rise', 'climb', 'save', 'recover', 'bring', 'make', 'sell', 'close',
    'sign', 'land', 'attract', 'activate', 'enable', 'onboard',
]);

/** Things produced or done: counting them measures effort or output, not a result. */
export const OUTPUT_NOUNS = new Set([
    'post', 'blog', 'article', 'webinar', 'interview', 'meeting', 'workshop', 'training', 'session', 'event', 'campaign',
    'video', 'feature', 'release', 'demo', 'review', 'presentation', 'call', 'email', 'newsletter', 'course', 'tutorial',
    'guide', 'doc', 'documentation', 'podcast', 'episode', 'whitepaper', 'ebook', 'case', 'study', 'story', 'test',
    'experiment', 'prototype', 'mockup', 'wireframe', 'spec', 'report', 'deck', 'slide', 'playbook', 'policy', 'process',
    'plan', 'roadmap', 'strategy', 'program', 'programme', 'initiative', 'project', 'hackathon', 'conference', 'meetup',
    'tweet', 'pitch', 'proposal', 'survey', 'audit', 'assessment', 'evaluation', 'class', 'lesson', 'module', 'sprint',
    'version', 'update', 'page', 'landing', 'website', 'site', 'app', 'tool', 'dashboard', 'integration', 'api', 'hire',
    'engineer', 'developer', 'designer', 'salesperson', 'rep', 'recruiter', 'position', 'role', 'job', 'outreach',
    'partnership', 'certification', 'hour', 'ticket', 'bug', 'task', 'pr', 'commit', 'line',
]);

/** Measures of a result for customers or the business. */
export const METRIC_NOUNS = new Set([
    'rate', 'ratio', 'percent', 'percentage', 'share', 'time', 'nps', 'csat', 'ces', 'score', 'revenue', 'mrr', 'arr',
    'churn', 'retention', 'conversion', 'satisfaction', 'latency', 'uptime', 'availability', 'cost', 'margin', 'profit',
    'growth', 'engagement', 'adoption', 'activation', 'dau', 'mau', 'wau', 'customer', 'user', 'client', 'subscriber',
    'signup', 'sign-up', 'lead', 'sale', 'pipeline', 'booking', 'deal', 'ltv', 'cac', 'nrr', 'grr', 'aov', 'traffic',
    'visitor', 'download', 'install', 'usage', 'velocity', 'throughput', 'cycle', 'lead-time', 'downtime', 'error',
    'defect', 'incident', 'mttr', 'mttd', 'response', 'resolution', 'wait', 'turnover', 'attrition', 'enps', 'accuracy',
    'quality', 'reliability', 'performance', 'speed', 'efficiency', 'productivity', 'utilization', 'occupancy',
    'renewal', 'upsell', 'expansion', 'arpu', 'gmv', 'value', 'roi', 'payback', 'backlog', 'coverage', 'spend',
    'budget', 'savings', 'income', 'ebitda', 'cash', 'burn', 'runway', 'market', 'ranking', 'rating', 'review-score',
    'awareness', 'reach', 'impression', 'click', 'ctr', 'open-rate', 'order', 'transaction', 'member', 'account',
    'participation', 'completion', 'loyalty', 'referral', 'abandonment', 'bounce', 'session-length', 'minute', 'day',
    'second', 'week', 'sla', 'p95', 'p99', 'ms', 'health', 'happiness', 'trust', 'sentiment', 'win', 'lose', 'loss',
]);

/** Phrases that mean holding a level rather than changing it (maintenance objectives). */
export const HOLD_VERBS = new Set(['maintain', 'sustain', 'preserve', 'keep', 'stay', 'remain', 'hold', 'continue', 'protect', 'safeguard', 'uphold', 'retain']);

/** Words after a hold verb that turn it back into a change ("keep improving", "continue to grow"). */
export const CHANGE_AFTER_HOLD = new Set([
    'improve', 'improving', 'grow', 'growing', 'increase', 'increasing', 'raise', 'raising', 'reduce', 'reducing',
    'better', 'faster', 'higher', 'more', 'getting', 'accelerate', 'accelerating', 'expand', 'expanding', 'push',
    'pushing', 'innovate', 'innovating', 'scale', 'scaling', 'lead', 'leading', 'win', 'winning', 'build', 'building',
    'learn', 'learning', 'evolve', 'evolving', 'cut', 'cutting', 'lower', 'lowering', 'boost', 'boosting', 'ship', 'shipping',
    'delight', 'delighting', 'surprise', 'beat', 'outperform', 'double', 'new',
]);
