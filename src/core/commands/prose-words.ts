/**
 * The words people use in chat for each answer, as phrases of one to five
 * lower-case words. The interpreter matches the longest phrase first, so
 * "admin panel" (a project) wins over "admin" (a must-have). Framework names
 * are not here: they come from the knowledge base.
 */
import type { Criterion, MustHave, ProjectType, Scale, TeamExperience } from '../vocabulary.js';

/** A project word; `generic` ones (api, mvp) give way to a more specific word in the same question. */
export type Meaning =
  | { kind: 'project'; value: ProjectType; generic?: boolean }
  | { kind: 'priority'; value: Criterion }
  | { kind: 'mustHave'; value: MustHave }
  | { kind: 'scale'; value: Scale }
  | { kind: 'team'; value: TeamExperience }
  /** Language ids as spoken; some (scala) may not be in this version's vocabulary. */
  | { kind: 'language'; value: readonly string[] }
  | { kind: 'negation' }
  /** "or", "vs", "and", ",": a name on either side makes an ambiguous word a name too. */
  | { kind: 'joiner' }
  | { kind: 'verb'; value: Verb }
  /** "best", "fastest", "top": a ranking is wanted. */
  | { kind: 'superlative' }
  /** The text asks for advice about a framework: "framework", "backend", "choose". */
  | { kind: 'question' }
  /** How a question is put ("which", "should", "better"): asking, but not yet about frameworks. */
  | { kind: 'asking' }
  /** Words that carry no answer: read silently, never reported as unused. */
  | { kind: 'filler' };

export type Verb = 'compare' | 'info' | 'top' | 'list' | 'recommend';

type Table = ReadonlyArray<readonly [phrases: string, meanings: Meaning | readonly Meaning[]]>;

const project = (value: ProjectType, generic = false): Meaning => ({ kind: 'project', value, ...(generic ? { generic } : {}) });
const priority = (value: Criterion): Meaning => ({ kind: 'priority', value });
const mustHave = (value: MustHave): Meaning => ({ kind: 'mustHave', value });
const scale = (value: Scale): Meaning => ({ kind: 'scale', value });
const team = (value: TeamExperience): Meaning => ({ kind: 'team', value });
const language = (...value: string[]): Meaning => ({ kind: 'language', value });
const FILLER: Meaning = { kind: 'filler' };
const QUESTION: Meaning = { kind: 'question' };
const ASKING: Meaning = { kind: 'asking' };
const SUPERLATIVE: Meaning = { kind: 'superlative' };

