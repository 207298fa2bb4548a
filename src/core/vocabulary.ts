/**
 * The words the product speaks: criteria, project types, languages, built-ins,
 * scales and team experience. Every other module (knowledge base, scorer,
 * parser, flow, cards) takes its enums from here so they can never drift.
 */
import { z } from 'zod';

export const CRITERIA = ['performance', 'scalability', 'ease', 'security', 'community'] as const;
export const Criterion = z.enum(CRITERIA);
export type Criterion = z.infer<typeof Criterion>;

export const CRITERION_LABEL: Record<Criterion, string> = {
  performance: 'Performance',
  scalability: 'Scalability',
  ease: 'Ease of use',
  security: 'Security',
  community: 'Community & ecosystem',
};

export const PROJECT_TYPES = [
  'api',
  'ai-ml',
  'enterprise',
  'realtime',
  'content',
  'ecommerce',
  'internal-tool',
  'mvp',
  'microservices',
] as const;
export const ProjectType = z.enum(PROJECT_TYPES);
export type ProjectType = z.infer<typeof ProjectType>;

export const PROJECT_LABEL: Record<ProjectType, string> = {
  api: 'JSON/REST API',
  'ai-ml': 'AI/ML service',
  enterprise: 'Enterprise or regulated system',
  realtime: 'Real-time app',
  content: 'Content site or CMS',
  ecommerce: 'E-commerce',
  'internal-tool': 'Internal tool or admin-heavy app',
  mvp: 'MVP or startup product',
  microservices: 'Microservices',
};

export const LANGUAGES = [
  'javascript',
  'typescript',
  'python',
  'java',
  'kotlin',
  'csharp',
  'php',
  'ruby',
  'go',
  'elixir',
  'rust',
  'scala',
] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const LANGUAGE_LABEL: Record<Language, string> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  python: 'Python',
  java: 'Java',
  kotlin: 'Kotlin',
  csharp: 'C#',
  php: 'PHP',
  ruby: 'Ruby',
  go: 'Go',
  elixir: 'Elixir',
  rust: 'Rust',
  scala: 'Scala',
};

/** Built-ins a team can demand as must-haves (the flow's step 4). */
export const MUST_HAVES = ['admin', 'orm', 'auth', 'realtime'] as const;
export const MustHave = z.enum(MUST_HAVES);
export type MustHave = z.infer<typeof MustHave>;

export const MUST_HAVE_LABEL: Record<MustHave, string> = {
  admin: 'admin UI',
  orm: 'ORM and migrations',
  auth: 'authentication',
  realtime: 'real-time/WebSockets',
};

/** Every built-in the knowledge base records; must-haves are a subset. */
export const BUILTINS = ['orm', 'migrations', 'admin', 'auth', 'validation', 'realtime', 'di', 'openapi'] as const;
export const Builtin = z.enum(BUILTINS);
export type Builtin = z.infer<typeof Builtin>;

export const BUILTIN_LABEL: Record<Builtin, string> = {
  orm: 'ORM',
  migrations: 'Migrations',
  admin: 'Admin UI',
  auth: 'Auth',
  validation: 'Validation',
  realtime: 'Real-time',
  di: 'Dependency injection',
  openapi: 'OpenAPI docs',
};

export const SCALES = ['prototype', 'thousands', 'millions'] as const;
export const Scale = z.enum(SCALES);
export type Scale = z.infer<typeof Scale>;

export const SCALE_LABEL: Record<Scale, string> = {
  prototype: 'Prototype',
  thousands: 'Thousands of users',
  millions: 'Millions of users',
};

export const TEAM_EXPERIENCE = ['junior', 'mixed', 'senior'] as const;
export const TeamExperience = z.enum(TEAM_EXPERIENCE);
export type TeamExperience = z.infer<typeof TeamExperience>;

export const TEAM_LABEL: Record<TeamExperience, string> = {
  junior: 'Mostly new to backend work',
  mixed: 'Mixed',
  senior: 'Senior',
};
