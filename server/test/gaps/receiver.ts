import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local webhook receiver answering with the given statuses in turn (then the last one), recording requests. */
export async function startReceiver(statuses: number[] = [200]) {
  const received: Received[] = [];
  let answer = [...statuses];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      const status = answer.length > 1 ? answer.shift()! : answer[0]!;
      response.statusCode = status;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answerWith(next: number[]) {
      answer = [...next];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
