/**
 * The words a synthetic organization is made of: department themes with their teams,
 * metrics (each one both a KPI and what key results move) and objective titles, plus
 * the few deliberately weak goals that real OKR sets contain.
 *
 * A metric: `kind` is how its values are written — pct `41%`, money `$1.2M`/`$350k`,
 * word `12 days` (check-ins bare), count `1800`; `up` says which way is better;
 * `healthy` is the KPI's expected range, `baseline` where a KR typically starts.
 */
const m = (id, name, phrase, definition, kind, up, healthy, baseline, extra = {}) =>
    ({ id, name, phrase, definition, kind, up, healthy, baseline, decimals: 0, ...extra });

export const THEMES = [
    {
        id: 'product', title: 'Product',
        teams: ['onboarding', 'billing', 'search', 'checkout', 'notifications', 'mobile', 'integrations', 'reporting', 'collaboration', 'growth_loops', 'editor', 'admin_console'],
        metrics: [
            m('activation', 'Week-one activation', 'week-one activation', 'Share of new accounts that complete a core workflow within 7 days of sign-up', 'pct', true, [40, 65], [28, 45]),
            m('ttfv', 'Median time-to-first-value', 'median time-to-first-value', 'Median days from contract signature to the first successful workflow run', 'word', false, [5, 12], [14, 26], { unit: 'days' }),
            m('wau', 'Weekly active accounts', 'weekly active accounts', 'Accounts with at least one successful workflow run in the last 7 days', 'count', true, [1800, 2600], [1500, 2100]),
            m('retention', 'Day-30 retention', 'day-30 retention', 'Share of accounts active 30 days after sign-up', 'pct', true, [55, 75], [42, 58]),
            m('feature_adoption', 'Reporting adoption', 'reporting adoption', 'Share of active accounts that viewed a report this month', 'pct', true, [30, 50], [18, 32]),
            m('nps', 'Net promoter score', 'net promoter score', 'Promoters minus detractors over all survey answers, trailing 90 days', 'word', true, [35, 60], [22, 38], { unit: 'points' }),
        ],
        objectives: [
            'Make the first week of every new account effortless', 'Turn reporting into a reason customers stay',
            'Win over teams that outgrew spreadsheets', 'Make our product the obvious choice for enterprise admins',
            'Delight power users with a faster everyday workflow', 'Earn a place in our customers\u2019 daily routine',
            'Make collaboration feel instant', 'Help every new user reach their first success without help',
            'Make mobile a first-class way to work', 'Give admins the control they ask for in every deal',
            'Remove the friction that stalls new teams', 'Make upgrading an easy yes for growing accounts',
            'Make search find the right thing the first time', 'Turn integrations into our strongest moat',
        ],
    },
    {
        id: 'engineering', title: 'Engineering',
        teams: ['platform', 'infrastructure', 'api', 'data_platform', 'reliability', 'developer_experience', 'frontend', 'storage', 'identity', 'performance', 'build_tools', 'observability'],
        metrics: [
            m('latency', 'p95 API latency', 'p95 API latency', '95th percentile server time of API requests, per week', 'word', false, [150, 300], [380, 620], { unit: 'ms' }),
            m('availability', 'API availability', 'API availability', 'Successful API requests over all requests, per calendar month', 'pct', true, [99.9, 100], [99.5, 99.85], { decimals: 2 }),
            m('lead_time', 'Lead time for changes', 'lead time for changes', 'Median hours from merge to running in production', 'word', false, [2, 24], [30, 70], { unit: 'hours' }),
            m('mttr', 'Mean time to restore', 'mean time to restore', 'Mean minutes from incident start to full recovery, trailing 90 days', 'word', false, [15, 60], [75, 140], { unit: 'minutes' }),
            m('deploys', 'Deploys per week', 'deploys per week', 'Production deploys per week, all services', 'count', true, [40, 120], [18, 35]),
            m('cloud_cost', 'Cloud cost per active account', 'cloud cost per active account', 'Monthly cloud bill over monthly active accounts', 'money', false, [2, 4], [4.5, 7.5], { scale: '', decimals: 2 }),
        ],
        objectives: [
            'Make every release boring and safe', 'Give our customers an API they never have to think about',
            'Let every engineer ship on their first day', 'Make the platform ready for ten times today\u2019s load',
            'Make incidents rare, short and well understood', 'Make slow pages a thing of the past',
            'Cut the cost of serving each customer', 'Make our data trustworthy enough to bet the roadmap on',
            'Make on-call a calm, predictable rotation', 'Turn observability into a habit of every team',
            'Make builds fast enough that nobody waits', 'Give enterprise customers the isolation they require',
        ],
    },
    {
        id: 'sales', title: 'Sales',
        teams: ['enterprise_sales', 'mid_market', 'sales_development', 'partnerships', 'solutions', 'renewals', 'sales_ops', 'channel'],
        metrics: [
            m('new_arr', 'New ARR booked', 'new ARR booked', 'Annual recurring revenue of contracts signed in the quarter', 'money', true, [2.5, 4], [1.6, 2.6], { scale: 'M', decimals: 1 }),
            m('win_rate', 'Enterprise win rate', 'enterprise win rate', 'Closed-won over closed enterprise opportunities, trailing 90 days', 'pct', true, [25, 35], [18, 26]),
            m('pipeline', 'Pipeline coverage', 'pipeline coverage', 'Qualified pipeline for next quarter over next quarter\u2019s bookings target', 'count', true, [3, 5], [2, 3], { decimals: 1 }),
            m('cycle_length', 'Sales cycle length', 'the enterprise sales cycle', 'Median days from qualified opportunity to signature', 'word', false, [30, 60], [70, 110], { unit: 'days' }),
            m('net_retention', 'Net revenue retention', 'net revenue retention', 'Recurring revenue from last year\u2019s customers today over their revenue a year ago', 'pct', true, [110, 130], [98, 112]),
            m('meetings', 'Qualified meetings per rep', 'qualified meetings per rep per week', 'First meetings with qualified prospects per rep per week', 'count', true, [8, 14], [4, 8]),
        ],
        objectives: [
            'Win the enterprise accounts that matter most', 'Make every quarter\u2019s number predictable by week three',
            'Turn our best customers into our best sellers', 'Make partners a real second engine of growth',
            'Shorten the path from first call to signature', 'Land in every top-50 logo in our region',
            'Make renewals a formality', 'Build a pipeline we can plan a year on',
            'Help every new rep close their first deal in 60 days', 'Expand where we already win',
        ],
    },
    {
        id: 'marketing', title: 'Marketing',
        teams: ['demand_generation', 'content', 'brand', 'product_marketing', 'lifecycle', 'events', 'web', 'community'],
        metrics: [
            m('mqls', 'Marketing-qualified leads', 'marketing-qualified leads per month', 'Leads that meet the agreed qualification score, per month', 'count', true, [900, 1400], [600, 950]),
            m('trial_conversion', 'Trial-to-paid conversion', 'trial-to-paid conversion', 'Share of trials that convert to a paid plan within 30 days', 'pct', true, [8, 14], [5, 9], { decimals: 1 }),
            m('cac', 'Blended customer acquisition cost', 'blended customer acquisition cost', 'Sales and marketing spend over new customers, trailing quarter', 'money', false, [8, 12], [13, 19], { scale: 'k', decimals: 1 }),
            m('organic_traffic', 'Organic visits', 'organic visits per month', 'Monthly sessions from unpaid search', 'money', true, [120, 180], [70, 120], { scale: 'k', prefix: '', decimals: 0 }),
            m('brand_awareness', 'Aided brand awareness', 'aided brand awareness', 'Share of surveyed buyers in our category who recognize the brand', 'pct', true, [25, 40], [12, 22]),
        ],
        objectives: [
            'Make us the name buyers think of first', 'Fill the pipeline with accounts that actually buy',
            'Turn our content into the category\u2019s reference', 'Make every launch land with the people it is for',
            'Grow a community that answers its own questions', 'Make our website the best salesperson we have',
            'Win the mid-market with a story they repeat', 'Make trials convert on their own',
            'Be known for the outcomes our customers get',
        ],
    },
    {
        id: 'support', title: 'Customer Success',
        teams: ['support_tier1', 'support_tier2', 'customer_success', 'onboarding_services', 'support_ops', 'knowledge_base', 'account_management'],
        metrics: [
            m('csat', 'Support CSAT', 'support CSAT', 'Share of support surveys answered 4 or 5 out of 5', 'pct', true, [90, 100], [82, 90]),
            m('first_response', 'Median first response time', 'median first response time', 'Median hours from ticket creation to the first human answer', 'word', false, [1, 4], [6, 14], { unit: 'hours' }),
            m('churn', 'Monthly logo churn', 'monthly logo churn', 'Customers lost in the month over customers at its start', 'pct', false, [0, 1.5], [1.8, 3.2], { decimals: 1 }),
            m('self_serve', 'Self-service resolution rate', 'self-service resolution', 'Share of help-center sessions not followed by a ticket within 24 hours', 'pct', true, [60, 80], [40, 58]),
            m('backlog', 'Open ticket backlog', 'the open ticket backlog', 'Tickets open longer than 48 hours at the end of the week', 'count', false, [0, 120], [180, 400]),
        ],
        objectives: [
            'Make getting help feel effortless', 'Turn every at-risk account around before renewal',
            'Let customers solve most problems on their own', 'Make our support the reason customers recommend us',
            'Make every enterprise customer feel they have a partner', 'Catch churn signals weeks before they turn into churn',
            'Make onboarding services scale without more people', 'Give every customer a clear path to their next outcome',
        ],
    },
    {
        id: 'operations', title: 'Operations',
        teams: ['finance', 'people', 'recruiting', 'security', 'legal', 'it', 'workplace', 'revenue_operations'],
        metrics: [
            m('time_to_hire', 'Time to hire', 'time to hire', 'Median days from opening a role to an accepted offer', 'word', false, [25, 45], [50, 80], { unit: 'days' }),
            m('offer_acceptance', 'Offer acceptance rate', 'offer acceptance rate', 'Accepted offers over offers made, trailing quarter', 'pct', true, [80, 95], [65, 80]),
            m('close_days', 'Days to close the books', 'days to close the books', 'Working days from month end to closed books', 'word', false, [3, 6], [8, 14], { unit: 'days' }),
            m('vulns', 'Critical vulnerabilities open over 7 days', 'critical vulnerabilities open over 7 days', 'Critical findings from scanners and the bug bounty open for more than 7 days', 'count', false, [0, 0], [4, 12]),
            m('engagement', 'Employee engagement', 'employee engagement', 'Share of favourable answers in the quarterly engagement survey', 'pct', true, [75, 90], [62, 76]),
            m('regretted_attrition', 'Regretted attrition', 'regretted attrition', 'Regretted leavers over average headcount, trailing 12 months', 'pct', false, [0, 6], [8, 13], { decimals: 1 }),
        ],
        objectives: [
            'Hire the people our plan needs without lowering the bar', 'Make the month-end close a non-event',
            'Make security a reason enterprises choose us', 'Make this the best place our people have worked',
            'Give every manager the numbers they need on day one', 'Make our tools disappear into the work',
            'Make every new hire productive in their first month', 'Spend every dollar where it moves the plan',
        ],
    },
];

