/**
 * The recommender agrees with the seeds' best-fit guidance. Each case quotes,
 * in our words, the seed sentence that justifies it.
 */
import { describe, expect, it } from 'vitest';
import { advisor } from '../support/knowledge.js';

const leader = (text: string) => advisor().answer(text).data.ranking?.[0]?.id;

describe('recommendations follow the seeds', () => {
  it.each([
    [
      'a Python team building an AI inference API that values performance gets FastAPI',
      'recommend language=python project=ai-ml priorities=performance',
      'fastapi',
      'seed 003 gives FastAPI "API-first products, AI services, async workloads"; seed 002 lists AI and ML APIs that serve models or run inference',
    ],
    [
      'a Java shop building a regulated enterprise system gets Spring Boot',
      'recommend language=java project=enterprise priorities=security',
      'spring-boot',
      'seed 003 gives Spring Boot "large enterprise systems, regulated environments, complex domain logic"',
    ],
    [
      'a TypeScript team wanting structure for a large modular API gets NestJS',
      'recommend language=typescript project=microservices scale=millions team=mixed',
      'nestjs',
      'seed 003: NestJS suits TypeScript teams and modular APIs when the codebase needs stronger boundaries and DI',
    ],
    [
      'a Python team building an admin-heavy internal tool gets Django',
      'recommend language=python project=internal-tool builtins=admin',
      'django',
      'seed 003 gives Django "data-rich products, internal platforms, admin-heavy systems"',
    ],
    [
      'an Elixir team building a real-time app gets Phoenix',
      'recommend language=elixir project=realtime',
      'phoenix',
      'seed 002: Phoenix is the pick for chat, multiplayer games and live dashboards',
    ],
    [
      'a Ruby startup shipping an MVP gets Rails',
      'recommend language=ruby project=mvp priorities=ease',
      'rails',
      'seed 003 gives Rails "startups, CRUD-heavy applications, fast product iteration"',
    ],
    [
      'a C# enterprise team gets ASP.NET Core',
      'recommend language=csharp project=enterprise',
      'aspnet-core',
      'seed 003 gives ASP.NET Core "enterprise platforms on Microsoft-heavy stacks"',
    ],
    [
      'a PHP team building e-commerce gets Laravel',
      'recommend language=php project=ecommerce',
      'laravel',
      'seed 002 lists e-commerce platforms with carts, accounts and admin dashboards for Laravel',
    ],
  ])('%s', (_, text, expected, _justification) => {
    expect(leader(text)).toBe(expected);
  });
});
