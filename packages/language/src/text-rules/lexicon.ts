/**
 * Word lists behind the text rules, grouped by what a word signals in a title. Entries are
 * base forms; `words.ts` finds them from plural, past and -ing forms ("launched", "studies").
 */

/** Verbs that name work to do. A key result led by one describes a task, unless it states the result it should cause. */
export const TASK_VERBS = new Set([
    'launch', 'ship', 'release', 'publish', 'post', 'write', 'draft', 'create', 'build', 'develop', 'design', 'redesign',
    'implement', 'deploy', 'roll', 'install', 'configure', 'setup', 'integrate', 'migrate', 'upgrade', 'refactor', 'automate',
    'document', 'define', 'map', 'outline', 'prepare', 'plan', 'schedule', 'organize', 'organise', 'host', 'run', 'conduct',
    'perform', 'execute', 'undertake', 'complete', 'finish', 'finalize', 'finalise', 'submit', 'present', 'demo', 'record',
    'film', 'shoot', 'produce', 'hire', 'recruit', 'train', 'coach', 'mentor', 'teach', 'educate', 'attend', 'participate',
    'speak', 'sponsor', 'visit', 'call', 'email', 'contact', 'interview', 'survey', 'research', 'investigate', 'explore',
    'analyze', 'analyse', 'assess', 'evaluate', 'audit', 'review', 'test', 'pilot', 'prototype', 'experiment', 'identify',
    'select', 'choose', 'purchase', 'buy', 'procure', 'negotiate', 'announce', 'introduce', 'establish', 'form', 'assemble',
    'open', 'add', 'update', 'refresh', 'revamp', 'overhaul', 'replace', 'clean', 'fix', 'consolidate', 'standardize',
    'standardise', 'streamline', 'localize', 'localise', 'translate', 'transition', 'move', 'collect', 'gather', 'compile',
    'curate', 'distribute', 'invite', 'celebrate', 'brainstorm', 'partner', 'ensure', 'provide', 'offer', 'enable', 'help',
    'focus', 'work', 'begin', 'start', 'kick', 'invest', 'agree', 'refine', 'adjust', 'find', 'deprecate', 'process', 'go',
    'walk', 'wake', 'exercise', 'read', 'learn', 'understand', 'convey', 'talk', 'share', 'engage', 'send', 'rebrand',
    'set', 'do', 'track', 'monitor', 'measure', 'contribute', 'fill', 'enter', 'propose', 'validate', 'verify', 'triage',
    'correlate', 'cook', 'address', 'communicate', 'collaborate', 'consider', 'incorporate', 'solicit',
    'advertise', 'promote', 'publicize', 'publicise', 'amplify', 'showcase', 'describe', 'detect', 'reboot',
]);

/** Verbs that put time, money or capacity into work: "spend 10 hours a week on code review", "allocate $50k to paid ads". */
export const EFFORT_VERBS = new Set(['spend', 'allocate', 'dedicate', 'devote', 'reserve', 'earmark']);

/** Verbs that move a measure up. Their object decides: a metric is an outcome, a count of output is effort. */
export const RAISE_VERBS = new Set([
    'increase', 'grow', 'raise', 'boost', 'lift', 'double', 'triple', 'quadruple', 'expand', 'improve', 'accelerate',
    'maximize', 'maximise', 'enhance', 'optimize', 'optimise', 'strengthen', 'scale', 'speed', 'extend', 'widen', 'deepen',
]);

/** Verbs that move a measure down: fewer tickets, bugs or costs is a result, whatever is being counted. */
export const LOWER_VERBS = new Set([
    'reduce', 'decrease', 'cut', 'lower', 'shorten', 'minimize', 'minimise', 'eliminate', 'halve', 'drop', 'decline',
    'shrink', 'limit', 'contain', 'prevent', 'avoid', 'fall',
]);

