import type { Config } from '../../config.js';
import type { DeliveryOptions } from './deliver.js';

/**
 * The webhook settings of this process (config.ts: WEBHOOK_*), set once at start-up by the HTTP server, like the
 * live feeds' re-check interval. Defaults are the production ones: loopback refused.
 */
let current: DeliveryOptions = {
  allowLoopback: false,
  timeoutMs: 5000,
  maxResponseBytes: 65_536,
  maxAttempts: 8,
  retryBaseMs: 30_000,
};

export function configureWebhooks(options: Partial<DeliveryOptions>): void {
  current = { ...current, ...options };
}

export function webhookOptions(): DeliveryOptions {
  return current;
}

/** The delivery settings from the configuration. */
export type WebhookConfigKey =
  'WEBHOOK_ALLOW_LOOPBACK' | 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_RETRY_BASE_MS' | 'WEBHOOK_MAX_ATTEMPTS';

export function webhookSettings(config: Pick<Config, WebhookConfigKey>): DeliveryOptions {
  return {
    allowLoopback: config.WEBHOOK_ALLOW_LOOPBACK,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    maxResponseBytes: 65_536,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
  };
}
