export default async function globalTeardown(): Promise<void> {
  const servers = globalThis.__IP_SERVERS__;
  await servers?.registry?.stop();
  await servers?.docker?.stop();
}
