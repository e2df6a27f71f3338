/** Addresses the integration global setup exported. */
export function sharedRegistry(): { host: string; url: string; logFile: string } {
  const host = process.env.IP_TEST_REGISTRY;
  const url = process.env.IP_TEST_REGISTRY_URL;
  const logFile = process.env.IP_TEST_REGISTRY_LOG;
  if (!host || !url || !logFile) throw new Error('integration global setup did not run');
  return { host, url, logFile };
}

export function dockerHost(): string {
  const host = process.env.IP_TEST_DOCKER_HOST;
  if (!host) throw new Error('integration global setup did not run');
  return host;
}
