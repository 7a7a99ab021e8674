// The portal's log: one JSON object per line, through pino (the logger Fastify itself uses), so
// a log collector can search by request id, route or status without parsing sentences. Each
// line has `time` (ISO 8601), `level` (a word: "info", "warn"...), `msg`, and whatever fields the
// caller gave; the /api router adds one line per request (net3-proxy.ts). What is logged is
// chosen field by field, never whole requests: no header, cookie, body or secret ever passes
// through here, so nothing needs redacting after the fact.
import { pino, type Logger } from 'pino';
import { logToStdout } from './stdout-log.ts';

export type PortalLogger = Logger;

/** LOG_LEVEL's words, most to least severe; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type PortalLoggerOptions = {
  level: LogLevel;
  /** Receives each line, ending in a newline. Defaults to standard output, batched. */
  write?: (line: string) => void;
};

export function createPortalLogger(options: PortalLoggerOptions): PortalLogger {
  return pino(
    {
      level: options.level,
      // pid and hostname tell instances apart once several write to one collector.
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    { write: options.write ?? logToStdout },
  );
}

/** A logger that keeps every line in `lines` (without its newline), for tests. */
export function createCapturingLogger(lines: string[] = []): {
  logger: PortalLogger;
  lines: string[];
  entries: () => Record<string, unknown>[];
} {
  const logger = createPortalLogger({
    level: 'info',
    write: (line) => lines.push(line.replace(/\n$/, '')),
  });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, entries };
}
