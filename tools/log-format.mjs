// Turns the API's JSON log lines into short readable lines for a terminal.
const LEVELS = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO ', warn: 'WARN ', error: 'ERROR', fatal: 'FATAL' };
const SKIP = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname', 'context']);

export function formatLogLine(line) {
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const extras = Object.entries(entry)
    .filter(([key, value]) => !SKIP.has(key) && value !== undefined && value !== null)
    .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : value}`)
    .join(' ');
  return `${time} ${LEVELS[entry.level] ?? entry.level} ${entry.context ? `[${entry.context}] ` : ''}${entry.msg ?? ''}${extras ? `  ${extras}` : ''}`;
}