/** Verbs that reach or hold a level. Their object decides: "win 20 deals" is a result, "achieve SOC 2 certification" a deliverable. */
export const REACH_VERBS = new Set([
    'achieve', 'reach', 'hit', 'attain', 'get', 'gain', 'earn', 'generate', 'acquire', 'attract', 'win', 'close', 'land',
    'secure', 'sign', 'book', 'convert', 'retain', 'keep', 'hold', 'sustain', 'stay', 'remain', 'exceed', 'surpass',
    'beat', 'save', 'recover', 'bring', 'make', 'deliver', 'drive', 'obtain', 'score', 'meet', 'support', 'serve',
    'capture', 'see', 'have', 'rise', 'climb', 'top', 'register', 'receive', 'maintain', 'onboard', 'protect',
]);

/** Participles that report a deliverable as done: "wizard is live", "policies are created", "50 templates published". */
export const DONE_WORDS = new Set([
    'launched', 'shipped', 'released', 'published', 'posted', 'written', 'created', 'built', 'developed', 'designed',
    'implemented', 'deployed', 'installed', 'configured', 'integrated', 'migrated', 'upgraded', 'documented', 'defined',
    'completed', 'finished', 'finalized', 'finalised', 'submitted', 'presented', 'delivered', 'produced', 'approved',
    'signed', 'added', 'updated', 'established', 'introduced', 'announced', 'rolled', 'set', 'done', 'live', 'hired',
    'trained', 'held', 'hosted', 'conducted', 'sent', 'drafted', 'prepared', 'agreed', 'tested', 'audited', 'reviewed', 'ready',
    'enabled', 'executed', 'incorporated', 'merged', 'removed', 'replaced', 'automated', 'deprecated', 'certified', 'accredited',
    'listed', 'exists',
]);

/** Things produced or work done. Counting them measures effort, not a change for customers or the business. */
export const OUTPUT_NOUNS = new Set([
    'post', 'blog', 'article', 'webinar', 'podcast', 'episode', 'video', 'newsletter', 'ebook', 'e-book', 'whitepaper', 'review',
    'study', 'testimonial', 'guide', 'tutorial', 'course', 'lesson', 'module', 'workshop', 'training', 'event', 'meetup',
    'conference', 'hackathon', 'talk', 'presentation', 'deck', 'slide', 'demo', 'meeting', 'call', 'interview', 'survey',
    'questionnaire', 'report', 'dashboard', 'document', 'documentation', 'doc', 'spec', 'specification', 'playbook',
    'handbook', 'policy', 'process', 'procedure', 'plan', 'roadmap', 'strategy', 'framework', 'template', 'checklist',
    'guideline', 'page', 'website', 'site', 'app', 'tool', 'platform', 'feature', 'release', 'version', 'update',
    'integration', 'api', 'sdk', 'prototype', 'mockup', 'wireframe', 'design', 'experiment', 'test', 'campaign', 'ad',
    'email', 'outreach', 'partnership', 'program', 'programme', 'initiative', 'project', 'sprint', 'ticket', 'bug',
    'fix', 'patch', 'pr', 'commit', 'audit', 'assessment', 'evaluation', 'certification', 'certificate', 'hire', 'hiring',
    'engineer', 'designer', 'salesperson', 'recruiter', 'posting', 'asset', 'material', 'infographic',
    'example', 'sample', 'improvement', 'enhancement', 'task', 'story', 'quickstart', 'readme', 'implementation',
    'migration', 'upgrade', 'launch', 'proposal', 'pitch', 'tweet', 'qbr',
    'mvp', 'beta', 'curriculum', 'workflow', 'system', 'portal', 'wiki', 'faq', 'brochure', 'flyer', 'banner',
    'poster', 'edition', 'issue', 'chapter', 'draft', 'submission', 'piece', 'offering', 'bootcamp', 'boot-camp',
    'all-hands', 'town-hall', 'offsite', 'retrospective', 'standup', 'stand-up', 'discussion', 'stream', 'livestream',
    'protocol', 'announcement',
]);

/** Work reviews count as output; customer reviews ("500 positive G2 reviews") are a result. */
export const WORK_REVIEW_KINDS = new Set(['code', 'architecture', 'design', 'business', 'performance', 'peer', 'security', 'quarterly', 'annual', 'account', 'product', 'sprint', 'post-mortem', 'postmortem']);

