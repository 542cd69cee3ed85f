// PLACEHOLDER until the detection engine lands (issue 3): the contract only, with a naive scan.
export type RuleId = 'school' | 'pupil' | 'location' | 'job' | 'absence' | 'contact' | 'trip';
export type Severity = 'high' | 'medium' | 'low';

export interface ScannerConfig {
  schoolNames: string[];
  pupilNames: string[];
}

export interface Finding {
  rule: RuleId;
  start: number;
  end: number;
  severity: Severity;
  message: string;
  questions: number[];
}

export interface Scanner {
  scan(text: string): Finding[];
}

export function createScanner(config: ScannerConfig): Scanner {
  const names = [...config.schoolNames.map((n) => ['school', n] as const), ...config.pupilNames.map((n) => ['pupil', n] as const)]
    .filter(([, n]) => n.trim());
  return {
    scan(text) {
      const lower = text.toLowerCase();
      const out: Finding[] = [];
      for (const [rule, name] of names) {
        const i = lower.indexOf(name.toLowerCase());
        if (i >= 0) out.push({ rule, start: i, end: i + name.length, severity: 'high', message: name, questions: [1] });
      }
      return out;
    },
  };
}
