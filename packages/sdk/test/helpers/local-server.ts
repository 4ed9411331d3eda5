import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Every request received, in order, with its arrival time. */
  requests: { url: string; headers: IncomingMessage['headers']; at: number }[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 and a free port, for tests of network code. */
export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse, server: LocalServer) => void | Promise<void>,
): Promise<LocalServer> {
  const server = createServer();
  const local: LocalServer = {
    origin: '',
    requests: [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (request, response) => {
    local.requests.push({ url: request.url ?? '', headers: request.headers, at: performance.now() });
    Promise.resolve(handler(request, response, local)).catch((error: unknown) => {
      response.statusCode = 599;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  local.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return local;
}

/** Sends a JSON body (already serialised) with the given status and headers. */
export function sendJson(
  response: ServerResponse,
  body: string,
  headers: Record<string, string> = {},
  status = 200,
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body);
}
