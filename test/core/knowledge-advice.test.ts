/**
 * Advice an experienced engineer would accept, each case with the public
 * evidence that justifies it (figures as the knowledge base holds them).
 */
import { describe, expect, it } from 'vitest';
import { advisor } from '../support/knowledge.js';

const ask = (text: string) => advisor().answer(text).data;
const leader = (text: string) => ask(text).ranking![0]!.id;
const reason = (text: string, id: string) => ask(text).excluded!.find((e) => e.id === id)?.reason;

describe('advice that follows the evidence', () => {
  it('does not put Django first for a Python team building high-throughput microservices', () => {
    // TechEmpower Round 23 (run 91a66052): FastAPI 109,166 fortunes/s and 354,899 JSON/s against
    // Django's 31,792 and 167,280; Django's own docs describe most of its ORM as synchronous.
    const text = 'recommend language=python project=microservices priorities=performance,scalability';
    expect(leader(text)).not.toBe('django');
    expect(leader(text)).toBe('fastapi');
  });

  it('puts Spring Boot first for a Java enterprise team that values security and community', () => {
    // Stack Overflow 2025: Spring Boot used by 14.7 % of all respondents, Quarkus under 2 %, Micronaut not listed;
    // Spring Security enables CSRF protection and security headers by default.
    expect(leader('recommend language=java project=enterprise priorities=security,community')).toBe('spring-boot');
  });

  it('keeps Spring Boot for an enterprise JVM/.NET team that needs an ORM, migrations and auth', () => {
    // Spring Boot auto-configures Flyway and Liquibase (FlywayAutoConfiguration, its own module since 4.0):
    // an official integration, so the must-have holds. Ktor's Exposed is a separate JetBrains project.
    const text = 'recommend language=java,kotlin,csharp project=enterprise builtins=orm,auth';
    expect(ask(text).ranking!.map((r) => r.id)).toContain('spring-boot');
    expect(reason(text, 'spring-boot')).toBeUndefined();
    expect(reason(text, 'ktor')).toMatch(/^ORM through Exposed.*, a community package/);
  });

  it('names the level and package when real-time excludes Express, and keeps NestJS with its official gateways', () => {
    // Socket.IO's docs show it attached to an Express server; it is not part of Express.
    // NestJS ships WebSocket gateways as @nestjs/websockets.
    const text = 'recommend language=javascript,typescript builtins=realtime';
    expect(reason(text, 'express')).toBe('real-time through socket.io (or ws), a community package');
    expect(ask(text).ranking!.map((r) => r.id)).toContain('nestjs');
  });

  it('does not count a paid add-on as built in: Laravel Nova needs a licence', () => {
    // Nova's installation docs start with "Purchase a license"; Filament, the free alternative, is a community package.
    expect(reason('recommend language=php builtins=admin', 'laravel')).toBe('admin UI through laravel/nova, a paid official add-on');
  });

  it('puts Django first for a Python team building an admin-heavy internal tool', () => {
    // django.contrib.admin generates list, search and edit screens from the models, in the framework itself.
    expect(leader('recommend language=python project=internal-tool')).toBe('django');
  });

  it('puts FastAPI first for a Python AI/ML service', () => {
    // Async request handling beside the Python ML libraries; Stack Overflow 2025 shows it as the largest gainer (14.8 %).
    expect(leader('recommend language=python project=ai-ml')).toBe('fastapi');
  });
});