export const COMPANIES = [
    ['northwind', 'Northwind Labs'], ['acme', 'Acme Inc'], ['globex', 'Globex Software'], ['initech', 'Initech'],
    ['umbrella', 'Umbrella Analytics'], ['hooli', 'Hooli Cloud'], ['vandelay', 'Vandelay Industries'], ['stark', 'Stark Systems'],
];

/** Department qualifiers once each theme is used: a large company repeats functions per segment or region. */
export const SEGMENTS = [
    ['', ''], ['enterprise', 'Enterprise'], ['smb', 'SMB'], ['emea', 'EMEA'], ['apac', 'APAC'], ['americas', 'Americas'],
    ['consumer', 'Consumer'], ['public_sector', 'Public Sector'], ['healthcare', 'Healthcare'], ['fintech', 'Fintech'], ['labs', 'Labs'], ['core', 'Core'],
];

export const STRATEGIES = [
    ['customer_love', 'Win enterprise accounts on time-to-value'],
    ['efficient_growth', 'Grow revenue faster than the cost to serve it'],
    ['platform_bet', 'Become the platform our customers build on'],
    ['talent_density', 'Hire and keep the best people in our market'],
    ['trust_first', 'Be the most trusted vendor in our category'],
];

export const FIRST_NAMES = ['Dana', 'Maria', 'Kim', 'Lee', 'Sam', 'Ravi', 'Priya', 'Jonas', 'Aisha', 'Tomás', 'Mei', 'Olu', 'Sofia', 'Noah', 'Yuki', 'Amara', 'Lars', 'Chen', 'Fatima', 'Diego', 'Hana', 'Marek', 'Zoe', 'Kwame', 'Ines', 'Arjun', 'Elif', 'Mateo', 'Nia', 'Pavel'];
export const LAST_NAMES = ['Reyes', 'Lopez', 'Park', 'Chen', 'Okafor', 'Shah', 'Nair', 'Berg', 'Khan', 'Silva', 'Wong', 'Adeyemi', 'Rossi', 'Meyer', 'Tanaka', 'Diallo', 'Nilsson', 'Li', 'Haddad', 'Romero', 'Sato', 'Novak', 'Evans', 'Mensah', 'Costa', 'Iyer', 'Yilmaz', 'Garcia', 'Brooks', 'Volkov'];

