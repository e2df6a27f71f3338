/**
 * Recognises Amazon ECR private registry hosts without loading the AWS SDK, so the provider
 * can decide which backend to use (and the build path whether to fetch an ECR login) cheaply.
 */

export type AwsPartition =
  | 'aws'
  | 'aws-cn'
  | 'aws-us-gov'
  | 'aws-eusc'
  | 'aws-iso'
  | 'aws-iso-b'
  | 'aws-iso-e'
  | 'aws-iso-f';

export interface EcrHost {
  /** The 12-digit account id that owns the registry (the API's `registryId`). */
  accountId: string;
  region: string;
  /** `<acct>.dkr.ecr-fips.<region>…`: the SDK must use the FIPS endpoint too. */
  fips: boolean;
  /** `<acct>.dkr-ecr.<region>.on.aws`: the IPv4+IPv6 endpoint. */
  dualstack: boolean;
  partition: AwsPartition;
}

// Host suffixes ECR uses per partition (the same list amazon-ecr-credential-helper accepts).
const SUFFIXES: readonly (readonly [
  suffix: string,
  partition: AwsPartition,
  dualstack: boolean,
])[] = [
  ['amazonaws.com', 'aws', false],
  ['amazonaws.com.cn', 'aws-cn', false],
  ['amazonaws.eu', 'aws-eusc', false],
  ['on.aws', 'aws', true],
  ['on.amazonwebservices.com.cn', 'aws-cn', true],
  ['c2s.ic.gov', 'aws-iso', false],
  ['sc2s.sgov.gov', 'aws-iso-b', false],
  ['cloud.adc-e.uk', 'aws-iso-e', false],
  ['csp.hci.ic.gov', 'aws-iso-f', false],
];

const HOST_RE = /^(\d{12})\.dkr([.-])ecr(-fips)?\.([a-z0-9][a-z0-9-]*)\.(.+)$/;

/**
 * Parses `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` (and the dual-stack, EU and
 * isolated-partition forms). A port is ignored. Returns undefined for any other host.
 */
export function parseEcrHost(host: string): EcrHost | undefined {
  const bare = host.toLowerCase().replace(/:\d+$/, '');
  const m = HOST_RE.exec(bare);
  if (!m) return undefined;
  const [, accountId = '', sep, fips, region = '', suffix] = m;
  const known = SUFFIXES.find(([s]) => s === suffix);
  if (!known) return undefined;
  const [, basePartition, dualstack] = known;
  // Dual-stack hosts are `dkr-ecr`, the classic ones `dkr.ecr`; anything else is not ECR.
  if ((sep === '-') !== dualstack) return undefined;
  const partition: AwsPartition =
    basePartition === 'aws' && region.startsWith('us-gov-') ? 'aws-us-gov' : basePartition;
  return { accountId, region, fips: fips !== undefined, dualstack, partition };
}

export function isEcrHost(host: string): boolean {
  return parseEcrHost(host) !== undefined;
}
