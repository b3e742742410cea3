/**
 * Word lists behind the text rules, grouped by what a word signals in a title. Entries are
 * base forms; `words.ts` finds them from plural, past and -ing forms ("launched", "studies").
 */

/** Verbs that name work to do. A key result led by one describes a task, unless it states the result it should cause. */
export const TASK_VERBS = new Set([
    // shipping or publishing a deliverable
    'launch', 'ship', 'release', 'publish', 'post', 'announce', 'introduce', 'rebrand', 'deprecate',
    // making or changing a deliverable
    'write', 'draft', 'create', 'build', 'develop', 'design', 'redesign', 'implement', 'deploy', 'roll', 'install', 'configure',
    'setup', 'integrate', 'migrate', 'upgrade', 'refactor', 'automate', 'update', 'refresh', 'revamp', 'overhaul', 'replace',
    'clean', 'fix', 'consolidate', 'standardize', 'standardise', 'streamline', 'localize', 'localise', 'translate', 'transition',
    'move', 'refine', 'adjust', 'add', 'open', 'establish', 'form', 'assemble', 'reboot', 'incorporate', 'cook', 'process',
    // writing things down and planning
    'document', 'define', 'map', 'outline', 'prepare', 'plan', 'schedule', 'organize', 'organise', 'propose', 'record', 'describe',
    // running an event or a piece of work
    'host', 'run', 'conduct', 'perform', 'execute', 'undertake', 'pilot', 'prototype', 'experiment', 'brainstorm', 'celebrate',
    'demo', 'present', 'film', 'shoot', 'produce',
    // finishing and handing in
    'complete', 'finish', 'finalize', 'finalise', 'submit', 'fill', 'enter',
    // staffing and teaching
    'hire', 'recruit', 'train', 'coach', 'mentor', 'teach', 'educate',
    // taking part and reaching out
    'attend', 'participate', 'speak', 'sponsor', 'visit', 'call', 'email', 'contact', 'invite', 'talk', 'share', 'engage', 'send',
    'communicate', 'collaborate', 'partner', 'solicit', 'convey', 'address', 'contribute',
    // studying and checking
    'interview', 'survey', 'research', 'investigate', 'explore', 'analyze', 'analyse', 'assess', 'evaluate', 'audit', 'review',
    'test', 'identify', 'validate', 'verify', 'triage', 'correlate', 'consider', 'detect', 'track', 'monitor', 'measure',
    // choosing and buying
    'select', 'choose', 'purchase', 'buy', 'procure', 'negotiate', 'agree', 'find',
    // gathering and handing out
    'collect', 'gather', 'compile', 'curate', 'distribute',
    // promoting
    'advertise', 'promote', 'publicize', 'publicise', 'amplify', 'showcase', 'evangelize', 'evangelise',
    // handing code or content to another project
    'upstream', 'backport',
    // general effort, help and starting
    'ensure', 'provide', 'offer', 'enable', 'help', 'focus', 'work', 'begin', 'start', 'kick', 'invest', 'set', 'do', 'go',
    // personal habits and learning
    'walk', 'wake', 'exercise', 'read', 'learn', 'understand',
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
    // reaching a level
    'achieve', 'reach', 'hit', 'attain', 'exceed', 'surpass', 'beat', 'top', 'rise', 'climb', 'score', 'meet', 'register',
    // winning or getting something from outside the team
    'get', 'gain', 'earn', 'generate', 'acquire', 'attract', 'win', 'close', 'land', 'secure', 'sign', 'book', 'convert',
    'obtain', 'capture', 'receive', 'see', 'have', 'onboard', 'save', 'recover', 'bring', 'make', 'deliver', 'drive',
    // keeping what is there
    'retain', 'keep', 'hold', 'sustain', 'stay', 'remain', 'maintain', 'protect',
    // serving people
    'support', 'serve',
]);

/** Participles that report a deliverable as done: "wizard is live", "runbooks are created", "40 recipes published". */
export const DONE_WORDS = new Set([
    // shipped or published
    'launched', 'shipped', 'released', 'published', 'posted', 'announced', 'introduced', 'rolled', 'live', 'listed', 'exists',
    // made or changed
    'written', 'created', 'built', 'developed', 'designed', 'implemented', 'deployed', 'installed', 'configured', 'integrated',
    'migrated', 'upgraded', 'updated', 'added', 'merged', 'removed', 'replaced', 'automated', 'deprecated', 'enabled',
    'incorporated', 'established', 'set',
    // written down or agreed
    'documented', 'defined', 'drafted', 'prepared', 'agreed', 'approved', 'signed',
    // finished or handed in
    'completed', 'finished', 'finalized', 'finalised', 'submitted', 'presented', 'delivered', 'produced', 'executed', 'done', 'ready', 'sent',
    // events held, people hired or trained
    'held', 'hosted', 'conducted', 'hired', 'trained',
    // checked or credentialed
    'tested', 'audited', 'reviewed', 'certified', 'accredited',
]);