export const QUALIFIERS = ['', '', '', ' for enterprise accounts', ' for new accounts', ' in EMEA', ' on mobile', ' for self-serve customers', ' across all regions'];
export const UP_VERBS = ['Raise', 'Increase', 'Grow', 'Lift'];
export const DOWN_VERBS = ['Cut', 'Reduce', 'Lower', 'Bring down'];

export const NOTES = [
    'Pilot is live with five accounts', 'Slipped a week on the vendor contract', 'New dashboard makes this visible daily',
    'Holiday traffic distorts this week', 'Experiment B is winning so far', 'Blocked on the data migration',
    'Two hires started this month', 'Back on plan after the outage', 'Early numbers, small sample',
];

export const INITIATIVES = [
    'Ship the guided setup wizard', 'Run weekly experiment reviews', 'Pair each enterprise account with a specialist',
    'Rewrite the slowest queries', 'Introduce a shared dashboard', 'Pilot a new pricing page', 'Automate the weekly report',
    'Run a discovery sprint with five customers', 'Move the last services to the new cluster', 'Train every lead on the new playbook',
];

/** Tasks and deliverables written as key results: what `activity-key-result` is for. */
export const ACTIVITY_KEY_RESULTS = [
    'Launch the partner referral program', 'Ship the new billing settings page', 'Publish 12 customer case studies',
    'Run 20 customer interviews', 'Write the incident response playbook', 'Hold a quarterly pricing review with every segment lead',
    'Build a churn-risk dashboard for account managers', 'Create a self-serve onboarding video series',
];

/** Objectives that only keep a level: KPIs with an objective label (`maintenance-objective`). */
export const MAINTENANCE_OBJECTIVES = [
    'Maintain API availability above 99.9%', 'Keep support CSAT above 90%', 'Maintain our NPS above 40',
    'Keep cloud spend within budget', 'Sustain the current hiring pace',
];

/** Objectives of the custom audit cycle. */
export const AUDIT_OBJECTIVES = ['Pass the SOC 2 Type II audit without exceptions', 'Make audit evidence a by-product of everyday work'];