/** Each entry: phrases separated by "|", and what they mean. */
const TABLE: Table = [
  // ---------- projects (issue 14's lists, plus their plurals and spellings) ----------
  ['startup|startups|start-up|mvp|mvps|prototype|prototypes|prototyping|side project|side projects|side-project|poc|proof of concept|hackathon|weekend project|pet project', project('mvp', true)],
  ['api|apis|rest|restful|rest api|json api|http api|graphql|backend for a mobile app|backend for our mobile app|backend for my mobile app|mobile backend|mobile app backend|backend for an app|mobile app|mobile apps', project('api', true)],
  ['realtime|real-time|real time|chat|chats|chat app|live|multiplayer|notifications|push notifications|live updates|collaborative|streaming', project('realtime')],
  ['ml|ai|llm|llms|inference|model serving|serve models|serving models|machine learning|machine-learning|ai/ml|genai|rag|data science', project('ai-ml')],
  ['shop|store|online shop|online store|webshop|web shop|marketplace|marketplaces|e-commerce|ecommerce|ecom|payments|checkout|storefront', project('ecommerce')],
  ['cms|blog|blogs|content|content site|news|news site|publishing|magazine|wiki|documentation site', project('content')],
  ['admin panel|admin panels|admin dashboard|back office|back-office|backoffice|internal tool|internal tools|internal app|dashboard|dashboards|crud app|crm', project('internal-tool')],
  ['enterprise|enterprises|bank|banks|banking|insurance|insurer|regulated|fintech|government|healthcare|hospital', project('enterprise')],
  ['microservices|microservice|micro-services|micro services|service mesh', project('microservices')],

  // ---------- priorities ----------
  ['fast|faster|speed|speedy|high throughput|throughput|low latency|latency|performance|performant|high performance|high-performance|blazing fast|efficient|raw speed', priority('performance')],
  ['fastest|quickest|most performant|best performance', [priority('performance'), SUPERLATIVE]],
  ['scale|scales|scalable|scalability|scaling|scale out|horizontal scaling', priority('scalability')],
  ['millions|millions of users|million users|a million users|millions of requests|web scale|web-scale|huge traffic|massive traffic|lots of traffic', [priority('scalability'), scale('millions')]],
  ['easy|easier|simple|simpler|simplicity|quick to learn|easy to learn|productive|productivity|beginner friendly|beginner-friendly|quick to build|ship fast|ship quickly|move fast|fast to build|developer experience|dx|batteries included|batteries-included', priority('ease')],
  ['secure|security|safe|safety|compliance|compliant|gdpr|hipaa|soc2|soc 2|pci|audit|audits', priority('security')],
  ['most popular|most used|most loved|most widely used', [priority('community'), SUPERLATIVE]],
  ['easiest|simplest|easiest to learn', [priority('ease'), SUPERLATIVE]],
  ['most secure|safest', [priority('security'), SUPERLATIVE]],
  ['most scalable', [priority('scalability'), SUPERLATIVE]],
  ['popular|popularity|hiring|hire|easy to hire|ecosystem|community|communities|mature|well supported|well-supported|widely used|job market', priority('community')],

  // ---------- must-haves ----------
  ['orm|an orm|migrations|database migrations|orm and migrations', mustHave('orm')],
  ['auth|authentication|login|logins|user accounts|sign in|sign-in|oauth|sso', mustHave('auth')],
  ['built-in admin|builtin admin|admin ui|admin interface|admin site|admin page|with an admin|with admin|needs an admin|need an admin|an admin', mustHave('admin')],
  ['websocket|websockets|web sockets|web socket|socket.io|sse|server-sent events', [mustHave('realtime'), project('realtime', true)]],

  // ---------- scale ----------
  ['thousands|thousands of users|a few thousand users|a few thousand|thousand users|tens of thousands', scale('thousands')],
  ['a few hundred users|a few hundred|hundreds of users|hundreds|a handful of users|handful of users|few users|small user base|tiny user base|low traffic', scale('prototype')],

  // ---------- team ----------
  ['junior|juniors|junior team|junior devs|junior developers|junior engineers|bootcamp|bootcamp grads|bootcamp graduates|bootcampers|beginners|beginner|new to backend|new grads|graduates|students|interns|newbies|inexperienced', team('junior')],
  ['mixed team|mixed experience|mixed seniority|mid-level|mid level|intermediate', team('mixed')],
  ['senior|seniors|senior team|senior engineers|senior devs|senior developers|experienced team|experienced engineers|experienced devs|veterans|principal engineers|staff engineers', team('senior')],

  // ---------- languages (values.ts holds the key=value spellings; these are how people say them) ----------
  ['javascript|js|ecmascript|vanilla js', language('javascript')],
  ['node|nodejs|node.js|node js|deno|bun', language('javascript', 'typescript')],
  ['typescript|ts', language('typescript')],
  ['python|python3|py|pythonistas', language('python')],
  ['java|jvm|java shop', language('java')],
  ['kotlin|kt', language('kotlin')],
  ['c#|csharp|c sharp|c-sharp|.net|dotnet|dot net|.net core|dotnet core', language('csharp')],
  ['php', language('php')],
  ['ruby|rubyists', language('ruby')],
  ['go|golang|go lang', language('go')],
  ['elixir|erlang|beam', language('elixir')],
  ['rust|rustaceans', language('rust')],
  ['scala|scala3|scala 3|scala 2', language('scala')],

  // ---------- negation ----------
  ["not|no|never|without|except|excluding|anything but|anything except|anything other than|other than|besides|avoid|avoiding|hate|dislike|don't want|dont want|do not want|rather not|no more|nothing in|apart from", { kind: 'negation' }],

  // ---------- how the question is put ----------
  ['or|vs|vs.|versus|v|and|nor|against|,|&|/|compared to|compared with', { kind: 'joiner' }],
  ['compare|comparison|difference between|differences between|diff', { kind: 'verb', value: 'compare' }],
  ['info|about|tell me about|profile', { kind: 'verb', value: 'info' }],
  ['top|rank|ranking|rankings|leaderboard', { kind: 'verb', value: 'top' }],
  ['list|ls|list all|show all|which frameworks do you know|what frameworks do you know|frameworks do you know|frameworks you know|do you support|do you know', { kind: 'verb', value: 'list' }],
  ['recommend|recommendation|suggest|suggestion|advise|advice', { kind: 'verb', value: 'recommend' }],
  ['best|the best|greatest|ideal|optimal', SUPERLATIVE],
  // How a question is put; on its own ("lunch at noon?") it is not about frameworks.
  ["which|what|whats|what's|which one|should|shall|help|better|good|suitable|right|?", ASKING],
  // What a question is about: with one of these, a question with nothing else to go on starts the guided flow.
  ['framework|frameworks|backend|back-end|back end|stack|tech stack|server|server-side|web framework|web frameworks|choose|choosing|pick|picking|decide|deciding|use|using|go with|recommended|options|option|alternatives', QUESTION],

  // ---------- filler: read, never named as unused ----------
  ["a|an|the|for|to|of|in|on|at|by|with|from|into|our|my|your|their|we|i|you|they|us|me|it|its|it's|is|are|am|was|were|be|been|being|do|does|did|can|could|would|will|may|might|must|have|has|had|need|needs|needed|want|wants|wanted|like|love|prefer|prefers|know|knows|knowing|write|writes|writing|written|speak|speaks|build|building|built|make|making|create|creating|start|starting|new|project|projects|app|apps|application|applications|service|services|system|systems|platform|site|website|web|thing|something|anything|one|ones|some|any|all|this|that|these|those|there|here|then|than|so|if|but|also|too|very|really|just|only|more|most|much|many|lot|lots|bit|kind|sort|type|way|ok|okay|hey|hi|hello|yo|folks|guys|everyone|team|teams|people|devs|developers|engineers|engineering|please|pls|plz|thanks|thank|thx|ty|cheers|lol|haha|hmm|um|uh|well|now|today|currently|already|still|yet|soon|quick question|question|q|wondering|wonder|think|thinking|thoughts|opinion|opinions|recommendations|idea|ideas|hmm|shop|house|team uses|we're|were|i'm|im|you're|they're|let's|lets|i'd|we'd|we've|i've|don't|dont|doesn't|isn't|aren't|how|why|when|where|who|whom|whose|go live|going|get|getting|got|would you|do you|should we|should i|can you|could you|for our|for a|for my|tool|tools|language|languages|lang|langs|based|our team|my team|the team|mostly|mainly|mostly in|heavy|fan|fans|tbh|imo|imho|btw|fyi|asap|etc|next|first|second|time|year|month|week|stuff|work|works|working|run|runs|running|serve|serving|handle|handles|handling|support|supports|supporting|code|coding|coded|s|show|show me|tell me|give me|users|user|customers|visitors|requests|rps|qps|daily|monthly|active|dau|mau|concurrent|per second|of users|maybe|probably|currently using|between|either|both|other|else|vs|than|should we use|which one|feel|feels|looking|look|looking for|consider|considering|evaluate|evaluating|migrate|migrating|switch|switching|move|moving|rewrite|rewriting|port|porting|old|legacy|existing|current|fine|ok with|okay with|launch|launching|ship|shipping|release|releasing|deploy|deploying|host|hosting|that's|there's|here's|who's|how's|let", FILLER],
];

