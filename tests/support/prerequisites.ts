/**
 * Playwright's global setup: before any browser test, check what they need from the machine, and say in
 * one line each what is missing and the command that installs it, instead of letting a test fail later
 * with a bare number (the measure test, on a machine without a Hangul font) or a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, SYSTEM_CHROMIUM } from '../../scripts/lib/chromium.ts';

const works = (command: string, args: string[]): string | undefined => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return undefined;
  }
};

export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  const browser = chromiumLaunchOptions.executablePath ?? chromium.executablePath();
  if (!existsSync(browser)) {
    missing.push(
      `Chromium (${SYSTEM_CHROMIUM} or Playwright's own): sudo apt-get install -y chromium  (or: npx playwright install chromium)`,
    );
  }
  if (works('java', ['-version']) === undefined) {
    missing.push('Java, for the Nu Html Checker (vnu-jar): sudo apt-get install -y default-jre-headless');
  }
  // Where fontconfig is the font system (Linux): without a Hangul font Chromium draws boxes, and the
  // measure and screenshot checks mean nothing. macOS and Windows ship one.
  const fonts = process.platform === 'linux' ? works('fc-list', [':lang=ko', 'family']) : 'system';
  if (!fonts?.trim()) {
    missing.push('a Hangul font, for Chromium to draw Korean text: sudo apt-get install -y fonts-noto-cjk');
  }
  return missing;
}

export default function globalSetup(): void {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    throw new Error(`The browser tests need what this machine lacks:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  }
}
