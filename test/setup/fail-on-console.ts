import { afterEach, vi } from 'vitest';

// Stray console output hides real failures: a test that logs fails, unless it spies on console itself.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const calls: string[] = [];

for (const method of methods) {
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    calls.push(`console.${method}: ${args.map(String).join(' ')}`);
  });
}

afterEach(() => {
  if (calls.length === 0) return;
  const output = calls.splice(0).join('\n');
  throw new Error(`Unexpected console output:\n${output}`);
});