/** Results a task can create that count for the business: "build a pipeline of 15 opportunities". */
export const RESULT_NOUNS = new Set([
    'pipeline', 'opportunity', 'revenue', 'arr', 'mrr', 'sale', 'booking', 'demand', 'traffic', 'signup', 'sign-up',
]);

/** Measures: a word like these right after an ambiguous first word makes it a noun ("review turnaround", "test coverage"). */
export const METRIC_NOUNS = new Set([
    'rate', 'ratio', 'time', 'turnaround', 'coverage', 'cycle', 'cadence', 'frequency', 'volume', 'backlog', 'quality',
    'score', 'satisfaction', 'speed', 'latency', 'throughput', 'velocity', 'success', 'completion', 'adoption', 'cost',
    'accuracy', 'count', 'share', 'percentage', 'conversion', 'retention', 'churn', 'attendance', 'engagement', 'uptime',
    'availability', 'nps', 'csat', 'revenue', 'margin', 'growth', 'usage', 'traffic', 'rating', 'value', 'efficiency',
    'lead', 'duration', 'spend', 'budget', 'roi', 'reach', 'level', 'health', 'capacity', 'yield', 'variance', 'error',
]);

/** People outside the team: "90% of customers reach first value" describes what customers do, a result. */
export const AUDIENCE_NOUNS = new Set([
    'customer', 'client', 'user', 'buyer', 'shopper', 'visitor', 'subscriber', 'member', 'account', 'tenant', 'prospect',
    'participant', 'student', 'learner', 'patient', 'candidate', 'applicant', 'reader', 'viewer', 'listener', 'attendee',
    'graduate', 'beneficiary', 'fan', 'follower', 'merchant', 'seller', 'driver', 'rider', 'guest', 'player', 'people',
    'completer', 'trial', 'invoice', 'partner', 'reseller', 'affiliate', 'company', 'logo',
]);

/** "N% of these ... do X": who they are decides whether X is a result or a task. */
export const TEAM_NOUNS = new Set([
    'employee', 'teammate', 'team', 'staff', 'engineer', 'developer', 'designer', 'manager', 'leader', 'rep', 'ae', 'sdr',
    'bdr', 'ce', 'csm', 'agent', 'marketer', 'recruiter', 'hire', 'intern', 'contractor', 'squad', 'department', 'everyone',
    'we', 'i', 'role', 'position', 'pairing', 'owner', 'pm', 'pms', 'ic', 'executive', 'director',
]);

/** Words that join a clause stating the result a task should cause: "implement caching to cut p95 latency by 30%". */
export const RESULT_CONNECTORS = /\b(?:to|so that|so|in order to|resulting in|leading to|that will|which|driving|as (?:measured|indicated|shown) by|thereby|and thus)\b/i;

/** Words that end the object of a verb ("publish 12 blog posts *on* the website"). */
export const PHRASE_BOUNDARIES = new Set([
    'from', 'to', 'by', 'in', 'within', 'for', 'per', 'at', 'across', 'through', 'via', 'on', 'over', 'under', 'below',
    'above', 'while', 'without', 'with', 'into', 'that', 'which', 'who', 'so', 'when', 'before', 'after', 'until', 'using',
    'as', 'among', 'between', 'than', 'is', 'are', 'was', 'were', 'has', 'have', 'will', 'be', 'among', 'vs', 'versus',
    'each', 'every', 'this', 'next', 'during', 'around', 'about', 'against', 'out', 'up', 'down', 'off', 'or', 'including',
]);

/** Words after which comes a noun, not an imperative verb. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'its', 'this']);

/** Words skipped when looking for the word a title starts with. */
export const LEADING_FILLERS = new Set([
    'a', 'an', 'the', 'our', 'my', 'we', 'will', 'to', 'successfully', 'fully', 'finally', 'first', 'all', 'at', 'least',
    'of', 'and', 'publicly', 'internally', 'actively', 'consistently', 'regularly', 'quickly', 'completely',
]);

/** Words that mean "less of it" in a title without a verb: "zero P0 incidents", "less than 2 bugs". */
export const FEWER_WORDS = new Set(['zero', 'no', 'less', 'fewer', 'lower', 'minimal', 'maximum', 'max', 'under', 'below', 'down', 'reduced', 'decreased', 'without']);
