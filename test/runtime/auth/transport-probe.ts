// Test helper: an axios instance whose transport tells the test when a response has been
// handed back to the runtime, so a test awaits that event instead of sleeping. The auth layer
// sends token requests over the instance's own adapter too (install.ts tokenClient), so the
// probe sees those as well.
import axios, { type AxiosAdapter, type AxiosInstance, type InternalAxiosRequestConfig } from "axios";

type Match = (config: InternalAxiosRequestConfig, status: number | undefined) => boolean;

export interface Probe {
  instance: AxiosInstance;
  /**
   * Resolves once `count` answers matching `match` have left the transport and every
   * promise continuation they started has run (one macrotask later: the runtime does no
   * I/O between a response and what it does with it).
   */
  answered(match: Match, count?: number): Promise<void>;
}

/** A token-endpoint request (RFC 6749 §4.4.2, §6: a form body with `grant_type`). */
export const tokenRequest: Match = (config) => typeof config.data === "string" && config.data.includes("grant_type=");

export function probe(baseURL: string): Probe {
  const send = axios.getAdapter(axios.defaults.adapter);
  const seen: { config: InternalAxiosRequestConfig; status: number | undefined }[] = [];
  const waiters = new Set<() => void>();
  const record = (config: InternalAxiosRequestConfig, status: number | undefined) => {
    seen.push({ config, status });
    for (const check of waiters) check();
  };
  const adapter: AxiosAdapter = async (config) => {
    try {
      const response = await send(config);
      record(config, response.status);
      return response;
    } catch (error) {
      record(config, axios.isAxiosError(error) ? error.response?.status : undefined);
      throw error;
    }
  };
  return {
    instance: axios.create({ baseURL, adapter }),
    answered: (match, count = 1) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (seen.filter((entry) => match(entry.config, entry.status)).length < count) return;
          waiters.delete(check);
          setImmediate(resolve);
        };
        waiters.add(check);
        check();
      }),
  };
}
