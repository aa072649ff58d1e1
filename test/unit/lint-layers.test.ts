// The layer rules ESLint enforces (eslint.config.js), shown on snippets: only electron/store/ runs
// SQL and opens transactions (the rest changes through mutate), handlers reach the store only
// through services, shared/ stays pure, and the renderer never imports electron/.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('the layer rules', () => {
  it('refuse prepare() outside electron/store/, and allow it there', async () => {
    const code = `import type { Db } from '../store/db';\nexport const count = (db: Db) => db.prepare('SELECT 1').get();\n`;
    expect(await messagesFor('electron/services/example-service.ts', code)).toContainEqual(
      expect.stringContaining('Only electron/store/ runs SQL'),
    );
    expect(await messagesFor('electron/store/example-repo.ts', code.replace('../store/db', './db'))).toEqual([]);
  });

  it('refuse transaction() outside electron/store/, and allow it there', async () => {
    const code = `import type { Db } from '../store/db';\nexport const change = (db: Db, work: () => void) => db.transaction(work)();\n`;
    for (const file of ['electron/services/example-service.ts', 'electron/evidence/example-import.ts']) {
      const messages = await messagesFor(file, code);
      expect(messages).toContainEqual(expect.stringContaining('change the workspace through mutate'));
      expect(messages).not.toContainEqual(expect.stringContaining('Only electron/store/ runs SQL'));
    }
    expect(await messagesFor('electron/store/example-repo.ts', code.replace('../store/db', './db'))).toEqual([]);
  });

  it('refuse prepare() and transaction() side by side', async () => {
    const code = `import type { Db } from '../store/db';\nexport const count = (db: Db) => db.transaction(() => db.prepare('SELECT 1').get())();\n`;
    const messages = await messagesFor('electron/services/example-service.ts', code);
    expect(messages).toContainEqual(expect.stringContaining('Only electron/store/ runs SQL'));
    expect(messages).toContainEqual(expect.stringContaining('change the workspace through mutate'));
  });

  it('refuse a handler that imports the store', async () => {
    const code = `import { getCase } from '../store/cases-repo';\nexport const h = getCase;\n`;
    expect(await messagesFor('electron/handlers/example.ts', code)).toContainEqual(
      expect.stringContaining('Handlers reach the store only through services'),
    );
  });

  it('keep shared/ free of Node and the renderer free of electron/', async () => {
    expect(
      await messagesFor(
        'shared/example.ts',
        `import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n`,
      ),
    ).toContainEqual(expect.stringContaining('shared/ is pure'));
    expect(
      await messagesFor(
        'renderer/example.ts',
        `import { getCase } from '../electron/store/cases-repo';\nexport const g = getCase;\n`,
      ),
    ).toContainEqual(expect.stringContaining('renderer/ never imports electron/'));
  });
});
