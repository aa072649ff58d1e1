// One measured figure of the benchmark.
export interface BenchResult {
  section: string;
  metric: string;
  value: number;
  unit: string;
  /** The target in words, e.g. "< 200 ms". */
  target?: string;
  pass?: boolean;
}