/** Things produced or work done. Counting them measures effort, not a change for customers or the business. */
export const OUTPUT_NOUNS = new Set([
    // content and publications
    'post', 'blog', 'article', 'webinar', 'podcast', 'episode', 'video', 'newsletter', 'ebook', 'e-book', 'whitepaper', 'review',
    'study', 'testimonial', 'guide', 'tutorial', 'course', 'class', 'lesson', 'module', 'curriculum', 'tweet', 'infographic', 'brochure',
    'flyer', 'banner', 'poster', 'edition', 'issue', 'chapter', 'piece', 'example', 'sample', 'asset', 'material', 'stream',
    'livestream', 'announcement',
    // events and meetings
    'workshop', 'training', 'event', 'meetup', 'conference', 'hackathon', 'talk', 'presentation', 'deck', 'slide', 'demo',
    'meeting', 'call', 'interview', 'survey', 'questionnaire', 'bootcamp', 'boot-camp', 'all-hands', 'town-hall', 'offsite',
    'retrospective', 'standup', 'stand-up', 'discussion', 'qbr', 'pitch',
    // documents and plans
    'report', 'document', 'documentation', 'doc', 'spec', 'specification', 'playbook', 'handbook', 'policy', 'process',
    'procedure', 'plan', 'roadmap', 'strategy', 'framework', 'template', 'checklist', 'guideline', 'proposal', 'draft',
    'submission', 'readme', 'quickstart', 'wiki', 'faq', 'protocol', 'workflow',
    // software and product deliverables
    'dashboard', 'page', 'website', 'site', 'app', 'tool', 'platform', 'feature', 'release', 'version', 'update', 'integration',
    'api', 'sdk', 'prototype', 'mockup', 'wireframe', 'design', 'mvp', 'beta', 'system', 'portal', 'offering',
    // units of engineering work
    'ticket', 'bug', 'fix', 'patch', 'pr', 'commit', 'task', 'story', 'sprint', 'improvement', 'enhancement', 'implementation',
    'migration', 'upgrade', 'launch',
    // campaigns and programmes
    'experiment', 'test', 'campaign', 'ad', 'email', 'outreach', 'partnership', 'program', 'programme', 'initiative', 'project',
    // checks and credentials
    'audit', 'assessment', 'evaluation', 'certification', 'certificate',
    // hiring as output
    'hire', 'hiring', 'engineer', 'designer', 'salesperson', 'recruiter', 'posting',
]);

/** Work reviews count as output; customer reviews ("500 positive G2 reviews") are a result. */
export const WORK_REVIEW_KINDS = new Set(['code', 'architecture', 'design', 'business', 'performance', 'peer', 'security', 'quarterly', 'annual', 'account', 'product', 'sprint', 'post-mortem', 'postmortem']);

/** Results a task can create that count for the business: "build a pipeline of 15 opportunities". */
export const RESULT_NOUNS = new Set([
    'pipeline', 'opportunity', 'revenue', 'arr', 'mrr', 'sale', 'booking', 'demand', 'traffic', 'signup', 'sign-up',
    // recurring and contract revenue written as acronyms
    'iarr', 'acv', 'tcv', 'gmv',
]);

/** Measures: a word like these right after an ambiguous first word makes it a noun ("review turnaround", "test coverage"). */
export const METRIC_NOUNS = new Set([
    // rates, shares and ratios
    'rate', 'ratio', 'share', 'percentage', 'conversion', 'retention', 'churn', 'attendance', 'engagement', 'adoption', 'usage',
    'success', 'completion', 'coverage', 'accuracy', 'error', 'yield', 'variance',
    // time and speed
    'time', 'turnaround', 'cycle', 'cadence', 'frequency', 'speed', 'latency', 'throughput', 'velocity', 'duration', 'uptime', 'availability',
    // scores of satisfaction and quality
    'score', 'satisfaction', 'nps', 'csat', 'rating', 'quality', 'health', 'level',
    // money
    'revenue', 'margin', 'cost', 'spend', 'budget', 'roi', 'value', 'growth',
    // amounts of demand and capacity
    'volume', 'backlog', 'count', 'traffic', 'lead', 'reach', 'capacity', 'efficiency',
    // active users per period
    'dau', 'wau', 'mau',
]);

/** People outside the team: "90% of customers reach first value" describes what customers do, a result. */
export const AUDIENCE_NOUNS = new Set([
    // customers and buyers
    'customer', 'client', 'user', 'buyer', 'shopper', 'visitor', 'subscriber', 'member', 'account', 'tenant', 'prospect', 'trial',
    'invoice', 'company', 'logo', 'merchant', 'seller', 'guest',
    // people served by a public body or a school
    'participant', 'student', 'learner', 'patient', 'candidate', 'applicant', 'graduate', 'beneficiary', 'completer', 'people',
    // an audience
    'reader', 'viewer', 'listener', 'attendee', 'fan', 'follower', 'player', 'driver', 'rider',
    // partners and outside contributors
    'partner', 'reseller', 'affiliate', 'contributor',
]);

/** "N% of these ... do X": who they are decides whether X is a result or a task. */
export const TEAM_NOUNS = new Set([
    // roles inside the team
    'employee', 'teammate', 'staff', 'engineer', 'developer', 'designer', 'manager', 'leader', 'rep', 'ae', 'sdr', 'bdr', 'ce',
    'csm', 'agent', 'marketer', 'recruiter', 'hire', 'intern', 'contractor', 'owner', 'pm', 'pms', 'ic', 'executive', 'director',
    'role', 'position', 'pairing',
    // the team itself
    'team', 'squad', 'department', 'everyone', 'we', 'i',
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

/** Words that mean "less of it" in a title without a verb: "zero sev-1 outages", "less than 2 bugs". */
export const FEWER_WORDS = new Set(['zero', 'no', 'less', 'fewer', 'lower', 'minimal', 'maximum', 'max', 'under', 'below', 'down', 'reduced', 'decreased', 'without']);
