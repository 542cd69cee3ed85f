// A second, independent network observer for the e2e audit: a raw Chrome DevTools Protocol client
// that auto-attaches to EVERY target in the browser (tabs, the extension's service worker, extension
// pages, iframes, workers) and records what the Network domain reports there. Playwright's own
// request events go through its routing layer; this sees the browser's view, so a request that
// slipped past Playwright (a worker it did not instrument, a WebSocket, a beacon) is still caught.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

export interface CdpRequest {
  url: string;
  /** Target type as CDP names it: page, service_worker, worker, iframe, other… */
  targetType: string;
  /** URL of the target that made the request (tab URL, worker script URL). */
  targetUrl: string;
  kind: 'request' | 'websocket';
}

interface TargetInfo { type: string; url: string }

/** The fields of the CDP events the recorder reads; the protocol sends more. */
interface CdpEvent {
  method?: string;
  sessionId?: string;
  params: { sessionId: string; targetInfo: TargetInfo; waitingForDebugger: boolean; request: { url: string }; url: string };
}

/** A frame as text whichever form ws hands it over in (one Buffer, fragments, an ArrayBuffer). */
const text = (data: WebSocket.RawData): string =>
  (Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)).toString('utf8');

export class CdpRecorder {
  readonly requests: CdpRequest[] = [];
  readonly attachedTypes = new Set<string>();
  private nextId = 1;
  private readonly targets = new Map<string, TargetInfo>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => this.onMessage(JSON.parse(text(data)) as CdpEvent));
    // The browser closing (or crashing) resets the socket; that must not take the test runner down.
    ws.on('error', () => {});
  }

  /** Connects to the browser whose profile is `userDataDir` (started with --remote-debugging-port=0). */
  static async attach(userDataDir: string): Promise<CdpRecorder> {
    const file = join(userDataDir, 'DevToolsActivePort');
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
    const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject); });
    const recorder = new CdpRecorder(ws);
    // At the browser level this attaches to existing targets as well as new ones; new targets wait
    // until we have enabled the Network domain, so their first request is not missed.
    await recorder.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
    return recorder;
  }

  private send(method: string, params: object = {}, sessionId?: string): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const onReply = (data: WebSocket.RawData) => {
        const msg = JSON.parse(text(data)) as { id?: number; result?: unknown };
        if (msg.id !== id) return;
        this.ws.off('message', onReply);
        // Errors are expected for targets without a Network domain; nothing to do about them.
        resolve(msg.result ?? null);
      };
      this.ws.on('message', onReply);
      this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  private onMessage(msg: CdpEvent): void {
    const { method, params, sessionId } = msg;
    if (method === 'Target.attachedToTarget') {
      void this.onAttached(params.sessionId, params.targetInfo, params.waitingForDebugger);
    } else if (method === 'Target.detachedFromTarget') {
      this.targets.delete(params.sessionId);
    } else if (method === 'Network.requestWillBeSent') {
      this.record(params.request.url, sessionId, 'request');
    } else if (method === 'Network.webSocketCreated') {
      this.record(params.url, sessionId, 'websocket');
    }
  }

  private async onAttached(sessionId: string, info: TargetInfo, waiting: boolean): Promise<void> {
    this.targets.set(sessionId, { type: info.type, url: info.url });
    this.attachedTypes.add(info.type);
    // The browser's own UI (tab strip, chrome:// pages) loads chrome:// resources endlessly and
    // is not something an extension can script; watching it only adds noise.
    if (info.type === 'browser_ui' || /^(chrome|devtools):/.test(info.url)) {
      if (waiting) await this.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
      return;
    }
    await this.send('Network.enable', {}, sessionId);
    // Children of this target (out-of-process iframes, dedicated workers) get the same treatment.
    await this.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);
    if (waiting) await this.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
  }

  private record(url: string, sessionId: string | undefined, kind: CdpRequest['kind']): void {
    const t = (sessionId && this.targets.get(sessionId)) || { type: 'browser', url: '' };
    this.requests.push({ url, targetType: t.type, targetUrl: t.url, kind });
  }

  close(): void {
    this.ws.close();
  }
}
