/**
 * The committed Slack manifest follows the rules Slack checks when an app is
 * created from it (https://docs.slack.dev/reference/app-manifest): the bot's
 * display name in Slack's allowed characters, the listing's long description
 * within its length, and the app still called Framework Advisor.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

describe("manifests/slack-app.yaml against Slack's manifest rules", () => {
  const manifest = parse(readFileSync('manifests/slack-app.yaml', 'utf8'));

  it('names the bot user with lowercase letters, digits, "-", "_" and "." only, at most 80 characters', () => {
    const name: string = manifest.features.bot_user.display_name;
    expect(name).toMatch(/^[a-z0-9._-]{1,80}$/);
    expect(name).toBe('framework-advisor');
  });

  it('keeps the app name people see, within 35 characters, and a short description within 140', () => {
    expect(manifest.display_information.name).toBe('Framework Advisor');
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
  });

  it('has a long description of 175 to 4000 characters, as a Marketplace listing needs', () => {
    const long: string = manifest.display_information.long_description;
    expect(long.length).toBeGreaterThanOrEqual(175);
    expect(long.length).toBeLessThanOrEqual(4000);
    expect(long).toContain('Framework Advisor');
  });

  it('has a background colour in the #RRGGBB form', () => {
    expect(manifest.display_information.background_color).toMatch(/^#[0-9a-fA-F]{6}$/);
  });
});