/** Phrase (lower-case words joined by one space) -> what it means. Later rows never override earlier ones. */
export const PROSE_PHRASES: ReadonlyMap<string, readonly Meaning[]> = (() => {
  const map = new Map<string, Meaning[]>();
  for (const [phrases, meanings] of TABLE) {
    const list = Array.isArray(meanings) ? (meanings as readonly Meaning[]) : [meanings as Meaning];
    for (const phrase of phrases.split('|')) {
      const key = phrase.split(/\s+/).filter(Boolean).join(' ');
      if (!map.has(key)) map.set(key, [...list]);
    }
  }
  return map;
})();

/** Every phrase's first one, two, ... words: the reader grows a phrase only while it is a prefix. */
export const PHRASE_PREFIXES: ReadonlySet<string> = new Set(
  [...PROSE_PHRASES.keys()].flatMap((phrase) => phrase.split(' ').map((_, n, words) => words.slice(0, n + 1).join(' '))),
);

/** The longest phrase, in words: bounds the work at each position. */
export const MAX_PHRASE_WORDS = Math.max(...[...PROSE_PHRASES.keys()].map((k) => k.split(' ').length));

/**
 * Names that are also everyday English words ("go home", "this spring", "play",
 * "a piece of cake", "next week"). They count as names only with a sign that a
 * name is meant: written with a capital, beside "or"/"vs"/a comma next to
 * another name, after "use"/"in", or before "framework".
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(['go', 'play', 'echo', 'express', 'spring', 'rocket', 'fiber', 'chi', 'cake', 'next']);

/** Project words that are something else beside a language or a verb: "a .NET shop", "to store files", "the rest of". */
export const NOT_A_PROJECT_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  shop: new Set(['language']),
  store: new Set(['to', 'we', 'and', 'can', 'will', 'just']),
  rest: new Set(['the']),
  live: new Set(['go', 'goes', 'going', 'went']),
};

/** Words before a name that mark it as one: "use echo", "written in go". */
export const NAME_BEFORE: ReadonlySet<string> = new Set(['for', 'use', 'using', 'try', 'trying', 'in', 'learn', 'learning', 'know', 'knows', 'prefer', 'prefers', 'like', 'love', 'about', 'compare', 'than', 'not', 'no', 'but', 'pick', 'choose', 'adopt', 'with']);

/** Words after a name that mark it as one: "go developers", "play framework". */
export const NAME_AFTER: ReadonlySet<string> = new Set(['framework', 'frameworks', 'lang', 'language', 'devs', 'developers', 'engineers', 'team', 'shop', 'backend', 'services', 'service', 'api', 'apis', 'app', 'apps', 'server', 'stack', 'code', 'codebase', 'experience', 'project', 'projects', 'microservices', 'site', 'website', 'platform', 'ui', 'panel']);
