/** One subcommand of `npm run trk`. `run` returns the process exit code. */
export type TrkCommand = {
  /** e.g. "import-employees <berkas.csv> [--valid-only] [--as <NIP admin>]" */
  usage: string;
  summary: string;
  run: (args: string[]) => Promise<number>;
};
