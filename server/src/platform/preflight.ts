import net from 'node:net';

/**
 * Fails at once when the HTTP port is taken, before minutes of boot end in a raw EADDRINUSE. The port is bound and
 * released again; the tiny race until Fastify binds it is acceptable.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const hint =
        error.code === 'EADDRINUSE'
          ? `Port ${port} on ${host} is already in use (another Vidensbro?). Stop that program or set PORT to another port (PORT=0 picks a free one).`
          : `Cannot listen on ${host}:${port} (${error.code ?? error.message}). Check HOST and PORT.`;
      reject(new Error(hint));
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A connection failure to DATABASE_URL in words that name the setting and what to check (never the password). */
export function explainDatabaseFailure(url: string, error: unknown): Error {
  const target = (() => {
    try {
      const parsed = new URL(url);
      return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
    } catch {
      return 'the server';
    }
  })();
  const { code, message } = error as { code?: string; message?: string };
  const reason =
    code === '28P01' || code === '28000'
      ? 'the user name or password was refused: check them in DATABASE_URL'
      : code === '3D000'
        ? 'that database does not exist: create it or correct the name in DATABASE_URL'
        : code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH'
          ? `nothing answers there (${code}); check that PostgreSQL runs and that DATABASE_URL names its host and port`
          : (message ?? String(error));
  return new Error(`Cannot use the PostgreSQL at ${target} named by DATABASE_URL: ${reason.replace(/[.?]$/, '')}.`, {
    cause: error,
  });
}
