/**
 * Slack's Socket Mode end on 127.0.0.1: the WebSocket that apps.connections.open
 * points at. It greets the client with {type: "hello"}, sends envelopes
 * ({envelope_id, type, payload}) and resolves with the client's ack
 * ({envelope_id, payload}), which for a slash command may carry the reply:
 * such a reply is checked against Slack's Block Kit rules like any message,
 * and kept in `refusals` when Slack would refuse it.
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { messageRefusal, type Refusal } from './slack-block-kit.js';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSocketMode {
  #socket: WebSocket | undefined;
  #connected: Promise<void>;
  #envelopes = 0;
  readonly #waiting = new Map<string, (ack: SocketAck) => void>();
  /** Acks whose reply Slack would refuse (invalid_blocks, no_text). */
  readonly refusals: Array<Refusal & { ack: SocketAck }> = [];

  private constructor(private readonly server: WebSocketServer) {
    this.#connected = new Promise((resolve) => {
      server.on('connection', (socket) => {
        this.#socket = socket;
        socket.on('message', (data) => {
          const ack = JSON.parse(String(data)) as SocketAck;
          const refused = ack.payload && (ack.payload.text !== undefined || ack.payload.blocks !== undefined) ? messageRefusal(ack.payload) : undefined;
          if (refused) this.refusals.push({ ...refused, ack });
          this.#waiting.get(ack.envelope_id)?.(ack);
          this.#waiting.delete(ack.envelope_id);
        });
        socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0TEST01' } }));
        resolve();
      });
    });
  }

  static async start(): Promise<FakeSocketMode> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new FakeSocketMode(server);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
  }

  connected(): Promise<void> {
    return this.#connected;
  }

  /** Sends an envelope and resolves with the client's ack. */
  async send(type: 'slash_commands' | 'interactive' | 'events_api', payload: unknown, extra: Record<string, unknown> = {}): Promise<SocketAck> {
    await this.#connected;
    this.#envelopes += 1;
    const envelope_id = `envelope-${this.#envelopes}`;
    const acked = new Promise<SocketAck>((resolve) => this.#waiting.set(envelope_id, resolve));
    this.#socket!.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
    return acked;
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
