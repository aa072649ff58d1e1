// The Electron main process: app lifecycle, the window, menus, the app:// protocol that serves
// the built renderer, and ipcMain wired to the same handlers the browser harness uses.
// Security: context isolation, sandbox, no Node in the page, a strict CSP, no navigation away,
// no new windows, one instance.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import { existsSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { createServices, type Services } from './services';
import { createHandlers, type Handlers } from './handlers';
import type { Host } from './host';
import { defaultDataDir } from './data-dir';
import type { KeySlotProvider } from './crypto/workspace-key';
import { passphraseFromEnv } from './crypto/passphrase-key';

const SCHEME = 'app';
const ORIGIN = `${SCHEME}://workbench`;
const RENDERER_DIR = resolve(__dirname, '../renderer');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();
app.setName('S117 Workbench');
app.setPath('userData', defaultDataDir());

let mainWindow: BrowserWindow | null = null;

const electronHost: Host = {
  kind: 'electron',
  async chooseFilesToOpen({ title, filters, multiple }) {
    const result = await dialog.showOpenDialog(mainWindow!, {
      title,
      filters,
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    });
    return result.canceled ? null : result.filePaths;
  },
  async chooseFileToSave({ title, defaultName, filters }) {
    const result = await dialog.showSaveDialog(mainWindow!, { title, defaultPath: defaultName, filters });
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async revealInFolder(path) {
    shell.showItemInFolder(path);
  },
  async confirm({ title, message, confirmLabel }) {
    const result = await dialog.showMessageBox(mainWindow!, {
      type: 'question',
      title,
      message,
      buttons: [confirmLabel, 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    return result.response === 0;
  },
};

function serveRenderer(services: Services) {
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const evidence = /\/evidence-file\/([0-9a-f]{64})$/.exec(url.pathname);
    if (evidence) {
      // The original evidence files, by SHA-256, for the viewer (never through invoke).
      const original = services.evidence.originalBySha(evidence[1]!);
      if (!original) return new Response('Not found', { status: 404 });
      // Decrypted as it streams: the stored file is encrypted.
      const body = Readable.toWeb(original.openRead()) as ReadableStream<Uint8Array>;
      return new Response(body, { status: 200, headers: { 'Content-Type': original.mimeType } });
    }
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '') || 'index.html';
    const file = join(RENDERER_DIR, relative);
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CSP);
    return new Response(response.body, { status: response.status, headers });
  });
}

/**
 * The workspace key's keychain slot: the key is encrypted by the operating system's keychain
 * through safeStorage (Keychain on macOS, DPAPI on Windows, the Secret Service on Linux). Null
 * where no real keychain is available (Linux's "basic_text" fallback is no protection).
 */
function keychainKeyProvider(): KeySlotProvider | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    slot: 'keychain',
    wrap: (workspaceKey) => ({ wrapped: safeStorage.encryptString(workspaceKey.toString('base64')).toString('base64') }),
    unwrap(value) {
      const wrapped = (value as { wrapped?: unknown } | null)?.wrapped;
      if (typeof wrapped !== 'string') return null;
      try {
        const key = Buffer.from(safeStorage.decryptString(Buffer.from(wrapped, 'base64')), 'base64');
        return key.length === 32 ? key : null;
      } catch {
        return null;
      }
    },
  };
}

function navigate(hash: string) {
  void mainWindow?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
}

/** The id of the case the window shows, from its address (#/cases/<id>/…), or null. */
async function currentCaseId(): Promise<string | null> {
  const hash = (await mainWindow?.webContents.executeJavaScript('location.hash')) as string | undefined;
  const match = /^#\/cases\/([^/?]+)/.exec(hash ?? '');
  return match && match[1] !== 'new' ? decodeURIComponent(match[1]!) : null;
}

function buildMenu(handlers: Handlers) {
  // Menu commands call the same handlers as the page; the result or refusal is shown in words.
  const run = async (channel: string, payload: unknown, after?: (value: Record<string, unknown>) => void) => {
    const result = await handlers.invoke(channel, payload);
    if (!result.ok) {
      dialog.showErrorBox('S117 Workbench', result.error.message);
      return;
    }
    const value = result.value as Record<string, unknown>;
    if (!value.cancelled) after?.(value);
  };
  const withCase = async (action: (caseId: string) => void) => {
    const caseId = await currentCaseId();
    if (caseId) action(caseId);
    else dialog.showErrorBox('S117 Workbench', 'Open a case first.');
  };
  const openImported = (value: Record<string, unknown>) =>
    navigate(`#/cases/${(value.caseDetail as { id: string }).id}`);
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New case', accelerator: 'CmdOrCtrl+N', click: () => navigate('#/cases/new') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => navigate('#/') },
        { type: 'separator' },
        { label: 'Import case file…', click: () => void run('casefile.import', {}, openImported) },
        { label: 'Import case archive…', click: () => void run('archive.import', {}, openImported) },
        { label: 'Export case file…', click: () => void withCase((caseId) => void run('casefile.export', { caseId })) },
        {
          label: 'Export case archive…',
          click: () => void withCase((caseId) => void run('archive.export', { caseId })),
        },
        {
          label: 'Add evidence…',
          click: () => void withCase((caseId) => navigate(`#/cases/${caseId}/evidence?add=1`)),
        },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'About S117 Workbench',
          click: () =>
            void dialog.showMessageBox(mainWindow!, {
              message: 'S117 Workbench',
              detail: `Version ${app.getVersion()}\nData folder: ${app.getPath('userData')}`,
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 900,
    title: 'S117 Workbench',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${ORIGIN}/`)) event.preventDefault();
  });
  mainWindow.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void mainWindow.loadURL(`${ORIGIN}/index.html`);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  // The keychain holds the workspace key; S117_PASSPHRASE, when set, also opens it (and is added
  // to the key file, so the CLI can open the same workspace, or it can move to another computer).
  const providers = [keychainKeyProvider(), passphraseFromEnv()].filter((p): p is KeySlotProvider => p !== null);
  if (providers.length === 0) {
    dialog.showErrorBox(
      'S117 Workbench',
      'No keychain is available to protect the workspace key on this computer. Start the app with S117_PASSPHRASE set to a passphrase instead.',
    );
    app.quit();
    return;
  }
  let services: Services;
  try {
    services = createServices({
      dataDir: app.getPath('userData'),
      keys: { providers },
      nativeBinding: process.env.S117_SQLITE_BINDING,
    });
  } catch (err) {
    dialog.showErrorBox('S117 Workbench', `The workspace could not be opened: ${(err as Error).message}`);
    app.quit();
    return;
  }
  const handlers = createHandlers(services, electronHost, {
    onInternalError: (channel, err) => console.error(`[${channel}]`, err),
  });
  ipcMain.handle('workbench:invoke', (event, channel: unknown, payload: unknown) => {
    if (!event.senderFrame?.url.startsWith(`${ORIGIN}/`))
      return { ok: false, error: { code: 'internal', message: 'Refused a call from outside the app.' } };
    return handlers.invoke(channel, payload);
  });
  serveRenderer(services);
  buildMenu(handlers);
  createWindow();
  app.on('before-quit', () => services.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
