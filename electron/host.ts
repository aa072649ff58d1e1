// What the operating system provides to handlers — file dialogs and "show in folder" — as an
// interface, so the same handlers run under Electron and under the browser test harness.

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Host {
  kind: 'electron' | 'browser';
  /** Paths the user chose, or null when they cancelled. */
  chooseFilesToOpen(options: { title: string; filters?: FileFilter[]; multiple?: boolean }): Promise<string[] | null>;
  /** A path to write, or null when they cancelled. */
  chooseFileToSave(options: { title: string; defaultName: string; filters?: FileFilter[] }): Promise<string | null>;
  revealInFolder(path: string): Promise<void>;
  /** Asks a yes/no question; true when the user chose `confirmLabel`. */
  confirm(options: { title: string; message: string; confirmLabel: string }): Promise<boolean>;
}

/** A host whose dialogs answer from a script: for tests, the harness and the CLI. */
export function scriptedHost(answers: { open?: string[][]; save?: string[]; confirm?: boolean[] } = {}): Host & {
  answers: { open: string[][]; save: string[]; confirm: boolean[] };
  revealed: string[];
  /** The questions asked with confirm, in order. */
  asked: string[];
} {
  const state = {
    open: [...(answers.open ?? [])],
    save: [...(answers.save ?? [])],
    confirm: [...(answers.confirm ?? [])],
  };
  const revealed: string[] = [];
  const asked: string[] = [];
  return {
    kind: 'browser',
    answers: state,
    revealed,
    asked,
    confirm: async ({ message }) => {
      asked.push(message);
      return state.confirm.shift() ?? false;
    },
    chooseFilesToOpen: async () => state.open.shift() ?? null,
    chooseFileToSave: async () => state.save.shift() ?? null,
    revealInFolder: async (path) => {
      revealed.push(path);
    },
  };
}
