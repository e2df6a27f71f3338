import { describe, expect, it } from '@jest/globals';
import { isEcrHost, parseEcrHost } from '../../../src/registry/ecr-host.js';

describe('parseEcrHost', () => {
  it.each([
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com',
      {
        accountId: '123456789012',
        region: 'us-east-1',
        fips: false,
        dualstack: false,
        partition: 'aws',
      },
    ],
    [
      '123456789012.dkr.ecr-fips.us-east-2.amazonaws.com',
      {
        accountId: '123456789012',
        region: 'us-east-2',
        fips: true,
        dualstack: false,
        partition: 'aws',
      },
    ],
    [
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn',
      {
        accountId: '123456789012',
        region: 'cn-north-1',
        fips: false,
        dualstack: false,
        partition: 'aws-cn',
      },
    ],
    [
      '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
      {
        accountId: '123456789012',
        region: 'us-gov-west-1',
        fips: true,
        dualstack: false,
        partition: 'aws-us-gov',
      },
    ],
    [
      '123456789012.dkr-ecr.eu-west-1.on.aws',
      {
        accountId: '123456789012',
        region: 'eu-west-1',
        fips: false,
        dualstack: true,
        partition: 'aws',
      },
    ],
    [
      '123456789012.dkr-ecr.cn-northwest-1.on.amazonwebservices.com.cn',
      {
        accountId: '123456789012',
        region: 'cn-northwest-1',
        fips: false,
        dualstack: true,
        partition: 'aws-cn',
      },
    ],
    [
      '123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov',
      {
        accountId: '123456789012',
        region: 'us-iso-east-1',
        fips: false,
        dualstack: false,
        partition: 'aws-iso',
      },
    ],
    [
      '123456789012.DKR.ECR.us-west-2.amazonaws.com:443',
      {
        accountId: '123456789012',
        region: 'us-west-2',
        fips: false,
        dualstack: false,
        partition: 'aws',
      },
    ],
  ])('%s', (host, expected) => {
    expect(parseEcrHost(host)).toEqual(expected);
  });

  it.each([
    'public.ecr.aws',
    'ghcr.io',
    'localhost:5000',
    '12345678901.dkr.ecr.us-east-1.amazonaws.com', // 11 digits
    '123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.example',
    '123456789012.dkr-ecr.us-east-1.amazonaws.com', // dual-stack form on the IPv4 domain
    '123456789012.dkr.ecr.us-east-1.on.aws', // IPv4 form on the dual-stack domain
    'docker.io',
  ])('%s is not a private ECR registry', (host) => {
    expect(parseEcrHost(host)).toBeUndefined();
    expect(isEcrHost(host)).toBe(false);
  });
});
