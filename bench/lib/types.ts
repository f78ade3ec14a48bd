/** What every part of the benchmark returns: rows for the table, numbers for latest.json. */
export interface Row {
  /** The item number and the metric, as the table prints them. */
  item: string;
  metric: string;
  ours: string;
  baseline?: string;
  /** ours / baseline, or the difference, as the target compares it. */
  ratio?: string;
  target?: string;
  /** true/false against the target; undefined when the row has no target. */
  pass?: boolean;
}

export interface PartResult {
  rows: Row[];
  /** Medians and raw runs, for latest.json. */
  data: Record<string, unknown>;
}

export interface BenchOptions {
  quick: boolean;
  /** Runs per measurement (5 at least in a full run). */
  runs: number;
  /** Keep the page part's builds from an earlier run when they exist (to iterate on the page only). */
  reuse: boolean;
  log: (message: string) => void;
}

export type Part = (options: BenchOptions) => Promise<PartResult>;
